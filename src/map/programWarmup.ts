/**
 * Links the shader programs the style's layers draw with in the map's first frame, before any tile
 * has data. With software WebGL (SwiftShader, the headless browser here, and any machine
 * without a usable GPU) linking a program waits for the GPU process to finish every frame queued
 * before it: MapLibre links each program in the first frame that draws its layer type, so the label
 * program, whose tiles come a frame late, waited 70–300 ms behind the frames already queued. Linked
 * in the first frame, with no tile drawn yet, the layers' seven took 114 ms together in a trace.
 *
 * MapLibre has no API for this. It uses its internals, pinned to the version in package.json: the
 * painter's program cache (`painter.programCache.getProgram`, keyed as MapLibre keys a layer's
 * program) and a layer's ProgramConfiguration, made by MapLibre's own code (`createBucket`), so the
 * key is the one the draw asks for. If the internals change it does nothing, and the browser test
 * (tests/e2e/viewer.e2e.ts) that requires every program to be linked in one frame fails.
 */
import type { Map as MlMap } from 'maplibre-gl';

interface ProgramConfiguration {
  cacheKey: string;
}
type ConfigurationClass = new (layer: StyleLayer, zoom: number, filterProperties: (p: string) => boolean) => ProgramConfiguration;
interface PossiblyEvaluated {
  constantOr(v: unknown): unknown;
}
/** A layout property's value as MapLibre's worker reads it, for text and icons. */
interface LayoutValue {
  value: { kind: string; value?: unknown };
  parameters?: Record<string, unknown>;
}
interface StyleLayer {
  id: string;
  type: string;
  isHidden(zoom?: number): boolean;
  paint: { get(property: string): unknown };
  layout?: { get(property: string): unknown };
  createBucket?(parameters: Record<string, unknown>): { programConfigurations?: { programConfigurations: Record<string, ProgramConfiguration> } };
}
interface Internals {
  painter?: { programCache?: { getProgram(variant: Record<string, unknown>): unknown } };
  style?: {
    _layers: Record<string, StyleLayer>;
    _order: string[];
    projection?: { shaderVariantName: string; shaderDefine: string; shaderPreludeCode: unknown };
  };
}

/** Whether a symbol layer has text or an icon, as SymbolBucket decides it. */
function has(v: unknown): boolean {
  const p = v as LayoutValue | undefined;
  if (!p?.value) return false;
  return p.value.kind !== 'constant' || !!p.value.value?.toString().length || Object.keys(p.parameters ?? {}).length > 0;
}

/** The program names MapLibre's draw functions ask for a layer (draw_fill, draw_line, draw_circle, draw_symbol, draw_raster); [] for what is not linked here. */
function programNamesOf(layer: StyleLayer): string[] {
  const constant = (p: string) => (layer.paint.get(p) as PossiblyEvaluated | undefined)?.constantOr(1);
  switch (layer.type) {
    case 'fill':
      if (constant('fill-pattern')) return [];
      return layer.paint.get('fill-antialias') ? ['fill', 'fillOutline'] : ['fill'];
    case 'line':
      if (constant('line-pattern') || layer.paint.get('line-gradient')) return [];
      return [constant('line-dasharray') ? 'lineSDF' : 'line'];
    case 'circle':
      return ['circle'];
    case 'symbol':
      // Text only, as SymbolBucket tells text from icons: an icon's program depends on its image.
      return has(layer.layout?.get('text-field')) && !has(layer.layout?.get('icon-image')) ? ['symbolSDF'] : [];
    case 'raster':
      return ['raster'];
    default:
      return [];
  }
}

/**
 * Links the programs of every layer not hidden at all zooms (those shown only deeper too: linked while
 * the map zooms in, they would wait behind the animation's frames); nothing when the internals are not
 * there.
 */
function linkStylePrograms(map: MlMap): void {
  const { painter, style } = map as unknown as Internals;
  const cache = painter?.programCache;
  const projection = style?.projection;
  if (!cache || !style || !projection) return;
  const zoom = Math.floor(map.getZoom());
  // A layer's isHidden() at its own minzoom: hidden at every zoom (visibility none).
  const layers = style._order.map((id) => style._layers[id]).filter((l): l is StyleLayer => !!l && !l.isHidden());
  // MapLibre's ProgramConfiguration class, from a bucket of the first layer that makes one here.
  let Configuration: ConfigurationClass | undefined;
  for (const l of layers) {
    if (l.type === 'symbol' || !l.createBucket) continue;
    const set = l.createBucket({ index: 0, layers: [l], zoom, overscaling: 1, pixelRatio: 1, sourceLayerIndex: 0, sourceID: '' }).programConfigurations;
    const c = set?.programConfigurations[l.id];
    if (c) {
      Configuration = c.constructor as ConfigurationClass;
      break;
    }
  }
  if (!Configuration) return;
  const projectionShaderVariant = { name: projection.shaderVariantName, define: projection.shaderDefine, prelude: projection.shaderPreludeCode };
  const variant = { projectionShaderVariant, showOverdrawInspector: false, useTerrain: !!map.getTerrain(), defines: [] };
  for (const l of layers) {
    const names = programNamesOf(l);
    if (!names.length) continue;
    // A symbol layer's text program is configured by its text properties only (MapLibre's SymbolBucket).
    const configuration = l.type === 'raster' ? null : new Configuration(l, zoom, l.type === 'symbol' ? (p) => p.startsWith('text') : () => true);
    for (const name of names) cache.getProgram({ ...variant, name, programConfiguration: configuration });
  }
  cache.getProgram({ ...variant, name: 'clippingMask', programConfiguration: null });
}

/** After the map's first frame with its style (its layers' paint evaluated), links the style's programs. */
export function linkProgramsAtFirstFrame(map: MlMap): void {
  map.once('style.load', () =>
    map.once('render', () => {
      try {
        linkStylePrograms(map);
      } catch (e) {
        // Only a head start: the draw links what this did not.
        console.warn('programs not linked ahead:', e);
      }
    }),
  );
}
