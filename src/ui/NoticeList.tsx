import { useI18n } from '../i18n/I18n.tsx';
import type { Notice } from './notice.ts';

/** The notices over the map, each closable. Always present, so that screen readers announce what is added to it. */
export function NoticeList({ notices, onDismiss }: { notices: readonly Notice[]; onDismiss: (index: number) => void }) {
  const { m } = useI18n();
  return (
    <div className="notices" role="status" data-testid="notices">
      {notices.map((n, i) => (
        <p key={n.key} className="notice">
          {n.text(m)}
          {n.action && (
            <button type="button" className="notice__action" data-testid="notice-action" onClick={n.action.run}>
              {n.action.text(m)}
            </button>
          )}
          <button type="button" className="icon-button" aria-label={m.app.closeNotice} onClick={() => onDismiss(i)}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
