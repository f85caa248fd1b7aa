import { lazy } from 'react';
import type { PlanFeature } from '../core/featureSchema.ts';
import type { PanelKind } from '../core/link/shareState.ts';
import type { MapController } from '../map/MapController.ts';
import type { PlanData } from './planData.ts';
import type { Nearby } from './useNearby.ts';
import { WithPlanText } from '../ui/WithPlanText.tsx';

// The side panels load on demand (their own chunks): the first screen is the map (budget: tests/unit/budget.test.ts).
const CoveragePanel = lazy(() => import('../features/coverage/CoveragePanel.tsx').then((m) => ({ default: m.CoveragePanel })));
const DistrictWidePanel = lazy(() => import('../features/coverage/DistrictWidePanel.tsx').then((m) => ({ default: m.DistrictWidePanel })));
const ListPanel = lazy(() => import('../features/list/ListPanel.tsx').then((m) => ({ default: m.ListPanel })));
const NearbyPanel = lazy(() => import('../features/nearby/NearbyPanel.tsx').then((m) => ({ default: m.NearbyPanel })));
const PlanPanel = lazy(() => import('../features/plan/PlanPanel.tsx').then((m) => ({ default: m.PlanPanel })));

export interface SidePanelsProps extends PlanData {
  panelKind: PanelKind | null;
  /** The plan reader's passage (null: the contents) and the quotes to highlight in it. */
  planTarget: string | null;
  planQuotes: string[];
  /** The features the list and "nearby" show: the plan layers shown, filtered. */
  features: PlanFeature[];
  selectedId: string | null;
  controller: MapController | null;
  nearby: Nearby;
  onSelect(featureId: string): void;
  /** Opens the plan reader at a passage, or at its contents (null). */
  onOpenPlan(planId: string | null): void;
  onClose(): void;
}

/** The side panel that is open, if any (inside the caller's Suspense: the chunks load on first use). */
export function SidePanels(p: SidePanelsProps) {
  const select = (id: string) => p.onSelect(id);
  const openPlan = (id: string | null) => p.onOpenPlan(id);
  return (
    <>
      {/* The plan's words and the check's rows are the second data file, fetched on first use. */}
      {p.panelKind === 'plan' && (
        <WithPlanText>
          {({ plan, coverage }) => (
            <PlanPanel
              plan={plan}
              store={p.store}
              coverage={coverage}
              target={p.planTarget}
              quotes={p.planQuotes}
              onNavigate={openPlan}
              onShowFeature={select}
              onClose={p.onClose}
            />
          )}
        </WithPlanText>
      )}
      {p.panelKind === 'coverage' && (
        <WithPlanText>
          {({ plan, coverage }) => (
            <CoveragePanel plan={plan} store={p.store} report={coverage} onShowFeature={select} onOpenPlan={openPlan} onClose={p.onClose} />
          )}
        </WithPlanText>
      )}
      {p.panelKind === 'district-wide' && (
        <WithPlanText>
          {({ plan, coverage }) => <DistrictWidePanel plan={plan} report={coverage} onOpenPlan={openPlan} onClose={p.onClose} />}
        </WithPlanText>
      )}
      {p.panelKind === 'list' && (
        <ListPanel features={p.features} store={p.store} selectedId={p.selectedId} onSelect={select} onClose={p.onClose} />
      )}
      {p.nearby.shown && (
        <NearbyPanel
          store={p.store}
          controller={p.controller}
          features={p.features}
          point={p.nearby.point}
          onPoint={p.nearby.setPoint}
          onSelect={select}
          onClose={p.nearby.close}
        />
      )}
    </>
  );
}
