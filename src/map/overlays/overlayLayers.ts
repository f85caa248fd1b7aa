import type { CircleLayerSpecification, ExpressionSpecification, FillLayerSpecification, LineLayerSpecification } from 'maplibre-gl';
import type { OverlayPalette } from './overlayPalette.ts';
import { POINTS, POLYGONS } from './geoJsonOverlay.ts';

/** The map layers of each overlay: what they look like, with the colours passed in. */
type Layers = (FillLayerSpecification | LineLayerSpecification | CircleLayerSpecification)[];

export function nearbyLayers(source: string, c: Pick<OverlayPalette, 'nearby' | 'halo'>): Layers {
  return [
    { id: `${source}-fill`, type: 'fill', source, filter: POLYGONS, paint: { 'fill-color': c.nearby, 'fill-opacity': 0.06 } },
    { id: `${source}-line`, type: 'line', source, filter: POLYGONS, paint: { 'line-color': c.nearby, 'line-width': 2, 'line-dasharray': [3, 2] } },
    {
      id: `${source}-point`,
      type: 'circle',
      source,
      filter: POINTS,
      paint: { 'circle-radius': 7, 'circle-color': c.nearby, 'circle-stroke-color': c.halo, 'circle-stroke-width': 2.5 },
    },
  ];
}

export function measureLayers(source: string, c: Pick<OverlayPalette, 'measure' | 'halo'>): Layers {
  return [
    { id: `${source}-fill`, type: 'fill', source, filter: POLYGONS, paint: { 'fill-color': c.measure, 'fill-opacity': 0.12 } },
    { id: `${source}-line`, type: 'line', source, filter: ['!', POINTS], paint: { 'line-color': c.measure, 'line-width': 2.5, 'line-dasharray': [2, 1] } },
    {
      id: `${source}-point`,
      type: 'circle',
      source,
      filter: POINTS,
      paint: { 'circle-radius': 5, 'circle-color': c.halo, 'circle-stroke-color': c.measure, 'circle-stroke-width': 2 },
    },
  ];
}

/** The colour of a life circle by its `radiusM` property. */
export function lifeCircleColour(c: Pick<OverlayPalette, 'lifeCircles' | 'lifeCircleOther'>): ExpressionSpecification {
  return ['match', ['get', 'radiusM'], ...c.lifeCircles.flat(), c.lifeCircleOther] as unknown as ExpressionSpecification;
}

export function lifeCircleLayers(source: string, c: Pick<OverlayPalette, 'lifeCircles' | 'lifeCircleOther'>): Layers {
  const colour = lifeCircleColour(c);
  return [
    { id: `${source}-fill`, type: 'fill', source, filter: POLYGONS, paint: { 'fill-color': colour, 'fill-opacity': 0.1 } },
    { id: `${source}-line`, type: 'line', source, filter: POLYGONS, paint: { 'line-color': colour, 'line-width': 1.5 } },
  ];
}

/**
 * The same value for every feature, written as a per-feature expression: MapLibre then draws the
 * circles with the shader program the plan's points already compiled (their colour and ring are
 * per feature), where constants would make it link another one, a main-thread task of about 0.9 s
 * in software WebGL on the first imported point (tests/e2e/importScale.e2e.ts).
 */
const perFeature = <T extends string | number>(v: T): ExpressionSpecification => ['case', ['has', 'i'], v, v] as ExpressionSpecification;

export function importedLayers(source: string, c: Pick<OverlayPalette, 'imported' | 'halo'>): Layers {
  return [
    { id: `${source}-fill`, type: 'fill', source, filter: POLYGONS, paint: { 'fill-color': c.imported, 'fill-opacity': 0.25 } },
    { id: `${source}-line`, type: 'line', source, filter: ['!', POINTS], paint: { 'line-color': c.imported, 'line-width': 2 } },
    {
      id: `${source}-point`,
      type: 'circle',
      source,
      filter: POINTS,
      paint: { 'circle-radius': 5, 'circle-color': perFeature(c.imported), 'circle-stroke-color': perFeature(c.halo), 'circle-stroke-width': perFeature(1.5) },
    },
  ];
}
