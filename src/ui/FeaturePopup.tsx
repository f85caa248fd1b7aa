import { computeMeasures, diffPct, formatArea, formatAreaRounded, formatLength, formatLengthRounded } from '../core/geometry/measure.ts';
import { figureOf } from '../core/geometry/figure.ts';
import type { PlanFeature } from '../core/featureSchema.ts';
import { ACCURACY_WORDS } from '../core/vocabulary.ts';
import type { LayerEntry } from '../core/layerRegistry.ts';
import { planLabel } from '../core/plan/planLabels.ts';
import type { Plan } from '../core/plan/types.ts';
import { useI18n, useWords } from '../i18n/I18n.tsx';
import { feature as FEATURE_ZH } from '../i18n/zh/feature.ts';
import { StatusTimeline } from './StatusTimeline.tsx';
import { useStatusYear } from './statusYear.tsx';

export interface FeaturePopupProps {
  feature: PlanFeature;
  layer: LayerEntry | undefined;
  plan: Plan;
  /** Opens the plan panel at `ref`, highlighting the feature's quotes. */
  onOpenPlan(ref: string): void;
  /** The share link of the plan passage (a real href, so it can be opened in a new tab or copied). */
  planHref(ref: string): string;
  /** The sub-district the data declares for it, by name (where it is), if any. */
  place?: string | undefined;
  /**
   * The phone's sheet: what, where, status and when first, in plain words, then the plan links; the
   * status source, the measures and the geometry notes folded behind 「详情」.
   */
  folded?: boolean;
}

/**
 * What a feature says about itself: status with date and source (as of the time control's year,
 * useStatusYear, with its dated history: StatusTimeline.tsx), the plan's measures next to the
 * geometry's, how exact the geometry is, and the links into the plan text. Everything from data is
 * rendered as text nodes. The name in the other language sits under the name; words that exist only
 * in Chinese (the plan's labels and quotes, the status source, how the geometry was drawn) keep
 * `lang="zh-CN"` inside the English popup.
 */
export function FeaturePopup({ feature, layer, plan, onOpenPlan, planHref, place, folded = false }: FeaturePopupProps) {
  const year = useStatusYear();
  const { m, lang, tag, name } = useI18n();
  const w = useWords('feature', FEATURE_ZH);
  const zhOnly = lang === 'zh' ? undefined : 'zh-CN';
  const p = feature.properties;
  const computed = computeMeasures(feature.geometry);
  const timeline = (part?: 'status' | 'record') => (
    <StatusTimeline history={p.statusHistory} year={year} plan={plan} onOpenPlan={onOpenPlan} planHref={planHref} part={part} />
  );
  // Where the status comes from (on the sheet), the measures and how the geometry was drawn: for planners.
  const more = (
    <>
      {folded && timeline('record')}
      <Measures feature={feature} computed={computed} />
      <p className="feature-popup__accuracy" data-testid="feature-accuracy">
        <span className={`accuracy-tag accuracy-tag--${p.accuracy}`}>
          {w.accuracy}
          {name(ACCURACY_WORDS[p.accuracy])}
        </span>{' '}
        <span className="feature-popup__accuracy-why">{w.accuracyWhy[p.accuracy]}</span>
      </p>
      <details className="feature-popup__details">
        <summary>{p.note ? w.basisAndNote : w.basis}</summary>
        {p.note && <p className="feature-popup__note">{name(p.note)}</p>}
        {/* Written in English in the data (with Chinese place names). */}
        <p className="feature-popup__geometry-source" data-testid="feature-geometry-source" lang="en">
          {p.geometrySource}
        </p>
      </details>
    </>
  );
  const refs = (
    <nav className="feature-popup__refs" aria-label={m.app.plan}>
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
          {m.app.plan} · <span lang={zhOnly}>{planLabel(plan, ref)}</span>
        </a>
      ))}
    </nav>
  );
  return (
    <article className="feature-popup" data-testid="feature-popup" data-feature-id={p.id} lang={tag}>
      <header>
        <h2 className="feature-popup__name">{name(p.name)}</h2>
        <p className="feature-popup__name-en" lang={lang === 'zh' ? 'en' : 'zh-CN'} data-testid="feature-name-other">
          {lang === 'zh' ? p.name.en : p.name.zh}
        </p>
        <p className="feature-popup__layer">
          {layer ? name(layer.name) : p.layer}
          {place && <span data-testid="feature-place"> · {place}</span>}
        </p>
      </header>
      {timeline(folded ? 'status' : undefined)}
      {folded ? (
        <>
          {refs}
          <details className="feature-popup__more" data-testid="feature-more">
            <summary>{w.details}</summary>
            {more}
          </details>
        </>
      ) : (
        <>
          {more}
          {refs}
        </>
      )}
    </article>
  );
}

function Measures({ feature, computed }: { feature: PlanFeature; computed: ReturnType<typeof computeMeasures> }) {
  const { lang, num } = useI18n();
  const w = useWords('feature', FEATURE_ZH);
  const p = feature.properties;
  const rows: { label: string; declared?: string; computed?: string; diff?: string }[] = [];
  const schematic = p.accuracy === 'schematic';
  if (computed.areaM2 !== undefined || p.declaredAreaM2 !== undefined) {
    const d = p.declaredAreaM2 !== undefined ? formatArea(p.declaredAreaM2, lang) : undefined;
    const c = computed.areaM2 !== undefined ? formatArea(computed.areaM2, lang) : undefined;
    // Measured on schematic geometry: rounded and marked, like every figure from a schematic shape.
    const rounded = schematic && computed.areaM2 !== undefined ? formatAreaRounded(figureOf(computed.areaM2, 'area', [p.accuracy]).value, lang) : undefined;
    rows.push({
      label: w.area,
      declared: d && `${d.km2} · ${d.m2} · ${d.mu}`,
      computed: rounded ? `${rounded.km2} · ${rounded.mu}` : c && `${c.km2} · ${c.m2} · ${c.mu}`,
      diff:
        p.declaredAreaM2 !== undefined && computed.areaM2 !== undefined
          ? fmtPct(diffPct(computed.areaM2, p.declaredAreaM2))
          : undefined,
    });
  }
  if (computed.lengthKm !== undefined || p.declaredLengthKm !== undefined) {
    rows.push({
      label: w.length,
      declared: p.declaredLengthKm !== undefined ? formatLength(p.declaredLengthKm, lang) : undefined,
      computed:
        computed.lengthKm === undefined
          ? undefined
          : schematic
            ? formatLengthRounded(figureOf(computed.lengthKm, 'length', [p.accuracy]).value, lang)
            : formatLength(computed.lengthKm, lang),
      diff:
        p.declaredLengthKm !== undefined && computed.lengthKm !== undefined
          ? fmtPct(diffPct(computed.lengthKm, p.declaredLengthKm))
          : undefined,
    });
  }
  if (p.declaredCapacityM3PerDay !== undefined) {
    rows.push({ label: w.capacity, declared: `${num(p.declaredCapacityM3PerDay)} ${w.perDay}` });
  }
  if (rows.length === 0) return null;
  return (
    <table className="feature-popup__measures" data-testid="feature-measures">
      <thead>
        <tr>
          <th scope="col"></th>
          <th scope="col">{w.declared}</th>
          <th scope="col">{w.computed}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            <td>{r.declared ?? '—'}</td>
            <td>
              {r.computed ?? '—'}
              {r.computed && schematic && (
                <span className="figure-mark" data-testid="figure-mark" title={w.schematicFigureTitle}>
                  {w.schematicFigure}
                </span>
              )}
              {r.diff && <span className="feature-popup__diff">{lang === 'zh' ? ` （${r.diff}）` : ` (${r.diff})`}</span>}
            </td>
          </tr>
        ))}
      </tbody>
      {p.declaredSource && (
        <caption>
          {w.quoteBefore}
          <span lang={lang === 'zh' ? undefined : 'zh-CN'}>“{p.declaredSource.quote}”</span>
          {w.quoteAfter}
        </caption>
      )}
    </table>
  );
}

function fmtPct(v: number): string {
  return `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(1)}%`;
}
