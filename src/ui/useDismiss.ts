import { useEffect, useRef, type RefObject } from 'react';

/** The open menus, innermost (last opened) last: Esc closes only the top one. */
const openMenus: object[] = [];
/** Key events one menu has already answered (a nested menu's Esc must not close its parent too). */
const answered = new WeakSet<Event>();

/**
 * Closes a menu or dropdown while it is open: on a press (mouse, pen or touch) outside `ref`'s element
 * and on Esc (the innermost open menu first). The one way every menu of the app closes (issue 14).
 * After Esc the focus goes back to the first button in `ref` (the menu's own toggle) if it was inside.
 */
export function useDismiss(open: boolean, close: () => void, ref: RefObject<HTMLElement | null>): void {
  const closeRef = useRef(close);
  useEffect(() => {
    closeRef.current = close;
  }, [close]);
  useEffect(() => {
    if (!open) return;
    const token = {};
    openMenus.push(token);
    const onPress = (e: PointerEvent) => {
      const el = ref.current;
      if (el && e.target instanceof Node && !el.contains(e.target)) closeRef.current();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || answered.has(e) || openMenus[openMenus.length - 1] !== token) return;
      answered.add(e);
      const el = ref.current;
      const hadFocus = el !== null && el.contains(document.activeElement);
      closeRef.current();
      if (hadFocus) el.querySelector<HTMLElement>('button')?.focus();
    };
    document.addEventListener('pointerdown', onPress, true);
    document.addEventListener('keydown', onKey);
    return () => {
      openMenus.splice(openMenus.indexOf(token), 1);
      document.removeEventListener('pointerdown', onPress, true);
      document.removeEventListener('keydown', onKey);
    };
  }, [open, ref]);
}
