import { useRef, useState, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18n.tsx';
import { useDismiss } from './useDismiss.ts';

/**
 * The column of tool buttons over the map (measure, life circles, export, import). On a phone
 * (app.css) the column waits behind one 「工具」 button: closed, only a tool in use (pressed or with its
 * menu open) stays in sight, so that a measurement can be stopped.
 */
export function Toolbar({ children }: { children: ReactNode }) {
  const w = useI18n().m.app;
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useDismiss(open, () => setOpen(false), box);
  return (
    <div className={`tools${open ? ' is-open' : ''}`} role="toolbar" aria-label={w.tools} data-testid="tools" ref={box}>
      <button type="button" className="tools__button tools__toggle" data-testid="open-tools" aria-expanded={open} onClick={() => setOpen(!open)}>
        {w.tools} ▾
      </button>
      {children}
    </div>
  );
}

/** One button of the toolbar; `aria-pressed` or `aria-expanded` mark it as on. */
export function ToolButton(props: ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button type="button" className="tools__button" {...props} />;
}
