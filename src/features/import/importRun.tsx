import type { RefObject } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { CRS_CHOICES, type CrsChoiceId } from '../../core/crs/crsChoices.ts';
import type { FeatureStore } from '../../core/featureStore.ts';
import type { LngLat } from '../../core/geometry/anchor.ts';
import { districtBoundsOf } from '../../core/geometry/bounds.ts';
import { I18nValue, type useI18n } from '../../i18n/I18n.tsx';
import type { MapController } from '../../map/MapController.ts';
import type { ImportedOverlay } from '../../map/overlays/importedOverlay.ts';
import type { Notice } from '../../ui/notice.ts';
import { toolNotice } from '../../ui/toolNotice.ts';
import { ImportedPopup } from './ImportCards.tsx';
import { importFile } from './importClient.ts';
import type { ImportProblem } from './importTypes.ts';
import { importedPropertyRows } from './propertyRows.ts';

/*
 * One import, from the file to the map and the notice: the import tool's work, in a chunk of its own
 * (loaded with the first import), so the first screen carries only the button and its state.
 */

/** How long an import's notice stays (its problems stay in their card until closed); one that offers "go there" stays longer. */
const NOTICE_MS = 20_000;
const FAR_NOTICE_MS = 60_000;

type I18n = ReturnType<typeof useI18n>;

/** A click on an imported feature shows its properties, as text, in a popup of its own (a React root of its own). */
function showProperties(overlay: ImportedOverlay, properties: ReadonlyMap<string, unknown>, at: LngLat, i18n: I18n): void {
  const el = document.createElement('div');
  const root: Root = createRoot(el);
  root.render(
    <I18nValue value={i18n}>
      <ImportedPopup rows={importedPropertyRows(properties)} />
    </I18nValue>,
  );
  overlay.showPopup(at, el, () => root.unmount());
}

export const busyNotice = (): Notice => toolNotice('import-busy', (t) => t.importBusy, { expiresMs: NOTICE_MS });

export interface ImportRun {
  file: File;
  crs: CrsChoiceId;
  store: FeatureStore;
  controller: MapController;
  overlayRef: RefObject<ImportedOverlay | null>;
  /** The imported features' properties, by index: MapLibre only ever sees the index (`i`), never the file's keys (its tiling confuses keys named like Object.prototype's members: toString, hasOwnProperty). */
  propsRef: RefObject<ReadonlyMap<string, unknown>[]>;
  i18nRef: RefObject<I18n>;
  onNotice(n: Notice): void;
}

export type ImportOutcome = { drawn: true } | { drawn: false; problems: { file: string; errors: ImportProblem[]; count: number } | null };

/** Imports `file`: drawn, or its problems when it cannot be (the map is then left exactly as it was), or neither when reading failed (said in a notice). */
export async function importOne(r: ImportRun): Promise<ImportOutcome> {
  const { file, controller } = r;
  try {
    const bounds = districtBoundsOf(r.store);
    const chosen = CRS_CHOICES[r.crs];
    const result = await importFile(file, { ...(bounds ? { districtBbox: bounds } : {}), ...(chosen ? { crs: chosen } : {}) });
    if (!result.ok) return { drawn: false, problems: { file: file.name, errors: result.errors, count: result.errorCount } };
    r.propsRef.current = result.collection.features.map((f) => f.properties);
    const data: GeoJSON.FeatureCollection = {
      type: 'FeatureCollection',
      features: result.collection.features.flatMap((f, i) => (f.geometry ? [{ type: 'Feature' as const, geometry: f.geometry, properties: { i } }] : [])),
    };
    if (r.overlayRef.current) r.overlayRef.current.setData(data);
    else {
      const { ImportedOverlay } = await import('../../map/overlays/importedOverlay.ts');
      const overlay = new ImportedOverlay(controller.overlayPalette, data, (drawn, at) => {
        const properties = r.propsRef.current[Number(drawn.i)];
        if (properties) showProperties(overlay, properties, at, r.i18nRef.current);
      });
      r.overlayRef.current = overlay;
      await controller.addOverlay(overlay);
    }
    const { warningCount, warnings, bbox, crs: used } = result;
    const first = warnings[0];
    const count = result.stats.features;
    const goThere = () => bbox && controller.fitBounds(bbox, { paddingPx: 60, maxZoom: 15 });
    // Far from the district (a wrong CRS, or data elsewhere): the camera stays; the notice offers to go there.
    const far = result.nearDistrict === false;
    r.onNotice(
      toolNotice(
        `imported:${file.name}`,
        (t) => {
          const warn = warningCount && first ? t.importWarnings(warningCount, r.i18nRef.current.name(first)) : '';
          return `${t.imported(file.name, count)}${t.importCrs(used.label, used.from)}${far ? t.importFar : ''}${warn}`;
        },
        far ? { expiresMs: FAR_NOTICE_MS, action: { text: (t) => t.goThere, run: goThere } } : { expiresMs: NOTICE_MS },
      ),
    );
    if (!far) goThere();
    return { drawn: true };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    r.onNotice(toolNotice(`import-failed:${why}`, (t) => t.importFailed(why), { expiresMs: NOTICE_MS }));
    return { drawn: false, problems: null };
  }
}
