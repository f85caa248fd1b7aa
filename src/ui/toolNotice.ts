import { wordsOf, type LazyMessages, type Messages } from '../i18n/messages.ts';
import { tools as TOOLS_ZH } from '../i18n/zh/tools.ts';
import type { Notice } from './notice.ts';

/**
 * A notice worded by the tools' words in the language shown (see notice.ts). The tools' words are
 * not part of the first screen: import this from a tool's card, or with `import()`.
 */
export function toolNotice(
  key: string,
  text: (w: LazyMessages['tools']) => string,
  o: { expiresMs?: number; action?: { text: (w: LazyMessages['tools']) => string; run(): void } } = {},
): Notice {
  const { action, ...rest } = o;
  return {
    key,
    text: (m: Messages) => text(wordsOf(m, 'tools', TOOLS_ZH)),
    ...rest,
    ...(action ? { action: { text: (m: Messages) => action.text(wordsOf(m, 'tools', TOOLS_ZH)), run: action.run } } : {}),
  };
}
