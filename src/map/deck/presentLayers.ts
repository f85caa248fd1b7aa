import type { LayersList } from '@deck.gl/core';
import { PathLayer, PolygonLayer, ScatterplotLayer } from '@deck.gl/layers';
import { cometPath, type ArcItem, type DeckScene, type ExtrusionItem } from './scene.ts';

/** The step's areas raised to their building heights. */
function extrusionLayers(scene: DeckScene): LayersList {
  return [
    new PolygonLayer<ExtrusionItem>({
      id: 'extrusion',
      data: scene.extrusion,
      getPolygon: (d) => d.polygon,
      extruded: true,
      wireframe: true,
      getElevation: (d) => d.heightM,
      getFillColor: (d) => [...d.color, 165],
      getLineColor: [255, 255, 255, 150],
      material: { ambient: 0.45, diffuse: 0.6, shininess: 24, specularColor: [60, 64, 70] },
    }),
  ];
}

/**
 * The arcs to the places a step links to, their ends, and — unless they stand still (reduced
 * motion) — their bright moving heads.
 */
function arcLayers(scene: DeckScene, k: number): LayersList {
  const still = scene.phase === null;
  const layers: LayersList = [
    new PathLayer<ArcItem>({
      id: 'arcs',
      data: scene.arcs,
      getPath: (d) => d.path,
      getColor: (d) => [...d.color, still ? 235 : 120],
      getWidth: 3.5 * k,
      widthUnits: 'pixels',
      capRounded: true,
      jointRounded: true,
    }),
    new ScatterplotLayer<ArcItem>({
      id: 'arc-ends',
      data: scene.arcs,
      getPosition: (d) => d.target,
      getFillColor: (d) => [...d.color, 255],
      getLineColor: [...scene.colours.ground, 255],
      stroked: true,
      radiusUnits: 'pixels',
      lineWidthUnits: 'pixels',
      getRadius: 7 * k,
      getLineWidth: 2 * k,
    }),
  ];
  if (!still) {
    layers.push(
      new PathLayer<ArcItem>({
        id: 'arc-heads',
        data: scene.arcs,
        getPath: (d) => cometPath(d.path, scene.phase ?? 1),
        getColor: (d) => [...d.color, 255],
        getWidth: 7 * k,
        widthUnits: 'pixels',
        capRounded: true,
        jointRounded: true,
        updateTriggers: { getPath: scene.phase },
      }),
    );
  }
  return layers;
}

/**
 * The deck.gl layers of the presentation mode. This module imports deck.gl and is itself only ever
 * loaded with `import()`, when the mode opens: the explorer's first screen never fetches it.
 */
export function buildDeckLayers(scene: DeckScene): LayersList {
  const k = scene.pixelScale;
  return [
    ...(scene.extrusion.length > 0 ? extrusionLayers(scene) : []),
    ...(scene.arcs.length > 0 ? arcLayers(scene, k) : []),
  ];
}
