import type { zh } from './zh/index.ts';
import type { Lang } from './lang.ts';

/** The shape of every language's messages: the Chinese ones define it. */
export type Messages = typeof zh;

/** English loads on demand; Chinese is part of the first screen. */
export async function loadMessages(lang: Lang): Promise<Messages> {
  if (lang === 'en') return (await import('./en/index.ts')).en;
  return (await import('./zh/index.ts')).zh;
}
