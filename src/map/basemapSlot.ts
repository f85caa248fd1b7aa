import { AttributionControl, type Map as MlMap } from 'maplibre-gl';
import type { BasemapLayers } from './basemaps.ts';
import { districtHalo } from './basemaps/layers.ts';

/** Joins a basemap's part (null: the one without a basemap) with the rest of `base` (`<basemap part> · <plan part>`). */
export function attributionWith(base: string, basemapHtml: string | null): string {
  return basemapHtml === null ? base : [basemapHtml, ...base.split(' · ').slice(1)].join(' · ');
}

/**
 * The online or PMTiles basemap drawn beneath the plan and the attribution line whose first part
 * (`底图：…`) names it.
 */
export class BasemapSlot {
  /** The basemap shown (null: the embedded base alone). */
  current: BasemapLayers | null = null;
  private control: AttributionControl;
  private text: string;
  /** The attribution without a basemap (setLang() rewords it), and the basemap's part when one is set. */
  private baseAttribution: string;
  private basemapAttribution: string | null = null;

  /**
   * `district`: the registry's district layer (purpose "district"), whose fill the basemap goes above
   * and whose outline gets a halo on top of the basemap; none when the registry has no such layer.
   */
  constructor(
    private readonly map: MlMap,
    attribution: string,
    private readonly district?: { sourceId: string; fillLayerId: string },
  ) {
    this.text = attribution;
    this.baseAttribution = attribution;
    this.control = new AttributionControl({ compact: false, customAttribution: attribution });
    map.addControl(this.control, 'bottom-right');
  }

  /**
   * Its layers go right above the district's fill (which is only a click target under them), so the
   * district outline, every plan layer, the selection, the overlays and all labels stay on top.
   */
  set(spec: BasemapLayers | null): void {
    const map = this.map;
    const old = this.current;
    if (old) {
      for (const l of [...old.layers].reverse()) if (map.getLayer(l.id)) map.removeLayer(l.id);
      for (const id of Object.keys(old.sources)) if (map.getSource(id)) map.removeSource(id);
    }
    const halo = this.district ? [districtHalo(this.district.sourceId)] : [];
    this.current = spec && spec.layers.length ? { ...spec, layers: [...spec.layers, ...halo] } : null;
    if (this.current) {
      for (const [id, source] of Object.entries(this.current.sources)) map.addSource(id, source);
      const order = map.getLayersOrder();
      const districtFill = this.district ? order.indexOf(this.district.fillLayerId) : -1;
      // Above the district's fill, else above the background (and never inside another basemap's layers).
      const before = order.slice(districtFill >= 0 ? districtFill + 1 : 1).find((id) => !id.startsWith('basemap-'));
      for (const l of this.current.layers) {
        // A layer may read a plan source (the district's halo); without that source it is left out.
        if ('source' in l && typeof l.source === 'string' && !map.getSource(l.source)) continue;
        map.addLayer(l, before);
      }
    }
    this.setAttribution(spec ? spec.attribution : null);
  }

  /** Replaces the attribution's basemap part (the plan's part stays); null: the attribution without a basemap. */
  setAttribution(basemapHtml: string | null): void {
    this.basemapAttribution = basemapHtml;
    const text = attributionWith(this.baseAttribution, basemapHtml);
    if (text === this.text) return;
    this.text = text;
    this.map.removeControl(this.control);
    this.control = new AttributionControl({ compact: false, customAttribution: text });
    this.map.addControl(this.control, 'bottom-right');
  }

  /** The attribution in another language; rebuilt even when the text is the same, as the control reads the sources' attribution when added. */
  reword(attribution: string): void {
    this.baseAttribution = attribution;
    this.text = '';
    this.setAttribution(this.basemapAttribution);
  }
}
