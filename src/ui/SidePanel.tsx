import { useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useI18n } from '../i18n/I18n.tsx';
import { takePanelFocusRequest } from './panelFocus.ts';

/**
 * The right-hand panel frame shared by the plan reader, the coverage view and the district-wide list
 * (a bottom sheet on phones, app.css). Opened by the user, it takes the focus and gives it back to
 * what opened it when it closes with the focus inside.
 */
export function SidePanel({
  title,
  testId,
  onClose,
  actions,
  children,
  panelRef,
}: {
  title: string;
  testId: string;
  onClose(): void;
  actions?: ReactNode;
  children: ReactNode;
  panelRef?: RefObject<HTMLElement | null>;
}) {
  const { m, tag } = useI18n();
  const ownRef = useRef<HTMLElement>(null);
  const ref = panelRef ?? ownRef;
  // A layout effect: its clean-up runs before the panel leaves the DOM, while the focus is still inside.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !takePanelFocusRequest()) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    el.focus({ preventScroll: true });
    return () => {
      const active = document.activeElement;
      if (opener?.isConnected && (active === null || active === document.body || el.contains(active))) opener.focus({ preventScroll: true });
    };
  }, [ref]);
  return (
    <aside className="plan-panel" data-testid={testId} id={testId} aria-label={title} lang={tag} tabIndex={-1} ref={ref}>
      <header className="plan-panel__header">
        <h2>{title}</h2>
        {actions}
        <button type="button" className="icon-button" aria-label={m.common.closeNamed(title)} onClick={onClose}>
          ×
        </button>
      </header>
      {children}
    </aside>
  );
}
