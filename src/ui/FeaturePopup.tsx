import { computeMeasures, diffPct, formatArea, formatAreaRounded, formatLength, formatLengthRounded } from '../core/geometry/measure.ts';
import { figureOf } from '../core/geometry/figure.ts';
import type { PlanFeature } from '../core/featureSchema.ts';
import { ACCURACY_WORDS, STATUS_WORDS } from '../core/vocabulary.ts';
import { checkLink } from '../core/link/safeLink.ts';
import type { LayerEntry } from '../core/layerRegistry.ts';
import { lightPalette } from '../core/palette.ts';
import { planLabel } from '../core/plan/planLabels.ts';
import { planPlaceOf } from '../core/plan/planRefPlace.ts';
import type { Plan } from '../core/plan/types.ts';
import { useI18n, useWords } from '../i18n/I18n.tsx';
import { feature as FEATURE_ZH } from '../i18n/zh/feature.ts';

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
 * rendered as text nodes. The name in the other language sits under the name; words that exist only
 * in Chinese (the plan's labels and quotes, the status source, how the geometry was drawn) keep
 * `lang="zh-CN"` inside the English popup.
 */
export function FeaturePopup({ feature, layer, plan, onOpenPlan, planHref }: FeaturePopupProps) {
  const { m, lang, tag, name } = useI18n();
  const w = useWords('feature', FEATURE_ZH);
  const zhOnly = lang === 'zh' ? undefined : 'zh-CN';
  const p = feature.properties;
  const computed = computeMeasures(feature.geometry);
  const statusColor = lightPalette.status[p.status];
  const sourcePlace = p.statusSource.ref ? planPlaceOf(plan, p.statusSource.ref) : null;
  return (
    <article className="feature-popup" data-testid="feature-popup" data-feature-id={p.id} lang={tag}>
      <header>
        <h2 className="feature-popup__name">{name(p.name)}</h2>
        <p className="feature-popup__name-en" lang={lang === 'zh' ? 'en' : 'zh-CN'} data-testid="feature-name-other">
          {lang === 'zh' ? p.name.en : p.name.zh}
        </p>
        <p className="feature-popup__layer">{layer ? name(layer.name) : p.layer}</p>
      </header>
      <p className="feature-popup__status" data-testid="feature-status">
        <span className="status-badge" style={{ background: statusColor }} data-status={p.status}>
          {name(STATUS_WORDS[p.status])}
        </span>{' '}
        <span className="feature-popup__asof">{w.asOf(p.statusAsOf)}</span>
      </p>
      <p className="feature-popup__source" data-testid="feature-status-source">
        {w.source}
        {sourcePlace && w.sourcePlace(sourcePlace)}
        {p.statusSource.ref ? (
          <a
            className="plan-link plan-link--inline"
            href={planHref(p.statusSource.ref)}
            onClick={(e) => {
              if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0 || !p.statusSource.ref) return;
              e.preventDefault();
              onOpenPlan(p.statusSource.ref);
            }}
            lang={zhOnly}
          >
            {p.statusSource.label}
          </a>
        ) : (
          <span lang={zhOnly}>{p.statusSource.label}</span>
        )}
        <OutsideLink url={p.statusSource.url} label={w.external} host={w.host} />
      </p>
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
    </article>
  );
}

/**
 * A link from data, only when it goes where it says (src/core/link/safeLink.ts), with its host shown
 * next to it when it leaves the app, so a reader sees where it goes before following it.
 */
function OutsideLink({ url, label, host }: { url: string | undefined; label: string; host(h: string): string }) {
  const checked = url ? checkLink(url, typeof window === 'undefined' ? undefined : window.location.origin) : undefined;
  if (!url || !checked) return null;
  return (
    <>
      {' '}
      <a href={checked.external ? checked.href : url} target="_blank" rel="noopener noreferrer">
        {label}
      </a>
      {checked.external && <span className="feature-popup__host">{host(checked.host)}</span>}
    </>
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
