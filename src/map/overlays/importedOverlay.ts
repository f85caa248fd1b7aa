import { Popup, type Map as MlMap } from 'maplibre-gl';
import type { LngLat } from '../../core/geometry/anchor.ts';
import { GeoJsonOverlay } from './geoJsonOverlay.ts';
import { OVERLAY_RANK, type MapClick } from './MapOverlay.ts';
import { importedLayers } from './overlayLayers.ts';
import type { OverlayPalette } from './overlayPalette.ts';

/**
 * A file the user imported, drawn above the plan; several at once, each its own source and layers
 * (`overlay-import-<key>`, `overlay-import-<key>-point`, …). A click on one of its features goes to
 * `onFeatureClick` instead of selecting a plan feature; `showPopup` shows what that returns in a popup
 * apart from the selection's.
 */
export class ImportedOverlay extends GeoJsonOverlay {
  private popup: { popup: Popup; onClose: () => void } | null = null;

  constructor(
    colours: OverlayPalette,
    key: number,
    data: GeoJSON.GeoJSON | string,
    private readonly onFeatureClick: (properties: Record<string, unknown>, at: LngLat) => void,
  ) {
    // A tile buffer of 8 px (MapLibre's default is 128 of 512): enough for the 2 px outlines and the
    // 6.5 px dots, and each tile carries less of its neighbours' geometry to the main thread.
    super(OVERLAY_RANK.imported, `import-${key}`, importedLayers(`overlay-import-${key}`, colours), data, { buffer: 8 });
  }

  click(e: MapClick): boolean {
    const map = this.attachedMap;
    if (!map) return false;
    const layers = this.layerIds.filter((id) => map.getLayer(id));
    const hit = layers.length ? map.queryRenderedFeatures([e.point.x, e.point.y], { layers })[0] : undefined;
    if (!hit) return false;
    this.onFeatureClick(hit.properties, e.lngLat);
    return true;
  }

  /** A popup of an imported feature at `at`; `onClose` runs when it goes. */
  showPopup(at: LngLat, content: HTMLElement, onClose: () => void): void {
    const map = this.attachedMap;
    if (!map) {
      onClose();
      return;
    }
    this.popup?.popup.remove();
    const popup = new Popup({ closeOnClick: true, maxWidth: '360px', className: 'plan-popup' });
    const entry = { popup, onClose };
    popup.on('close', () => {
      entry.onClose();
      if (this.popup === entry) this.popup = null;
    });
    this.popup = entry;
    popup.setLngLat(at).setDOMContent(content).addTo(map);
  }

  override onRemove(map: MlMap): void {
    this.popup?.popup.remove();
    super.onRemove(map);
  }
}
