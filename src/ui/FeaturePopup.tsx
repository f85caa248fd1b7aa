import { computeMeasures, diffPct, formatArea, formatLength } from '../analysis/measure.ts';
import type { PlanFeature } from '../data/featureSchema.ts';
import { isSafeHref } from '../data/vocabulary.ts';
import type { LayerEntry } from '../data/layerRegistry.ts';
import { lightPalette } from '../map/palette.ts';
import { planLabel } from '../plan/planLabels.ts';
import type { Plan } from '../plan/types.ts';
import { ACCURACY_EXPLAINED, accuracyWord, statusWord } from './text.ts';

export interface FeaturePopupProps {
  feature: PlanFeature;
  layer: LayerEntry | undefined;
  plan: Plan;
  /** Opens the plan panel at `ref`, highlighting the feature's quotes. */
  onOpenPlan(ref: string): void;
  /** The share link of the plan passage (a real href, so it can be opened in a new tab or copied). */
  planHref(ref: string): string;
}

/**
 * What a feature says about itself: status with date and source, the plan's measures next to the
 * geometry's, how exact the geometry is, and the links into the plan text. Everything from data is
 * rendered as text nodes.
 */
export function FeaturePopup({ feature, layer, plan, onOpenPlan, planHref }: FeaturePopupProps) {
  const p = feature.properties;
  const computed = computeMeasures(feature.geometry);
  const statusColor = lightPalette.status[p.status];
  return (
    <article className="feature-popup" data-testid="feature-popup" data-feature-id={p.id} lang="zh-CN">
      <header>
        <h2 className="feature-popup__name">{p.name.zh}</h2>
        <p className="feature-popup__name-en" lang="en">
          {p.name.en}
        </p>
        <p className="feature-popup__layer">{layer ? layer.name.zh : p.layer}</p>
      </header>
      <p className="feature-popup__status" data-testid="feature-status">
        <span className="status-badge" style={{ background: statusColor }} data-status={p.status}>
          {statusWord(p.status)}
        </span>{' '}
        <span className="feature-popup__asof">截至 {p.statusAsOf}</span>
      </p>
      <p className="feature-popup__source" data-testid="feature-status-source">
        状态来源：
        {p.statusSource.ref ? (
          <a
            className="plan-link plan-link--inline"
            href={planHref(p.statusSource.ref)}
            onClick={(e) => {
              if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0 || !p.statusSource.ref) return;
              e.preventDefault();
              onOpenPlan(p.statusSource.ref);
            }}
          >
            {p.statusSource.label}
          </a>
        ) : (
          p.statusSource.label
        )}
        {p.statusSource.url && isSafeHref(p.statusSource.url) && (
          <>
            {' '}
            <a href={p.statusSource.url} target="_blank" rel="noopener noreferrer">
              外部来源
            </a>
          </>
        )}
      </p>
      <Measures feature={feature} computed={computed} />
      <p className="feature-popup__accuracy" data-testid="feature-accuracy">
        <span className={`accuracy-tag accuracy-tag--${p.accuracy}`}>几何精度：{accuracyWord(p.accuracy)}</span>{' '}
        <span className="feature-popup__accuracy-why">{ACCURACY_EXPLAINED[p.accuracy]}</span>
      </p>
      <details className="feature-popup__details">
        <summary>绘制依据{p.note ? '与说明' : ''}</summary>
        {p.note && <p className="feature-popup__note">{p.note.zh}</p>}
        <p className="feature-popup__geometry-source" data-testid="feature-geometry-source">
          {p.geometrySource}
        </p>
      </details>
      <nav className="feature-popup__refs" aria-label="规划原文">
        {p.planRefs.map((ref) => (
          <a
            key={ref}
            className="plan-link"
            data-testid="plan-link"
            data-plan-ref={ref}
            href={planHref(ref)}
            onClick={(e) => {
              if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
              e.preventDefault();
              onOpenPlan(ref);
            }}
          >
            规划原文 · {planLabel(plan, ref)}
          </a>
        ))}
      </nav>
    </article>
  );
}

function Measures({ feature, computed }: { feature: PlanFeature; computed: ReturnType<typeof computeMeasures> }) {
  const p = feature.properties;
  const rows: { label: string; declared?: string; computed?: string; diff?: string }[] = [];
  if (computed.areaM2 !== undefined || p.declaredAreaM2 !== undefined) {
    const d = p.declaredAreaM2 !== undefined ? formatArea(p.declaredAreaM2) : undefined;
    const c = computed.areaM2 !== undefined ? formatArea(computed.areaM2) : undefined;
    rows.push({
      label: '面积',
      declared: d && `${d.km2} · ${d.m2} · ${d.mu}`,
      computed: c && `${c.km2} · ${c.m2} · ${c.mu}`,
      diff:
        p.declaredAreaM2 !== undefined && computed.areaM2 !== undefined
          ? fmtPct(diffPct(computed.areaM2, p.declaredAreaM2))
          : undefined,
    });
  }
  if (computed.lengthKm !== undefined || p.declaredLengthKm !== undefined) {
    rows.push({
      label: '长度',
      declared: p.declaredLengthKm !== undefined ? formatLength(p.declaredLengthKm) : undefined,
      computed: computed.lengthKm !== undefined ? formatLength(computed.lengthKm) : undefined,
      diff:
        p.declaredLengthKm !== undefined && computed.lengthKm !== undefined
          ? fmtPct(diffPct(computed.lengthKm, p.declaredLengthKm))
          : undefined,
    });
  }
  if (p.declaredCapacityM3PerDay !== undefined) {
    rows.push({ label: '处理规模', declared: `${p.declaredCapacityM3PerDay.toLocaleString('zh-CN')} m³/日` });
  }
  if (rows.length === 0) return null;
  return (
    <table className="feature-popup__measures" data-testid="feature-measures">
      <thead>
        <tr>
          <th scope="col"></th>
          <th scope="col">规划数据</th>
          <th scope="col">图上量算</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            <td>{r.declared ?? '—'}</td>
            <td>
              {r.computed ?? '—'}
              {r.diff && <span className="feature-popup__diff"> （{r.diff}）</span>}
            </td>
          </tr>
        ))}
      </tbody>
      {p.declaredSource && (
        <caption>
          规划原文：“{p.declaredSource.quote}”；图上量算由 turf 按 WGS-84 椭球计算
        </caption>
      )}
    </table>
  );
}

function fmtPct(v: number): string {
  return `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(1)}%`;
}
