import type { zh } from './zh/index.ts';
import type { basemap } from './zh/basemap.ts';
import type { editor } from './zh/editor.ts';
import type { feature } from './zh/feature.ts';
import type { mapStart } from './zh/mapStart.ts';
import type { nearby } from './zh/nearby.ts';
import type { panels } from './zh/panels.ts';
import type { presentMode } from './zh/presentMode.ts';
import type { tools } from './zh/tools.ts';

/*
 * The catalogues' shapes, apart from the loader (messages.ts): the English catalogue is typed by them
 * and loaded by the loader, so sharing one file would make a cycle.
 */

/** The shape of every language's first-screen messages: the Chinese ones define it. */
export type Messages = typeof zh;

/**
 * Domains whose Chinese words travel with the lazy chunk that shows them (the side panels, the tools,
 * the online basemaps) instead of the first screen: moving them into zh/index.ts would put every
 * panel's Chinese in the first screen's budget (tests/unit/budget.test.ts). Components read them
 * with `useWords` (I18n.tsx).
 */
export interface LazyMessages {
  feature: typeof feature;
  panels: typeof panels;
  tools: typeof tools;
  basemap: typeof basemap;
  nearby: typeof nearby;
  presentMode: typeof presentMode;
  mapStart: typeof mapStart;
  editor: typeof editor;
}

/** English is lazy as a whole, so it carries every domain. */
export type AllMessages = Messages & LazyMessages;
