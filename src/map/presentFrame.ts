import type { ExpressionSpecification, FilterSpecification, LayerSpecification, Map as MlMap } from 'maplibre-gl';
import type { Lang } from '../core/lang.ts';
import type { Palette } from '../core/palette.ts';
import type { MapOverlay } from './overlays/MapOverlay.ts';
import { TEXT_FONT } from './style/glyphs.ts';
import { withSharedPrograms } from './style/programs.ts';

/**
 * The presentation's geographic frame, under everything the plan draws: land (so that the coast and
 * Liaodong Bay read as where it stops), Liaoning's city borders and names, Panjin's county borders,
 * the names of the sea, and at national zoom China's provinces, its outline and the 南海诸岛 line.
 * The data is public/frame/presentation-frame.json (scripts/frame/derive-frame.ts), fetched by the
 * presentation's map when it opens: the explorer never loads it.
 */

export const FRAME_SOURCE = 'present-frame';
/** Below this zoom the national frame (provinces) shows; from it on the regional one (cities, counties). */
export const FRAME_NATIONAL_MAXZOOM = 6;

const KIND = (...kinds: string[]): ExpressionSpecification => ['in', ['get', 'kind'], ['literal', kinds]];

export interface FrameOptions {
  /** The frame's features (fetched once: a style rebuilt offline after a lost context still has them). */
  data: GeoJSON.FeatureCollection;
  palette: Palette;
  lang: Lang;
  /** Size of lines and type (the presentation's scale). */
  k: number;
}

/** The frame's layers, their paint written as the plan's (style/programs.ts): no shader program of their own. */
export function frameLayers(o: FrameOptions): LayerSpecification[] {
  return frameLayersAsDrawn(o).map(withSharedPrograms);
}

function frameLayersAsDrawn(o: FrameOptions): LayerSpecification[] {
  const { palette: p, k } = o;
  const name: ExpressionSpecification = ['get', o.lang === 'en' ? 'nameEn' : 'nameZh'];
  const national = { maxzoom: FRAME_NATIONAL_MAXZOOM };
  const regional = { minzoom: FRAME_NATIONAL_MAXZOOM };
  const label = (size: number, colour: string, spacing = 0.1) => ({
    layout: { 'text-field': name, 'text-font': TEXT_FONT, 'text-size': size * k, 'text-letter-spacing': spacing, 'text-padding': 4 * k },
    paint: { 'text-color': colour, 'text-halo-color': p.background, 'text-halo-width': 1.5 * k },
  });
  return [
    { id: 'frame-land-national', type: 'fill', source: FRAME_SOURCE, ...national, filter: KIND('province'), paint: { 'fill-color': p.neighbourFill } },
    { id: 'frame-land', type: 'fill', source: FRAME_SOURCE, ...regional, filter: KIND('city'), paint: { 'fill-color': p.neighbourFill } },
    {
      id: 'frame-province-border',
      type: 'line',
      source: FRAME_SOURCE,
      ...national,
      filter: KIND('province-border'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.neighbourLine, 'line-width': 0.8 * k, 'line-opacity': 0.6 },
    },
    {
      id: 'frame-national-outline',
      type: 'line',
      source: FRAME_SOURCE,
      ...national,
      filter: KIND('national-outline'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.subdistrictLine, 'line-width': 1.4 * k },
    },
    {
      id: 'frame-south-china-sea-line',
      type: 'fill',
      source: FRAME_SOURCE,
      ...national,
      filter: KIND('south-china-sea-line'),
      paint: { 'fill-color': p.subdistrictLine, 'fill-outline-color': p.subdistrictLine },
    },
    {
      id: 'frame-city-border',
      type: 'line',
      source: FRAME_SOURCE,
      ...regional,
      filter: KIND('city-border'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.neighbourLine, 'line-width': 1 * k, 'line-dasharray': [3, 2] },
    },
    {
      id: 'frame-county-border',
      type: 'line',
      source: FRAME_SOURCE,
      ...regional,
      filter: KIND('county-border'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.neighbourLine, 'line-width': 1.2 * k },
    },
    { id: 'frame-sea-label', type: 'symbol', source: FRAME_SOURCE, minzoom: 5, filter: KIND('sea-label'), ...label(16, p.waterLabel, 0.5) },
    { id: 'frame-city-label', type: 'symbol', source: FRAME_SOURCE, minzoom: 7.5, filter: KIND('city-label'), ...label(15, p.neighbourLine, 0.2) },
    {
      id: 'frame-panjin-label',
      type: 'symbol',
      source: FRAME_SOURCE,
      minzoom: 7.5,
      maxzoom: 11,
      filter: KIND('city-label-panjin'),
      ...label(20, p.subdistrictLine, 0.4),
      // Panjin's centre is near the district's and its partners' labels: the name may move off it.
      layout: { ...label(20, p.subdistrictLine, 0.4).layout, 'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'], 'text-radial-offset': 2 },
    },
  ];
}

/** Labels that may name a place a step labels itself (see {@link PresentFrame.hideNames}). */
const NAMED_LABELS = ['frame-city-label', 'frame-panjin-label'];

/**
 * The frame as a map overlay: its layers go under the map's first layer after the background, not
 * where overlays usually go (above the plan). `hideNames` drops the frame's and the given base
 * layers' labels of places the step labels already, so that each place is named once.
 */
export class PresentFrame implements MapOverlay {
  readonly rank = -1;
  readonly layerIds: readonly string[];
  private map: MlMap | null = null;
  private hidden: readonly string[] = [];
  private readonly layers: LayerSpecification[];

  constructor(
    private readonly o: FrameOptions,
    /** Base-map label layers (e.g. the neighbouring counties' names) to dedupe as well. */
    private readonly baseLabelIds: readonly string[],
  ) {
    this.layers = frameLayers(o);
    this.layerIds = this.layers.map((l) => l.id);
  }

  onAdd(map: MlMap): void {
    this.map = map;
    if (!map.getSource(FRAME_SOURCE)) map.addSource(FRAME_SOURCE, { type: 'geojson', data: this.o.data });
    // Land and borders under everything; names with the map's other names (under a fill they would be
    // placed, and so take their room, yet not be seen).
    const style = map.getStyle().layers;
    const ground = style.find((l) => l.type !== 'background')?.id;
    const names = style.find((l) => l.type === 'symbol')?.id;
    for (const l of this.layers) if (!map.getLayer(l.id)) map.addLayer(l, l.type === 'symbol' ? names : ground);
    this.applyHidden();
  }

  onRemove(map: MlMap): void {
    for (const id of this.layerIds) if (map.getLayer(id)) map.removeLayer(id);
    if (map.getSource(FRAME_SOURCE)) map.removeSource(FRAME_SOURCE);
    this.map = null;
  }

  /** Names (in either language) whose frame and base labels are left out. */
  hideNames(names: readonly string[]): void {
    this.hidden = names;
    this.applyHidden();
  }

  private applyHidden(): void {
    const map = this.map;
    if (!map) return;
    for (const id of [...NAMED_LABELS, ...this.baseLabelIds]) {
      if (!map.getLayer(id)) continue;
      const own = this.layers.find((l) => l.id === id);
      const base = own && 'filter' in own ? (own.filter as ExpressionSpecification | undefined) : undefined;
      const unnamed: ExpressionSpecification = ['!', ['in', ['get', 'nameZh'], ['literal', [...this.hidden]]]];
      const filter: FilterSpecification | null = base ? ['all', base, unnamed] : this.hidden.length ? unnamed : null;
      map.setFilter(id, filter);
    }
  }
}
