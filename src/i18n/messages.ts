import { zh } from './zh/index.ts';
import type { Lang } from './lang.ts';
import type { AllMessages, LazyMessages, Messages } from './catalogue.ts';

export type { AllMessages, LazyMessages, Messages } from './catalogue.ts';

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
