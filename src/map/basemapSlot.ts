import type { Map as MlMap } from 'maplibre-gl';
import type { AttributionPart } from '../core/attributionText.ts';
import { AttributionLine } from './attributionLine.ts';
import type { BasemapLayers } from './basemaps.ts';
import { districtHalo } from './basemaps/layers.ts';

/**
 * Joins a basemap's part (null: the one without a basemap) with the rest of `base`, plain text
 * (`<basemap part> · <plan part>`; the plan's document number comes from the plan text).
 */
export function attributionWith(base: string, basemap: readonly AttributionPart[] | null): AttributionPart[] {
  if (basemap === null) return [{ text: base }];
  const rest = base.split(' · ').slice(1);
  return rest.length ? [...basemap, { text: ` · ${rest.join(' · ')}` }] : [...basemap];
}

/**
 * The online or PMTiles basemap drawn beneath the plan and the attribution line whose first part
 * (`底图：…`) names it.
 */
export class BasemapSlot {
  /** The basemap shown (null: the embedded base alone). */
  current: BasemapLayers | null = null;
  private control: AttributionLine;
  /** The attribution without a basemap (setLang() rewords it), and the basemap's part when one is set. */
  private baseAttribution: string;
  private basemapAttribution: AttributionPart[] | null = null;

  /**
   * `district`: the registry's district layer (purpose "district"), whose fill the basemap goes above
   * and whose outline gets a halo on top of the basemap; none when the registry has no such layer.
   */
  constructor(
    private readonly map: MlMap,
    attribution: string,
    private readonly district?: { sourceId: string; fillLayerId: string },
  ) {
    this.baseAttribution = attribution;
    this.control = new AttributionLine(attributionWith(attribution, null));
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
  setAttribution(basemap: AttributionPart[] | null): void {
    this.basemapAttribution = basemap;
    this.control.set(attributionWith(this.baseAttribution, basemap));
  }

  /** The attribution in another language (the sources' lines are read again as the style changes). */
  reword(attribution: string): void {
    this.baseAttribution = attribution;
    this.setAttribution(this.basemapAttribution);
  }
}
