import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { useI18n } from '../i18n/I18n.tsx';

/** The column of tool buttons over the map (measure, life circles, export, import). */
export function Toolbar({ children }: { children: ReactNode }) {
  const w = useI18n().m.app;
  return (
    <div className="tools" role="toolbar" aria-label={w.tools} data-testid="tools">
      {children}
    </div>
  );
}

/** One button of the toolbar; `aria-pressed` or `aria-expanded` mark it as on. */
export function ToolButton(props: ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button type="button" className="tools__button" {...props} />;
}
