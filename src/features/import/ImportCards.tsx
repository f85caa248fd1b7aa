import type { ImportProblem } from './parseGeoJsonImport.ts';
import { useI18n, useWords } from '../../i18n/I18n.tsx';
import { tools as TOOLS_ZH } from '../../i18n/zh/tools.ts';

/** A file that cannot be imported: its first problems, located, and the map left as it was. */
export function ImportProblems({ file, errors, count, onClose }: { file: string; errors: ImportProblem[]; count: number; onClose(): void }) {
  const w = useWords('tools', TOOLS_ZH);
  const { name } = useI18n();
  return (
    <div className="tools__card tools__card--error" role="alert" data-testid="import-errors">
      <p>
        <strong>{file}</strong>
        {w.cannotImport(count)}
      </p>
      <ol>
        {errors.slice(0, 20).map((p, i) => (
          <li key={i} data-testid="import-error">
            {p.line !== undefined ? w.lineColumn(p.line, p.column ?? 0) : ''}
            {p.path ? `${p.path} · ` : ''}
            {name(p)}
          </li>
        ))}
      </ol>
      <button type="button" onClick={onClose}>
        {w.close}
      </button>
    </div>
  );
}

/** An imported feature's properties, as text (rendered into a popup of its own root). */
export function ImportedPopup({ rows }: { rows: { key: string; value: string }[] }) {
  const w = useWords('tools', TOOLS_ZH);
  return (
    <div className="feature-popup" data-testid="imported-popup">
      <p className="feature-popup__layer">{w.importedLayer}</p>
      <table className="feature-popup__measures">
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <th scope="row">{r.key}</th>
              <td>{r.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The files on the map, each with its name, how many features it drew, and a button that removes it. */
export function ImportList({ imports, onRemove }: { imports: readonly { key: number; name: string; count: number }[]; onRemove(key: number): void }) {
  const w = useWords('tools', TOOLS_ZH);
  return (
    <ul className="tools__imports" data-testid="import-list" aria-label={w.importsOnMap}>
      {imports.map((e) => (
        <li key={e.key} data-testid="import-row">
          <span className="tools__import-name">{e.name}</span>
          <span className="tools__hint">{w.importCount(e.count)}</span>
          <button type="button" aria-label={w.removeFile(e.name)} title={w.removeFile(e.name)} onClick={() => onRemove(e.key)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
