import { useCallback, useState } from 'react';
import type { Notice } from '../ui/notice.ts';
import { afterContextChange, withNotice } from './noticeList.ts';

export interface Notices {
  list: Notice[];
  show(notice: Notice): void;
  dismiss(index: number): void;
  /** The map lost (true) or got back (false) its WebGL context. */
  mapContext(lost: boolean): void;
}

/** The notices over the map: from the link that opened the page, then raised as things happen. */
export function useNotices(initial: () => Notice[]): Notices {
  const [list, setList] = useState(initial);
  const show = useCallback((notice: Notice) => {
    setList((l) => withNotice(l, notice));
    // This notice, not a later one of the same key, goes when it expires.
    if (notice.expiresMs) setTimeout(() => setList((l) => l.filter((n) => n !== notice)), notice.expiresMs);
  }, []);
  const dismiss = useCallback((index: number) => setList((l) => l.filter((_, i) => i !== index)), []);
  const mapContext = useCallback((lost: boolean) => setList((l) => afterContextChange(l, lost)), []);
  return { list, show, dismiss, mapContext };
}
