import type { PresentWords } from './presentText.ts';

/** What the presenter should know (tour issues, a missing deck.gl), each closable. */
export function Notices({ notices, onClose, t }: { notices: readonly string[]; onClose(index: number): void; t: PresentWords }) {
  if (notices.length === 0) return null;
  return (
    <div className="present__notices" role="status" data-testid="present-notices">
      {notices.map((n, i) => (
        <p key={i}>
          {n}
          <button type="button" className="present__button" aria-label={t.closeNotice} onClick={() => onClose(i)}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
