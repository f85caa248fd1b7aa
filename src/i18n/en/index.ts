/**
 * The English messages, a chunk of their own loaded only when English is chosen (first-screen budget:
 * tests/unit/budget.test.ts). Typed as `AllMessages`: a key missing here, or one zh does not have, fails
 * the typecheck.
 */
import type { AllMessages } from '../catalogue.ts';
import { a11y } from './a11y.ts';
import { app } from './app.ts';
import { basemap } from './basemap.ts';
import { common } from './common.ts';
import { editor } from './editor.ts';
import { feature } from './feature.ts';
import { legend } from './legend.ts';
import { link } from './link.ts';
import { mapStart } from './mapStart.ts';
import { nearby } from './nearby.ts';
import { panels } from './panels.ts';
import { present } from './present.ts';
import { resilience } from './resilience.ts';
import { presentMode } from './presentMode.ts';
import { tools } from './tools.ts';

// Every domain, the lazy ones too (AllMessages): English loads as a whole when chosen.
export const en: AllMessages = { common, app, legend, feature, link, present, panels, tools, basemap, presentMode, a11y, nearby, resilience, mapStart, editor };
