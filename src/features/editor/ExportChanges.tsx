import { useState } from 'react';
import { buildChangeset, sameJson } from '../../core/changeset/buildChangeset.ts';
import { editOps, type EditState } from '../../core/editor/editState.ts';
import { checkProperties } from '../../core/editor/propertyForm.ts';
import { newFeatureLayers } from '../../core/editor/newFeatureLayer.ts';
import type { FeatureStore } from '../../core/featureStore.ts';
import type { Plan } from '../../core/plan/types.ts';
import { useI18n, useWords } from '../../i18n/I18n.tsx';
import { editor as EDITOR_ZH } from '../../i18n/zh/editor.ts';
import { baseLookupOf, dataVersionOf, planLookupOf } from './editorData.ts';

/**
 * 导出修改 / Export changes: the edits as a changeset file (src/core/changeset) for review and
 * `npm run data:apply`. Refused, with the features named, while any edited feature breaks the contract.
 */
export function ExportChanges({ store, plan, state }: { store: FeatureStore; plan: Plan; state: EditState }) {
  const w = useWords('editor', EDITOR_ZH);
  const { lang } = useI18n();
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<{ text: string; list?: string[] } | null>(null);
  const run = async () => {
    const base = baseLookupOf(store);
    const ops = editOps(state, base, sameJson);
    if (!ops.length) {
      setMessage({ text: w.nothingToExport });
      return;
    }
    const lookup = planLookupOf(plan);
    const newLayers = newFeatureLayers(store.layers).map((l) => l.id);
    const bad: string[] = [];
    for (const { key, op, record } of ops) {
      if (op === 'delete' || !record.after) continue;
      const r = checkProperties(record.after.properties as Record<string, unknown>, { plan: lookup, base: base(key), geometry: record.after.geometry, sameGeometry: sameJson, newLayers });
      if (!r.ok || record.draftProperties) bad.push(`${key}: ${r.errors.map((e) => `${e.path} — ${e.message[lang]}`).join('; ') || w.invalid(1)}`);
    }
    if (bad.length) {
      setMessage({ text: w.exportRefused(bad.length), list: bad });
      return;
    }
    const time = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const layers = [...new Set(ops.map((o) => o.record.layer))].sort();
    const cs = buildChangeset({ state, base, dataVersion: await dataVersionOf(store, layers), note, time });
    const file = `changeset-${time.slice(0, 16).replace(/[-:T]/g, '')}.json`;
    const url = URL.createObjectURL(new Blob([`${JSON.stringify(cs, null, 2)}\n`], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = file;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setMessage({ text: w.exported(file) });
  };
  return (
    <div className="editor-export">
      <label>
        {w.note}
        <textarea data-testid="editor-note" rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="button" data-testid="editor-export" onClick={() => void run()}>
        {w.exportChanges}
      </button>
      {message && (
        <div role="status" data-testid="editor-export-result">
          {message.text}
          {message.list && (
            <ul>
              {message.list.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
