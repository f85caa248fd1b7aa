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
import type { ImportProblem, MapPayload } from './importTypes.ts';
import { importedPropertyRows } from './propertyRows.ts';
import { propertiesOf } from './importMapPayload.ts';

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

/**
 * The overlay of an import. The worker sent text (importMapPayload.ts): MapLibre's worker loads the
 * features from a blob: URL and sees only each feature's index (`i`), never the file's keys (its tiling
 * confuses keys named like Object.prototype's members); a feature's properties are read when it is
 * clicked. A function of its own, so that the notice's closures in `importOne` do not keep the payload
 * alive after the import is removed.
 */
async function overlayOf(controller: MapController, key: number, payload: MapPayload, i18nRef: RefObject<I18n>): Promise<{ overlay: ImportedOverlay; url: string }> {
  const url = URL.createObjectURL(new Blob([payload.geojson], { type: 'application/geo+json' }));
  const { ImportedOverlay } = await import('../../map/overlays/importedOverlay.ts');
  const overlay = new ImportedOverlay(controller.overlayPalette, key, url, (drawn, at) => {
    const text = payload.properties[Number(drawn.i)];
    if (text !== undefined) showProperties(overlay, propertiesOf(text), at, i18nRef.current);
  });
  return { overlay, url };
}

export const busyNotice = (): Notice => toolNotice('import-busy', (t) => t.importBusy, { expiresMs: NOTICE_MS });

export interface ImportRun {
  file: File;
  crs: CrsChoiceId;
  store: FeatureStore;
  controller: MapController;
  /** This import's number: its overlay's source and layers are `overlay-import-<key>`. */
  key: number;
  i18nRef: RefObject<I18n>;
  onNotice(n: Notice): void;
}

/** An import on the map: its file's name, how many features it drew, and its overlay (remove it to let it go). */
export interface ImportEntry {
  key: number;
  name: string;
  count: number;
  overlay: ImportedOverlay;
  /** The blob: URL MapLibre loads the features from; revoked when the import is removed. */
  url: string;
}

export type ImportOutcome = { drawn: true; entry: ImportEntry } | { drawn: false; problems: { file: string; errors: ImportProblem[]; count: number } | null };

/** Imports `file` as an overlay of its own: drawn, or its problems when it cannot be (the map is then left exactly as it was), or neither when reading failed (said in a notice). */
export async function importOne(r: ImportRun): Promise<ImportOutcome> {
  const { file, controller } = r;
  try {
    const bounds = districtBoundsOf(r.store);
    const chosen = CRS_CHOICES[r.crs];
    const result = await importFile(file, { forMap: true, ...(bounds ? { districtBbox: bounds } : {}), ...(chosen ? { crs: chosen } : {}) });
    if (!result.ok) return { drawn: false, problems: { file: file.name, errors: result.errors, count: result.errorCount } };
    if (!result.forMap) throw new Error('the import worker sent no map payload');
    const { overlay, url } = await overlayOf(controller, r.key, result.forMap, r.i18nRef);
    await controller.addOverlay(overlay);
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
    return { drawn: true, entry: { key: r.key, name: file.name, count, overlay, url } };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    r.onNotice(toolNotice(`import-failed:${why}`, (t) => t.importFailed(why), { expiresMs: NOTICE_MS }));
    return { drawn: false, problems: null };
  }
}
