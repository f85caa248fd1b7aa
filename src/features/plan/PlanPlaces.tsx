import type { PlanFeature } from '../../core/featureSchema.ts';
import type { Plan, PlanSection } from '../../core/plan/types.ts';
import { STATUS_WORDS } from '../../core/vocabulary.ts';
import { statusSlugInYear } from '../../core/statusHistory.ts';
import { useStatusYear } from '../../ui/statusYear.tsx';
import type { CoverageReport } from '../../core/plan/coverage.ts';
import { useI18n, useWords } from '../../i18n/I18n.tsx';
import { panels as PANELS_ZH } from '../../i18n/zh/panels.ts';
import { FeatureButton } from '../../ui/FeatureButton.tsx';
import { useUiLang } from './planSummaries.tsx';

/* The places of a passage: features on the map and the inventory's items. */

/** The places of a section on the map: the panel's words, in the interface language. */
export function FeatureList({ features, onShowFeature, testId }: { features: PlanFeature[]; onShowFeature(id: string): void; testId: string }) {
  const w = useWords('panels', PANELS_ZH);
  const { name } = useI18n();
  const year = useStatusYear();
  const statusWord = (f: PlanFeature) => {
    const s = statusSlugInYear(f, year);
    return s ? name(STATUS_WORDS[s]) : w.noRecord;
  };
  return (
    <div className="plan-features" data-testid={testId} lang={useUiLang()}>
      <h5>{w.sectionPlaces}</h5>
      <ul>
        {features.map((f) => (
          <li key={f.properties.id}>
            <FeatureButton className="plan-features__button" data-testid="plan-feature-button" featureId={f.properties.id} onShow={onShowFeature}>
              <PinIcon /> {name(f.properties.name)}
            </FeatureButton>
            <span className="plan-features__status">{statusWord(f)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}


/** A map pin drawn in SVG: fonts lack the map symbols, and an icon must never render as a box. */
export function PinIcon() {
  return (
    <svg className="pin-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d="M8 1.5a4.5 4.5 0 0 0-4.5 4.5c0 3.4 4.5 8.5 4.5 8.5s4.5-5.1 4.5-8.5A4.5 4.5 0 0 0 8 1.5Zm0 6.3a1.8 1.8 0 1 1 0-3.6 1.8 1.8 0 0 1 0 3.6Z" fill="currentColor" />
    </svg>
  );
}

/** The section's inventory items, each marked as mapped or as having no single place. */
export function SectionItems({ plan, section, coverage }: { plan: Plan; section: PlanSection; coverage: CoverageReport }) {
  const w = useWords('panels', PANELS_ZH);
  const { name } = useI18n();
  const ui = useUiLang();
  const own = new Set([section.id, ...section.tableIds]);
  const rows = coverage.rows.filter((r) => {
    const n = plan.byId.get(r.item.planRef);
    return own.has(r.item.planRef) || (n?.kind === 'row' && own.has(n.node.tableId));
  });
  if (rows.length === 0) return null;
  return (
    <div className="plan-items" data-testid={`plan-items-${section.id}`} lang={ui}>
      <h5>{w.sectionItems}</h5>
      <ul>
        {rows.map((r) => (
          <li key={r.item.id} data-item-id={r.item.id} data-state={r.state}>
            <span className={`coverage-tag coverage-tag--${r.state}`}>{w.states[r.state]}</span> {name(r.item.name)}
          </li>
        ))}
      </ul>
    </div>
  );
}

