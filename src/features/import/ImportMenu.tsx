import { CRS_CHOICE_IDS, type CrsChoiceId } from '../../core/crs/crsChoices.ts';
import { useWords } from '../../i18n/I18n.tsx';
import { tools as TOOLS_ZH } from '../../i18n/zh/tools.ts';

/**
 * The import menu (a chunk of its own): which formats are read, the coordinate system the next file is
 * read in (automatic by default), and the button that opens the file picker.
 */
export function ImportMenu({ crs, onCrs, onChoose, busy }: { crs: CrsChoiceId; onCrs(id: CrsChoiceId): void; onChoose(): void; busy: boolean }) {
  const w = useWords('tools', TOOLS_ZH);
  return (
    <div className="tools__card" data-testid="import-menu">
      <p className="tools__hint">{w.importFormats}</p>
      <label className="tools__field">
        <span>{w.crs}</span>
        <select data-testid="import-crs" value={crs} onChange={(e) => onCrs(e.target.value as CrsChoiceId)}>
          {CRS_CHOICE_IDS.map((id) => (
            <option key={id} value={id}>
              {w.crsChoices[id]}
            </option>
          ))}
        </select>
      </label>
      <p className="tools__note">{w.crsNote}</p>
      <div className="tools__row">
        <button type="button" data-testid="import-choose" disabled={busy} onClick={onChoose}>
          {w.chooseFile}
        </button>
      </div>
    </div>
  );
}
