import { useState } from 'react';
import type { StatusEntryData } from '../../core/featureSchema.ts';
import { STATUSES, STATUS_WORDS, type Status } from '../../core/vocabulary.ts';
import { useI18n, useWords } from '../../i18n/I18n.tsx';
import { editor as EDITOR_ZH } from '../../i18n/zh/editor.ts';

export interface StatusHistoryFieldProps {
  id: string;
  history: readonly StatusEntryData[];
  /** How many entries are published: those stay as they are (a record is added to, not rewritten). */
  published: number;
  onChange(history: StatusEntryData[]): void;
}

/**
 * The status history in the editor's form: the entries as they are, oldest first, and a row that adds
 * one — a status needs its date and its source (a plan id, an https address of a dated document, or a
 * named document). Entries added in this session can be taken out again; the contract checks the
 * whole history when the form is saved (date order, one per date, the source's form).
 */
export function StatusHistoryField({ id, history, published, onChange }: StatusHistoryFieldProps) {
  const w = useWords('editor', EDITOR_ZH);
  const { name } = useI18n();
  const [status, setStatus] = useState<Status | ''>('');
  const [asOf, setAsOf] = useState('');
  const [label, setLabel] = useState('');
  const [ref, setRef] = useState('');
  const [url, setUrl] = useState('');
  const complete = status !== '' && asOf !== '' && label.trim() !== '';
  const add = () => {
    if (!complete) return;
    const source = { label: label.trim(), ...(ref.trim() ? { ref: ref.trim() } : {}), ...(url.trim() ? { url: url.trim() } : {}) };
    onChange([...history, { status, asOf, source }]);
    setStatus('');
    setAsOf('');
    setLabel('');
    setRef('');
    setUrl('');
  };
  return (
    <span id={id} className="editor-form__history">
      <ol>
        {history.map((e, k) => (
          <li key={`${e.asOf}-${k}`} data-testid="editor-status-entry" data-status={e.status} data-as-of={e.asOf}>
            <time dateTime={e.asOf}>{e.asOf}</time> <strong>{name(STATUS_WORDS[e.status])}</strong> · {e.source.label}
            {e.source.ref ? ` (${e.source.ref})` : ''}
            {e.source.url ? ` ${e.source.url}` : ''}
            {k >= published && (
              <button type="button" onClick={() => onChange(history.filter((_, i) => i !== k))}>
                {w.remove}
              </button>
            )}
          </li>
        ))}
      </ol>
      <span className="editor-form__pair" role="group" aria-label={w.addStatus}>
        <select data-testid="input-status-new" aria-label={w.fieldNames.status} value={status} onChange={(e) => setStatus(e.target.value as Status | '')}>
          <option value="">{w.fieldNames.status}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {name(STATUS_WORDS[s])}
            </option>
          ))}
        </select>
        <input data-testid="input-status-asof" type="date" aria-label={w.fieldNames.statusAsOf} value={asOf} onChange={(e) => setAsOf(e.target.value)} />
        <input data-testid="input-status-label" aria-label={w.sourceLabel} placeholder={w.sourceLabel} value={label} onChange={(e) => setLabel(e.target.value)} />
        <input data-testid="input-status-ref" aria-label={w.sourceRef} placeholder={w.sourceRef} value={ref} onChange={(e) => setRef(e.target.value)} />
        <input data-testid="input-status-url" aria-label={w.sourceUrl} placeholder="https://…" value={url} onChange={(e) => setUrl(e.target.value)} />
        <button type="button" data-testid="add-status" disabled={!complete} onClick={add}>
          {w.addStatus}
        </button>
      </span>
      {!complete && <span className="editor-form__hint">{w.statusNeeds}</span>}
    </span>
  );
}
