import type { CircleLayerSpecification, ExpressionSpecification, FillLayerSpecification, LineLayerSpecification } from 'maplibre-gl';
import type { OverlayPalette } from './overlayPalette.ts';
import { withSharedPrograms } from '../style/programs.ts';
import { POINTS, POLYGONS } from './geoJsonOverlay.ts';

/**
 * The map layers of each overlay: what they look like, with the colours passed in. Their paint is
 * written as the plan's layers write theirs (style/programs.ts), so that an overlay draws with the
 * shader programs the map has already linked: an imported file's points with constant colours used
 * to make it link another one, a main-thread task of about 0.9 s in software WebGL on the first
 * imported point (tests/e2e/importScale.e2e.ts).
 */
type Layers = (FillLayerSpecification | LineLayerSpecification | CircleLayerSpecification)[];
const shared = (layers: Layers): Layers => layers.map(withSharedPrograms);

export function nearbyLayers(source: string, c: Pick<OverlayPalette, 'nearby' | 'halo'>): Layers {
  return shared([
    { id: `${source}-fill`, type: 'fill', source, filter: POLYGONS, paint: { 'fill-color': c.nearby, 'fill-opacity': 0.06 } },
    { id: `${source}-line`, type: 'line', source, filter: POLYGONS, paint: { 'line-color': c.nearby, 'line-width': 2, 'line-dasharray': [3, 2] } },
    {
      id: `${source}-point`,
      type: 'circle',
      source,
      filter: POINTS,
      paint: { 'circle-radius': 7, 'circle-color': c.nearby, 'circle-stroke-color': c.halo, 'circle-stroke-width': 2.5 },
    },
  ]);
}

export function measureLayers(source: string, c: Pick<OverlayPalette, 'measure' | 'halo'>): Layers {
  return shared([
    { id: `${source}-fill`, type: 'fill', source, filter: POLYGONS, paint: { 'fill-color': c.measure, 'fill-opacity': 0.12 } },
    { id: `${source}-line`, type: 'line', source, filter: ['!', POINTS], paint: { 'line-color': c.measure, 'line-width': 2.5, 'line-dasharray': [2, 1] } },
    {
      id: `${source}-point`,
      type: 'circle',
      source,
      filter: POINTS,
      paint: { 'circle-radius': 5, 'circle-color': c.halo, 'circle-stroke-color': c.measure, 'circle-stroke-width': 2 },
    },
  ]);
}

/** The colour of a life circle by its `radiusM` property. */
export function lifeCircleColour(c: Pick<OverlayPalette, 'lifeCircles' | 'lifeCircleOther'>): ExpressionSpecification {
  return ['match', ['get', 'radiusM'], ...c.lifeCircles.flat(), c.lifeCircleOther] as unknown as ExpressionSpecification;
}

export function lifeCircleLayers(source: string, c: Pick<OverlayPalette, 'lifeCircles' | 'lifeCircleOther'>): Layers {
  const colour = lifeCircleColour(c);
  return shared([
    { id: `${source}-fill`, type: 'fill', source, filter: POLYGONS, paint: { 'fill-color': colour, 'fill-opacity': 0.1 } },
    { id: `${source}-line`, type: 'line', source, filter: POLYGONS, paint: { 'line-color': colour, 'line-width': 1.5 } },
  ]);
}

export function importedLayers(source: string, c: Pick<OverlayPalette, 'imported' | 'halo'>): Layers {
  return shared([
    { id: `${source}-fill`, type: 'fill', source, filter: POLYGONS, paint: { 'fill-color': c.imported, 'fill-opacity': 0.25 } },
    { id: `${source}-line`, type: 'line', source, filter: ['!', POINTS], paint: { 'line-color': c.imported, 'line-width': 2 } },
    {
      id: `${source}-point`,
      type: 'circle',
      source,
      filter: POINTS,
      paint: { 'circle-radius': 5, 'circle-color': c.imported, 'circle-stroke-color': c.halo, 'circle-stroke-width': 1.5 },
    },
  ]);
}
