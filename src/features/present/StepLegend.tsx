import { STATUS_WORDS, type Status } from '../../core/featureSchema.ts';
import type { FeatureStore } from '../../core/featureStore.ts';
import { currentStatus } from '../../core/statusHistory.ts';
import { darkPalette } from '../../core/palette.ts';
import { planLabel } from '../../core/plan/planLabels.ts';
import type { Plan } from '../../core/plan/types.ts';
import type { Lang } from '../../i18n/lang.ts';
import { arcItems, EXTRUSION_M_PER_KM2, extrusionItems, groupColours } from './deckData.ts';
import { PLAN_TAG, planRefEn, type PresentWords } from './presentText.ts';
import type { TourStep } from './tourSchema.ts';

/** What the colours, the heights and the arcs of the step mean: always on screen, never on hover. */
export function StepLegend({ plan, store, step, t, lang }: { plan: Plan; store: FeatureStore; step: TourStep; t: PresentWords; lang: Lang }) {
  const p = darkPalette;
  const en = lang === 'en';
  const highlighted = step.highlight.map((id) => store.byId.get(id)).filter((f) => f !== undefined);
  const statuses = [...new Set(highlighted.map((f) => currentStatus(f).status))].filter((s) => s !== 'existing') as Status[];
  const schematic = highlighted.some((f) => f.properties.accuracy === 'schematic');
  const extrusion = step.deck?.extrusion ? dedupe(extrusionItems(store, step.layers, p)) : [];
  const arcs = arcItems(store, step.deck?.arcs ?? [], p);
  const colours = groupColours(step.deck?.arcs ?? [], p);
  const rgb = (c: readonly number[]) => `rgb(${c.join(' ')})`;
  return (
    <div className="present__legend" data-testid="present-legend">
      {statuses.length > 0 && (
        <p className="present__legend-row">
          {statuses.map((s) => (
            <span key={s} className="present__key">
              <span className="present__swatch" style={{ background: p.status[s] }} />
              {STATUS_WORDS[s][lang]}
            </span>
          ))}
          <span className="present__key">
            <span className="present__swatch present__swatch--ring" style={{ borderColor: p.selection }} />
            {t.placesOfStep}
          </span>
          {schematic && <span className="present__key present__key--note">{t.schematicNote}</span>}
        </p>
      )}
      {extrusion.length > 0 && (
        <div className="present__legend-block" data-testid="extrusion-legend">
          <p className="present__legend-title">{t.extrusionTitle(EXTRUSION_M_PER_KM2)}</p>
          <ul>
            {extrusion.map((x) => {
              const km2 = t.km2((x.declaredAreaM2 / 1e6).toFixed(2));
              return (
                <li key={x.id}>
                  <span className="present__swatch" style={{ background: rgb(x.color) }} />
                  {/* One flowing line of text beside the swatch (separate flex items would wrap apart). */}
                  <span className="present__legend-text">
                    {en ? (
                      // The plan's own words for the area stay Chinese; the km² beside them is the same declared measure.
                      <>
                        {x.nameEn}: {x.quote && <span lang={PLAN_TAG}>{x.quote} = </span>}
                        {km2}
                        {x.ref && <span className="present__legend-ref"> ({planRefEn(plan, x.ref)})</span>}
                      </>
                    ) : (
                      <>
                        {x.name}：{x.quote ?? km2}
                        {x.ref && <span className="present__legend-ref">（{planLabel(plan, x.ref)}）</span>}
                      </>
                    )}{' '}
                    → {t.height(Math.round(x.heightM))}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {arcs.length > 0 && (
        <div className="present__legend-block" data-testid="arc-legend">
          <p className="present__legend-title">{t.arcsTitle}</p>
          <ul>
            {[...colours.entries()].map(([group, c]) => {
              const members = arcs.filter((a) => a.group === group);
              const refs = [...new Set(members.map((a) => a.ref))];
              return (
                <li key={group}>
                  <span className="present__swatch present__swatch--line" style={{ background: rgb(c) }} />
                  <span className="present__legend-text">
                    {en
                      ? `${members[0]?.groupEn ?? group}: ${members.map((a) => a.nameEn).join(', ')}`
                      : `${group}：${members.map((a) => a.name).join('、')}`}
                    <span className="present__legend-ref">
                      {en ? ` (${refs.map((r) => planRefEn(plan, r)).join('; ')})` : `（${refs.map((r) => planLabel(plan, r)).join('；')}）`}
                    </span>
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}

function dedupe<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((x) => !seen.has(x.id) && seen.add(x.id));
}

