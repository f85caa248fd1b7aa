import type { LayersList } from '@deck.gl/core';
import { PathLayer, PolygonLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { cometPath, type ArcItem, type DeckScene, type ExtrusionItem, type GraticuleLine } from './scene.ts';

/**
 * The deck.gl layers of the presentation mode. This module imports deck.gl and is itself only ever
 * loaded with `import()`, when the mode opens: the explorer's first screen never fetches it.
 */
export function buildDeckLayers(scene: DeckScene): LayersList {
  const k = scene.pixelScale;
  const layers: LayersList = [];
  if (scene.graticule.length > 0) {
    layers.push(
      new PathLayer<GraticuleLine>({
        id: 'graticule',
        data: scene.graticule,
        getPath: (d) => d.path,
        getColor: [...scene.colours.grid, 90],
        getWidth: 1 * k,
        widthUnits: 'pixels',
      }),
      new TextLayer<GraticuleLine>({
        id: 'graticule-labels',
        data: scene.graticule,
        getPosition: (d) => d.at,
        getText: (d) => d.label,
        characterSet: 'auto',
        getColor: [...scene.colours.gridLabel, 235],
        getSize: 15 * k,
        sizeUnits: 'pixels',
        getTextAnchor: 'start',
        getAlignmentBaseline: 'bottom',
        fontFamily: 'sans-serif',
      }),
    );
  }
  if (scene.extrusion.length > 0) {
    layers.push(
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
    );
  }
  if (scene.arcs.length > 0) {
    const still = scene.phase === null;
    layers.push(
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
    );
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
  }
  return layers;
}
