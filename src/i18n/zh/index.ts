/**
 * The Chinese messages: the default, loaded with the first screen. One file per domain; add a domain
 * here and in ../en/index.ts. Values are strings or functions of their parameters (plurals, numbers).
 */
import { a11y } from './a11y.ts';
import { app } from './app.ts';
import { common } from './common.ts';
import { legend } from './legend.ts';
import { link } from './link.ts';
import { present } from './present.ts';
import { resilience } from './resilience.ts';

// The popup's, the side panels', the tools' and the basemaps' words are lazy domains (../messages.ts LazyMessages).
export const zh = { common, app, legend, link, present, a11y, resilience };
