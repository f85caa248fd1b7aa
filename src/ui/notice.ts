import type { Messages } from '../i18n/messages.ts';
import type { LinkNotice } from '../core/link/shareState.ts';

/**
 * A notice over the map. Worded when shown, not when raised, so a change of language rewords the
 * notices already open; `key` tells equal notices apart (the same one is not shown twice).
 */
export interface Notice {
  key: string;
  text(m: Messages): string;
  /** Goes by itself after this long (ms); otherwise it stays until closed. */
  expiresMs?: number;
  /** A button in the notice (e.g. "go there"). */
  action?: { text(m: Messages): string; run(): void };
}

export const linkNotice = (n: LinkNotice): Notice => ({ key: JSON.stringify(n), text: (m) => m.link.notice(n) });
