import type { ReactNode } from 'react';

/** The right-hand panel frame shared by the plan reader, the coverage view and the district-wide list. */
export function SidePanel({
  title,
  testId,
  onClose,
  actions,
  children,
}: {
  title: string;
  testId: string;
  onClose(): void;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <aside className="plan-panel" data-testid={testId} aria-label={title} lang="zh-CN">
      <header className="plan-panel__header">
        <h2>{title}</h2>
        {actions}
        <button type="button" className="icon-button" aria-label={`关闭${title}`} onClick={onClose}>
          ×
        </button>
      </header>
      {children}
    </aside>
  );
}
