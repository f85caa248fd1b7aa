import type { Notice } from '../ui/notice.ts';

/** The notices with `notice` last (a notice already open moves there instead of showing twice). */
export const withNotice = (list: readonly Notice[], notice: Notice): Notice[] => [...list.filter((n) => n.key !== notice.key), notice];

/** The notices without the one of `key` (it went away by itself: the map came back, …). */
export const withoutNotice = (list: readonly Notice[], key: string): Notice[] => list.filter((n) => n.key !== key);

/** Shown while the map's WebGL context is lost; goes when the map is back (MapController recovers it). */
export const MAP_CONTEXT_LOST: Notice = { key: 'map-context-lost', text: (m) => m.resilience.mapContextLost };

export const LINK_COPIED: Notice = { key: 'link-copied', text: (m) => m.app.linkCopied };

/** The notice list after the map lost (`lost`) or got back its WebGL context. */
export const afterContextChange = (list: readonly Notice[], lost: boolean): Notice[] =>
  lost ? withNotice(list, MAP_CONTEXT_LOST) : withoutNotice(list, MAP_CONTEXT_LOST.key);
