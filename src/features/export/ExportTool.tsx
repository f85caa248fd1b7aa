import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { PlanFeature } from '../../core/featureSchema.ts';
import type { MapController } from '../../map/MapController.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import type { Notice } from '../../ui/notice.ts';
import { ToolButton } from '../../ui/Toolbar.tsx';
import { afterStartup } from '../../ui/afterStartup.ts';
import { useDismiss } from '../../ui/useDismiss.ts';
import { WithPlanText } from '../../ui/WithPlanText.tsx';

// The menu and what it runs are a chunk of their own.
const menu = () => import('./ExportMenu.tsx');
const ExportMenu = lazy(() => menu().then((m) => ({ default: m.ExportMenu })));

export interface ExportToolProps {
  controller: MapController | null;
  /** The features under the current filters and visible layers: what the exports contain. */
  features: PlanFeature[];
  filterDescription: string;
  /** The credits outside data requires (geo/layers.json `attribution`), printed on the PNG. */
  credits: string[];
  onNotice(notice: Notice): void;
}

/** The export button and its menu (GeoJSON, CSV, PNG of the screen or a sheet of paper). */
export function ExportTool({ controller, features, filterDescription, credits, onNotice }: ExportToolProps) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useDismiss(open, () => setOpen(false), box);
  const w = useI18n().m.app;
  // Fetched once the map is first idle (or at a first interaction), so that a click on the tool finds it there.
  useEffect(() => {
    void afterStartup().then(menu);
  }, []);
  return (
    <div className="tools__menu" ref={box}>
      <ToolButton data-testid="open-export" aria-expanded={open} onClick={() => setOpen(!open)}>
        {w.export} ▾
      </ToolButton>
      {open && (
        <Suspense fallback={null}>
          <WithPlanText>
            {(text) => (
              <ExportMenu
                plan={text.plan}
                controller={controller}
                features={features}
                filterDescription={filterDescription}
                credits={credits}
                onDone={(notice) => {
                  setOpen(false);
                  onNotice(notice);
                }}
              />
            )}
          </WithPlanText>
        </Suspense>
      )}
    </div>
  );
}
