import type { Map as MlMap } from 'maplibre-gl';
import {
  TerraDraw,
  TerraDrawLineStringMode,
  TerraDrawPointMode,
  TerraDrawPolygonMode,
  TerraDrawRenderMode,
  TerraDrawSelectMode,
  type GeoJSONStoreFeatures,
  type HexColor,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import { OVERLAY_RANK, type MapOverlay } from './overlays/MapOverlay.ts';

/**
 * The planners' editor on the one map: terra-draw (with its MapLibre adapter) draws the editable
 * features and does the moving, the vertex editing (drag, insert at a midpoint, delete with a right
 * click), the snapping and the drawing of new points, lines and polygons. Added as an overlay, so the
 * map stays the MapController's; while it is on, it takes the map's clicks (no popups open). Loaded
 * only with the editor's chunk. What the user did comes back through the callbacks; the editor's
 * state (and undo) is the caller's, which puts geometries back with `setGeometry`.
 */

export type EditGeometry = GeoJSON.Point | GeoJSON.LineString | GeoJSON.Polygon;
export type DrawKind = 'point' | 'linestring' | 'polygon';
export type EditMode = 'select' | DrawKind;

export interface EditDrawOptions {
  /** The features that can be edited, by their id. */
  features: { id: string; geometry: EditGeometry }[];
  /** Outlines to snap to but not edit (the district's boundary). */
  outlines: GeoJSON.LineString[];
}

/** What the user did on the drawing. */
export interface EditDrawListener {
  /** A geometry was moved, reshaped or newly drawn (`drawn`: a new feature with a new id). */
  onGeometry(id: string, geometry: EditGeometry, drawn: boolean): void;
  /** The geometry is changing under the pointer (for the live measures). */
  onChanging?(id: string, geometry: EditGeometry): void;
  onSelect(id: string | null): void;
}

const MODE_OF: Record<EditGeometry['type'], DrawKind> = { Point: 'point', LineString: 'linestring', Polygon: 'polygon' };
const COLOUR = { edit: '#c2410c', selected: '#1d4ed8', outline: '#6b7280' } satisfies Record<string, HexColor>;

let drawnCount = 0;

export class EditDraw implements MapOverlay {
  readonly rank = OVERLAY_RANK.editor;
  readonly layerIds: readonly string[] = [];
  private draw: TerraDraw | null = null;
  private readonly o: EditDrawOptions;
  private listener: EditDrawListener | null = null;
  /** The mode asked for (kept until the drawing is ready). */
  private mode: EditMode = 'select';
  private ready = false;
  /** Geometries put back before the drawing was ready (a draft restored before the map loaded): applied once it is. */
  private readonly pending = new Map<string, EditGeometry | null>();
  /** The ids terra-draw refused (invalid or unsupported geometry): not editable here. */
  readonly refused: string[] = [];

  constructor(o: EditDrawOptions) {
    this.o = o;
  }

  /** Who hears what the user does (replaces the one before). */
  listen(listener: EditDrawListener | null): void {
    this.listener = listener;
  }

  onAdd(map: MlMap): void {
    const snap = { toCoordinate: true, toLine: false, toFeature: { filter: () => true, toCoordinate: true, toLine: false } };
    const coordinates = { draggable: true, deletable: true, midpoints: true, snappable: snap };
    const draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map, prefixId: 'editor' }),
      idStrategy: { isValidId: (id) => typeof id === 'string' && id.length > 0, getId: () => `draft-${Date.now().toString(36)}-${++drawnCount}` },
      modes: [
        new TerraDrawSelectMode({
          // Deleting asks first (the editor's button); Escape lets go of the selection.
          keyEvents: { deselect: 'Escape', delete: null, rotate: null, scale: null },
          flags: {
            point: { feature: { draggable: true } },
            linestring: { feature: { draggable: true, coordinates } },
            polygon: { feature: { draggable: true, coordinates } },
          },
          styles: {
            selectedPointColor: COLOUR.selected,
            selectedLineStringColor: COLOUR.selected,
            selectedPolygonColor: COLOUR.selected,
            selectedPolygonOutlineColor: COLOUR.selected,
            selectionPointColor: COLOUR.selected,
            midPointColor: COLOUR.selected,
          },
        }),
        new TerraDrawPointMode({ styles: { pointColor: COLOUR.edit, pointWidth: 6, pointOutlineColor: '#ffffff', pointOutlineWidth: 2 } }),
        new TerraDrawLineStringMode({ snapping: snap, styles: { lineStringColor: COLOUR.edit, lineStringWidth: 3 } }),
        new TerraDrawPolygonMode({ snapping: snap, styles: { fillColor: COLOUR.edit, fillOpacity: 0.15, outlineColor: COLOUR.edit, outlineWidth: 2 } }),
        new TerraDrawRenderMode({ modeName: 'outline', styles: { lineStringColor: COLOUR.outline, lineStringWidth: 1, lineStringOpacity: 0.6 } }),
      ],
    });
    this.draw = draw;
    draw.on('ready', () => {
      const results = draw.addFeatures([
        ...this.o.outlines.map((g, i) => ({ id: `outline-${i}`, type: 'Feature' as const, geometry: g, properties: { mode: 'outline' } })),
        ...this.o.features.map((f) => ({ id: f.id, type: 'Feature' as const, geometry: f.geometry, properties: { mode: MODE_OF[f.geometry.type] } })),
      ]);
      for (const r of results) if (!r.valid && typeof r.id === 'string' && !r.id.startsWith('outline-')) this.refused.push(r.id);
      this.ready = true;
      for (const [id, g] of this.pending) this.setGeometry(id, g);
      this.pending.clear();
      draw.setMode(this.mode);
      map.getContainer().setAttribute('data-editor-ready', 'true');
    });
    draw.start();
    draw.on('finish', (id, ctx) => {
      const f = draw.getSnapshotFeature(id);
      if (!f || typeof id !== 'string') return;
      const drawn = ctx.action === 'draw';
      this.listener?.onGeometry(id, f.geometry as EditGeometry, drawn);
      // A new feature is selected at once so that its form opens.
      if (drawn) {
        this.mode = 'select';
        draw.setMode('select');
        draw.selectFeature(id);
      }
    });
    draw.on('change', (ids, type) => {
      if (type !== 'update' || !this.listener?.onChanging) return;
      for (const id of ids) {
        const f = typeof id === 'string' ? draw.getSnapshotFeature(id) : undefined;
        if (f && !isGuide(f)) this.listener.onChanging(String(id), f.geometry as EditGeometry);
      }
    });
    draw.on('select', (id) => this.listener?.onSelect(String(id)));
    draw.on('deselect', () => this.listener?.onSelect(null));
  }

  onRemove(map: MlMap): void {
    this.draw?.stop();
    this.draw = null;
    this.ready = false;
    map.getContainer().removeAttribute('data-editor-ready');
  }

  /** The map's clicks belong to the editor while it is on (no popups). */
  click(): boolean {
    return true;
  }

  setMode(mode: EditMode): void {
    this.mode = mode;
    if (this.ready) this.draw?.setMode(mode);
  }

  select(id: string | null): void {
    const d = this.draw;
    if (!d) return;
    if (d.getMode() !== 'select') this.setMode('select');
    if (id && d.hasFeature(id)) d.selectFeature(id);
  }

  /** Puts a feature's geometry back (undo, redo, a restored draft); null takes it off the map. */
  setGeometry(id: string, geometry: EditGeometry | null): void {
    const d = this.draw;
    // Not on the map yet, or terra-draw not started: kept until it is (it was once silently dropped).
    if (!d || !this.ready) {
      this.pending.set(id, geometry);
      return;
    }
    const has = d.hasFeature(id);
    if (!geometry) {
      if (has) {
        d.deselectFeature(id);
        d.removeFeatures([id]);
      }
      return;
    }
    if (has && d.getSnapshotFeature(id)?.geometry.type === geometry.type) d.updateFeatureGeometry(id, geometry);
    else {
      if (has) d.removeFeatures([id]);
      d.addFeatures([{ id, type: 'Feature', geometry, properties: { mode: MODE_OF[geometry.type] } }]);
    }
  }

  geometryOf(id: string): EditGeometry | undefined {
    return this.draw?.getSnapshotFeature(id)?.geometry as EditGeometry | undefined;
  }
}

/** terra-draw's own helper points (selection handles, midpoints) are not features. */
function isGuide(f: GeoJSONStoreFeatures): boolean {
  const p = f.properties as Record<string, unknown>;
  return Boolean(p.selectionPoint || p.midPoint || p.coordinatePoint || p.snappingPoint || p.closingPoint);
}
