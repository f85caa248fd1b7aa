import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { LayerEntry, LookColour, LookSize } from '../../core/layerRegistry.ts';
import type { ColourBy, Palette } from '../../core/palette.ts';
import { colourOf, geometryIs, NOT_SCHEMATIC, SCHEMATIC, sizeOf } from './expressions.ts';
import { planLabels, type Lang } from './labels.ts';
import { lineLayer, strokePaint } from './lineLayer.ts';
import { sourceId } from './sources.ts';
import { clustersPoints, ofLayer, POINTS_SOURCE, UNCLUSTERED } from './clusters.ts';

/** Pixels of a known site's status ring when the map is coloured by kind. */
const KIND_RING_WIDTH = 2.5;
/** Pixels of each of a line's two status casings when the map is coloured by kind. */
const KIND_CASING_PX = 2;
/** A schematic (hollow) site's status dot, as a share of its radius, when the map is coloured by kind. */
const KIND_DOT_SHARE = 0.5;
/** The status casing and dot by status: not drawn (the line or ring is the status colour itself). */
const NONE = 'rgba(0,0,0,0)';

const POLYGON = geometryIs('polygon');
const LINE = geometryIs('line');

/**
 * How a plan layer is coloured: `main` for its fills, lines and point fills, `edge` for outlines and
 * point rings. By status both are the look's colours; by kind `main` is the layer's kind colour (where
 * the look says `status` and the layer has a kind) and the edge keeps the status.
 */
export interface Colouring {
  main(c: LookColour): string | ExpressionSpecification;
  edge(c: LookColour): string | ExpressionSpecification;
  byKind: boolean;
  /** The layer has a kind colour: its lines get a status casing and its hollow sites a status dot (seen by kind only). */
  hasKind: boolean;
}

export function colouringOf(l: LayerEntry, p: Palette, colourBy: ColourBy): Colouring {
  const hasKind = l.kind !== undefined && p.kind?.[l.kind] !== undefined;
  const kind = colourBy === 'kind' && l.kind ? p.kind?.[l.kind] : undefined;
  const byKind = kind !== undefined;
  const edge = (c: LookColour) => colourOf(c, p);
  const main = (c: LookColour) => (kind !== undefined && c === 'status' ? kind : colourOf(c, p));
  return { main, edge, byKind, hasKind };
}

/** A plan layer's areas: the fill (which also catches clicks), the known edges and the schematic ones dashed. */
function areaLayers(l: LayerEntry, p: Palette, c: Colouring, visibility: 'visible' | 'none'): LayerSpecification[] {
  const source = sourceId(l.id);
  const { fill, outline, schematicOutline } = l.look;
  const out: LayerSpecification[] = [];
  if (fill) {
    out.push({
      id: `${l.id}-fill`,
      type: 'fill',
      source,
      filter: POLYGON,
      layout: { visibility },
      paint: { 'fill-color': c.main(fill.colour), 'fill-opacity': fill.opacity ?? 1 },
    });
  }
  const edge = { visibility, 'line-join': 'round' } as const;
  if (outline) {
    out.push(lineLayer(l, 'outline', { filter: ['all', POLYGON, NOT_SCHEMATIC], layout: edge, paint: strokePaint(outline, p) }));
  }
  if (schematicOutline) {
    const paint = { ...strokePaint(schematicOutline, p), 'line-dasharray': schematicOutline.dash };
    out.push(lineLayer(l, 'outline-dashed', { filter: ['all', POLYGON, SCHEMATIC], layout: edge, paint }));
  }
  return out;
}

/** A size times `k`, at every zoom stop (a zoom curve cannot be multiplied inside an expression). */
function scaled(w: LookSize, k: number): LookSize {
  return typeof w === 'number' ? w * k : w.map(([z, v]) => [z, v * k] as [number, number]);
}

function lineLayers(l: LayerEntry, p: Palette, c: Colouring, visibility: 'visible' | 'none'): LayerSpecification[] {
  const { line } = l.look;
  if (!line) return [];
  const paint = { ...strokePaint(line, p), 'line-color': c.main(line.colour) };
  const filter: FilterSpecification = line.schematicDash ? ['all', LINE, NOT_SCHEMATIC] : LINE;
  const out: LayerSpecification[] = [];
  // By kind a line is its kind's colour and a thin casing along both its sides carries its status (a
  // gap as wide as the line: a dashed line's gaps stay open); by status the casing is not drawn.
  if (c.hasKind) {
    const casing = { 'line-color': c.byKind ? c.edge(line.colour) : NONE, 'line-width': KIND_CASING_PX, 'line-gap-width': sizeOf(line.width) };
    out.push(lineLayer(l, 'line-status', { filter: LINE, layout: { visibility, 'line-cap': 'round', 'line-join': 'round' }, paint: casing }));
  }
  out.push(lineLayer(l, 'line', { filter, layout: { visibility, 'line-cap': 'round', 'line-join': 'round' }, paint }));
  if (line.schematicDash) {
    const dashed = { ...paint, 'line-dasharray': line.schematicDash };
    out.push(lineLayer(l, 'line-dashed', { filter: ['all', LINE, SCHEMATIC], layout: { visibility, 'line-join': 'round' }, paint: dashed }));
  }
  return out;
}

function pointLayers(l: LayerEntry, p: Palette, c: Colouring, visibility: 'visible' | 'none'): LayerSpecification[] {
  const { point } = l.look;
  if (!point) return [];
  const colour = c.main(point.colour);
  // By kind the ring of a known site carries the status (wide enough to read); a schematic site stays
  // hollow, ringed in its kind colour.
  const ring = c.byKind ? (['case', SCHEMATIC, colour, c.edge(point.colour)] as ExpressionSpecification) : colour;
  const ringWidth = c.byKind ? Math.max(point.strokeWidth, KIND_RING_WIDTH) : point.strokeWidth;
  const radius = sizeOf(point.radius);
  // A clustering layer's points are drawn from the clustered source, where they are not in a cluster.
  const clustered = clustersPoints(l);
  const from = clustered
    ? { source: POINTS_SOURCE, metadata: { layer: l.id } }
    : { source: sourceId(l.id) };
  const only = (f: ExpressionSpecification): FilterSpecification => (clustered ? ['all', ofLayer(l.id), UNCLUSTERED, f] : f);
  // By kind a hollow site's ring is its kind, and a dot at its centre its status (not drawn by status).
  const dot: LayerSpecification[] = c.hasKind
    ? [
        {
          id: `${l.id}-point-status`,
          type: 'circle',
          ...from,
          filter: only(['all', geometryIs('point'), SCHEMATIC]),
          layout: { visibility },
          paint: {
            'circle-radius': sizeOf(scaled(point.radius, KIND_DOT_SHARE)),
            'circle-color': c.byKind ? c.edge(point.colour) : NONE,
          },
        },
      ]
    : [];
  return [
    {
      id: `${l.id}-point`,
      type: 'circle',
      ...from,
      filter: only(geometryIs('point')),
      layout: { visibility },
      paint: {
        'circle-radius': radius,
        // Schematic points are hollow: the site is not known, only the part of town.
        'circle-color': ['case', SCHEMATIC, colourOf(point.hollow, p), colour] as ExpressionSpecification,
        'circle-stroke-color': ring,
        'circle-stroke-width': ['case', SCHEMATIC, point.schematicStrokeWidth, ringWidth],
      },
    },
    ...dot,
  ];
}

/** A plan layer's map layers: each geometry type its draw mode holds, then its labels. */
export function planLayers(l: LayerEntry, p: Palette, lang: Lang, colourBy: ColourBy = 'status'): LayerSpecification[] {
  const visibility = l.visible ? 'visible' : 'none';
  const c = colouringOf(l, p, colourBy);
  const out: LayerSpecification[] = [];
  if (l.draw === 'fill' || l.draw === 'mixed') out.push(...areaLayers(l, p, c, visibility));
  if (l.draw === 'line' || l.draw === 'mixed') out.push(...lineLayers(l, p, c, visibility));
  if (l.draw === 'point' || l.draw === 'mixed') out.push(...pointLayers(l, p, c, visibility));
  if (l.look.label) out.push(...planLabels(l, l.look.label, p, lang));
  return out;
}
