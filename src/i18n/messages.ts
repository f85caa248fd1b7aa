import { zh } from './zh/index.ts';
import type { Lang } from './lang.ts';
import type { basemap } from './zh/basemap.ts';
import type { feature } from './zh/feature.ts';
import type { nearby } from './zh/nearby.ts';
import type { panels } from './zh/panels.ts';
import type { presentMode } from './zh/presentMode.ts';
import type { tools } from './zh/tools.ts';

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
}

/** English is lazy as a whole, so it carries every domain. */
export type AllMessages = Messages & LazyMessages;

/**
 * English loads on demand; Chinese is part of the first screen (imported statically: a dynamic
 * import would make it a chunk of its own, fetched with the first screen anyway).
 */
export async function loadMessages(lang: Lang): Promise<Messages> {
  if (lang === 'en') return (await import('./en/index.ts')).en;
  return zh;
}

/**
 * A lazy domain's words in the language of `m`: the English catalogue has them all; in Chinese they
 * are `zhWords`, which the calling chunk imported itself.
 */
export function wordsOf<K extends keyof LazyMessages>(m: Messages, key: K, zhWords: LazyMessages[K]): LazyMessages[K] {
  return key in m ? (m as AllMessages)[key] : zhWords;
}
