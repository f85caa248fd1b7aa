import { useStatusYear } from '../../ui/statusYear.tsx';
import { useState } from 'react';
import type { PlanFeature } from '../../core/featureSchema.ts';
import { STATUS_WORDS, STATUSES } from '../../core/vocabulary.ts';
import type { MapController } from '../../map/MapController.ts';
import { lightPalette } from '../../core/palette.ts';
import type { Plan } from '../../core/plan/types.ts';
import { useI18n, useWords } from '../../i18n/I18n.tsx';
import { tools as TOOLS_ZH } from '../../i18n/zh/tools.ts';
import type { Notice } from '../../ui/notice.ts';
import { toolNotice } from '../../ui/toolNotice.ts';

type PngTarget = 'screen' | 'A4-150' | 'A4-300' | 'A3-150' | 'A3-300';

export function ExportMenu({
  plan,
  controller,
  features,
  filterDescription,
  credits = [],
  onDone,
}: {
  plan: Plan;
  controller: MapController | null;
  features: PlanFeature[];
  filterDescription: string;
  /** Plain-text credits of outside data, after the sheet's own attribution. */
  credits?: string[];
  onDone(notice: Notice): void;
}) {
  const w = useWords('tools', TOOLS_ZH);
  const { m, name } = useI18n();
  const [busy, setBusy] = useState(false);
  const statusYear = useStatusYear();
  const ctx = { plan, filters: filterDescription, statusYear };
  const n = features.length;
  const run = async (what: () => Promise<Notice>) => {
    setBusy(true);
    try {
      onDone(await what());
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      onDone(toolNotice(`export-failed:${why}`, (t) => t.exportFailed(why)));
    } finally {
      setBusy(false);
    }
  };
  const exportGeoJson = () =>
    run(async () => {
      const [{ geoJSONExportText, GEOJSON_MEDIA_TYPE }, { exportFileName, saveBlob }] = await Promise.all([
        import('./geojsonExport.ts'),
        import('./exportMetadata.ts'),
      ]);
      saveBlob(new Blob([geoJSONExportText(features, ctx)], { type: GEOJSON_MEDIA_TYPE }), exportFileName('features', 'geojson'));
      return toolNotice(`exported-geojson:${n}`, (t) => t.exportedGeoJson(n));
    });
  const exportCsv = () =>
    run(async () => {
      const [{ toCsv, CSV_MEDIA_TYPE }, { exportFileName, saveBlob }] = await Promise.all([import('./csvExport.ts'), import('./exportMetadata.ts')]);
      saveBlob(new Blob([toCsv(features, statusYear)], { type: CSV_MEDIA_TYPE }), exportFileName('features', 'csv'));
      return toolNotice(`exported-csv:${n}`, (t) => t.exportedCsv(n));
    });
  const exportPng = (target: PngTarget) =>
    run(async () => {
      if (!controller) throw new Error(w.mapNotReady);
      const [compose, paperMod, meta] = await Promise.all([import('./composeMapPng.ts'), import('./paper.ts'), import('./exportMetadata.ts')]);
      const cam = controller.getCamera();
      const cssCanvas = controller.getCanvas();
      const css = { width: cssCanvas.clientWidth, height: cssCanvas.clientHeight };
      let mapCanvas: HTMLCanvasElement = cssCanvas;
      let ratio = controller.getPixelRatio();
      let paper: 'A4' | 'A3' | undefined;
      let dpi: 150 | 300 | undefined;
      if (target !== 'screen') {
        const [p, d] = target.split('-') as ['A4' | 'A3', '150' | '300'];
        paper = p;
        dpi = Number(d) as 150 | 300;
        const orientation = css.width >= css.height ? 'landscape' : 'portrait';
        const sheet = paperMod.paperPixelSize(p, dpi, orientation);
        ratio = paperMod.pixelRatioForTarget(css, sheet);
        mapCanvas = await controller.renderAtPixelRatio(ratio);
        ratio = Number(mapCanvas.dataset.pixelRatio ?? ratio);
      }
      const scaleBar = paperMod.niceScaleBar(paperMod.metersPerCssPixel(cam.center[1], cam.zoom) / ratio, 160 * ratio);
      // The sheet's words are the interface's at the moment of export; the plan's title stays Chinese.
      const blob = await compose.composeMapPng({
        mapCanvas,
        title: m.common.appTitle,
        subtitle: `《${plan.title}》${plan.documentNumber}${filterDescription !== 'none' ? w.pngFilters(filterDescription) : ''}`,
        legend: [
          ...STATUSES.map((s) => ({ label: name(STATUS_WORDS[s]), color: lightPalette.status[s], style: 'fill' as const })),
          { label: w.pngSchematic, color: lightPalette.subdistrictLine, style: 'dashed' as const },
        ],
        scaleBar,
        northArrowBearingDeg: cam.bearing,
        date: new Date().toISOString().slice(0, 10),
        attribution: [w.pngAttribution(plan.documentNumber), ...credits].join(' · '),
        pixelRatio: ratio,
        ...(paper ? { paper, dpi } : {}),
      });
      meta.saveBlob(blob, meta.exportFileName(target === 'screen' ? 'map' : `map-${target}`, 'png'));
      const sheet = paper && dpi ? { paper, dpi } : null;
      return sheet
        ? toolNotice(`exported-png:${target}`, (t) => t.exportedPaper(sheet.paper, sheet.dpi))
        : toolNotice('exported-png:screen', (t) => t.exportedScreen);
    });
  return (
    <div className="tools__dropdown" role="menu" data-testid="export-menu" aria-busy={busy}>
      <button type="button" role="menuitem" data-testid="export-geojson" disabled={busy} onClick={() => void exportGeoJson()}>
        {w.menuGeoJson(n)}
      </button>
      <button type="button" role="menuitem" data-testid="export-csv" disabled={busy} onClick={() => void exportCsv()}>
        {w.menuCsv}
      </button>
      <button type="button" role="menuitem" data-testid="export-png-screen" disabled={busy} onClick={() => void exportPng('screen')}>
        {w.menuScreen}
      </button>
      {(['A4-150', 'A4-300', 'A3-150', 'A3-300'] as const).map((t) => (
        <button key={t} type="button" role="menuitem" data-testid={`export-png-${t}`} disabled={busy} onClick={() => void exportPng(t)}>
          PNG · {t.replace('-', ' ')} dpi
        </button>
      ))}
    </div>
  );
}
