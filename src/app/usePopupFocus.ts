import { useCallback, useEffect, useRef, useState } from 'react';

export interface PopupFocus {
  /** The popup content's element (a portal target the map places in its popup or the phone sheet). */
  popupElement: HTMLDivElement;
  /** Call before opening the popup from a list, the legend or the search: the popup takes the focus. */
  focusOnShow(): void;
  /** For the map: the popup is on screen. */
  onPopupShown(): void;
  /** Closes the popup (Esc, ×, a click on the map) and gives the focus back where it came from. */
  close(): void;
}

/**
 * The popup's content is a non-modal dialog: focus goes into it when a list, the legend or the search
 * opened it, Esc closes it and the focus goes back. `clear` drops the selection; `label` names the dialog.
 */
export function usePopupFocus(clear: () => void, label: string): PopupFocus {
  const [popupElement] = useState(() => {
    const el = document.createElement('div');
    el.className = 'popup-root';
    el.setAttribute('role', 'dialog');
    el.tabIndex = -1;
    return el;
  });
  const returnFocus = useRef<HTMLElement | null>(null);
  const focusPending = useRef(false);

  const focusOnShow = useCallback(() => {
    const active = document.activeElement;
    returnFocus.current = active instanceof HTMLElement && active !== document.body ? active : null;
    focusPending.current = true;
  }, []);
  const close = useCallback(() => {
    const back = returnFocus.current;
    returnFocus.current = null;
    const active = document.activeElement;
    // Only give the focus back if it was in the popup: a click elsewhere keeps it where it went.
    const focusInPopup = !active || active === document.body || popupElement.contains(active) || !!active.closest('.maplibregl-popup, .feature-sheet');
    clear();
    if (back?.isConnected && focusInPopup) back.focus({ preventScroll: true });
  }, [popupElement, clear]);
  const onPopupShown = useCallback(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    popupElement.focus({ preventScroll: true });
  }, [popupElement]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      close();
    };
    popupElement.addEventListener('keydown', onKey);
    return () => popupElement.removeEventListener('keydown', onKey);
  }, [popupElement, close]);
  useEffect(() => popupElement.setAttribute('aria-label', label), [popupElement, label]);

  return { popupElement, focusOnShow, onPopupShown, close };
}
