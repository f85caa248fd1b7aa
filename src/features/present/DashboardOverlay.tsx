import { darkPalette } from '../../core/palette.ts';
import type { Plan } from '../../core/plan/types.ts';
import { CompletionDashboard } from './CompletionDashboard.tsx';
import { IndicatorsDashboard } from './IndicatorsDashboard.tsx';
import type { PresentWords } from './presentText.ts';

export type DashboardTab = 'indicators' | 'completion';

interface DashboardOverlayProps {
  plan: Plan;
  /** Held by the mode, so the dashboard reopens on the tab it was closed on. */
  tab: DashboardTab;
  onTab(tab: DashboardTab): void;
  indicatorCount: number;
  onOpenPlan(ref: string, quote?: string): void;
  onClose(): void;
  t: PresentWords;
}

/** The whole dashboard over the map (key I): the plan's indicators, or how far its projects have come. */
export function DashboardOverlay({ plan, tab, onTab, indicatorCount, onOpenPlan, onClose, t }: DashboardOverlayProps) {
  return (
    <div className="present__overlay" role="dialog" aria-label={t.dashboard} data-testid="dashboard-overlay">
      <header className="present__overlay-head">
        <h2>{t.dashboard}</h2>
        <div role="tablist" className="present__tabs">
          <button type="button" role="tab" aria-selected={tab === 'indicators'} onClick={() => onTab('indicators')}>
            {t.tabIndicators(indicatorCount)}
          </button>
          <button type="button" role="tab" aria-selected={tab === 'completion'} onClick={() => onTab('completion')}>
            {t.tabCompletion}
          </button>
        </div>
        <button type="button" className="present__button" onClick={onClose}>
          {t.backKey}
        </button>
      </header>
      <div className="present__overlay-body">
        {tab === 'indicators' ? (
          <IndicatorsDashboard plan={plan} onOpenPlan={onOpenPlan} />
        ) : (
          <CompletionDashboard plan={plan} palette={darkPalette} onOpenPlan={onOpenPlan} />
        )}
      </div>
    </div>
  );
}
