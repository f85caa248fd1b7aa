import type { EditedFeature } from '../../core/editor/editState.ts';
import { computeMeasures, diffPct, formatArea, formatLength } from '../../core/geometry/measure.ts';
import { useI18n, useWords } from '../../i18n/I18n.tsx';
import { editor as EDITOR_ZH } from '../../i18n/zh/editor.ts';

/** The plan's declared measure next to the one measured from the geometry as it changes, with the tolerance. */
export function MeasureCompare({ properties: p, geometry }: { properties: EditedFeature['properties']; geometry: GeoJSON.Geometry }) {
  const w = useWords('editor', EDITOR_ZH);
  const { lang } = useI18n();
  const got = computeMeasures(geometry);
  const tol = p.measureTolerancePct ?? 15;
  const rows: { what: string; declared: number; measured: number; fmt: (v: number) => string }[] = [];
  const area = (v: number) => {
    const a = formatArea(v, lang);
    return `${a.km2} · ${a.mu}`;
  };
  if (p.declaredAreaM2 !== undefined && got.areaM2 !== undefined) rows.push({ what: w.area, declared: p.declaredAreaM2, measured: got.areaM2, fmt: area });
  if (p.declaredLengthKm !== undefined && got.lengthKm !== undefined) rows.push({ what: w.length, declared: p.declaredLengthKm, measured: got.lengthKm, fmt: (v) => formatLength(v, lang) });
  if (!rows.length && got.areaM2 === undefined && got.lengthKm === undefined) return null;
  return (
    <div className="editor-measures" data-testid="editor-measures">
      <h4>{w.measures}</h4>
      {rows.map((r) => {
        const d = diffPct(r.measured, r.declared);
        const ok = Math.abs(d) <= tol;
        return (
          <p key={r.what} data-testid="editor-measure-row" className={ok ? '' : 'editor-measures__out'}>
            {r.what}: {w.declared} {r.fmt(r.declared)} · {w.measured} {r.fmt(r.measured)} ({d >= 0 ? '+' : ''}
            {d.toFixed(1)}%, {w.tolerance(tol)}, {ok ? w.within : w.outside})
          </p>
        );
      })}
      {!rows.length && (
        <p data-testid="editor-measure-row">
          {w.measured}: {got.areaM2 !== undefined ? area(got.areaM2) : formatLength(got.lengthKm!, lang)}
        </p>
      )}
    </div>
  );
}
