import type { Map as MlMap, StyleSpecification } from 'maplibre-gl';

/**
 * Knows when the map's style can be changed. `ready` resolves when the style has loaded, and is
 * pending again while the WebGL context is lost (MapLibre drops the style then and rebuilds it on
 * restore), so that what the user changes meanwhile is applied to the rebuilt style instead of
 * throwing on the missing one.
 */
export class StyleReadiness {
  ready: Promise<void>;
  /** Between `webglcontextlost` and the rebuilt style's load: resolves the pending `ready`. */
  private loss: { resolve(): void } | null = null;
  private readonly listeners = new Set<(lost: boolean) => void>();
  private removed = false;

  constructor(
    private readonly map: MlMap,
    private readonly style: StyleSpecification,
    private readonly container: HTMLElement,
  ) {
    // The style has loaded when its JSON is parsed and its layers exist (`style.load`), not when every
    // tile has too (`load`): what is set before then (a step's layers and highlight, a link's filters,
    // the presentation's frame) is then in the first tiles drawn, instead of changing or adding to a
    // map that has just finished loading without it.
    this.ready = new Promise((resolve) => {
      if (map.style?._loaded) resolve();
      else map.once('style.load', () => resolve());
    });
    map.on('webglcontextlost', this.onLost);
    map.on('webglcontextrestored', this.onRestored);
  }

  /** Calls `listener` with true when the context is lost and with false once the map is back; returns the unsubscribe. */
  onChange(listener: (lost: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    this.removed = true;
  }

  private readonly onLost = (): void => {
    if (this.removed) return;
    this.container.setAttribute('data-map-idle', 'false');
    if (this.loss) return;
    let resolve = () => {};
    this.ready = new Promise<void>((r) => (resolve = r));
    this.loss = { resolve };
    for (const l of this.listeners) l(true);
  };

  private readonly onRestored = (): void => {
    if (this.removed) return;
    const map = this.map;
    // MapLibre rebuilds the style it had when the context went; lost before the style had loaded,
    // it has nothing to rebuild and would stay blank: the map's own style is set again.
    if (!map.style) map.setStyle(this.style, { diff: false });
    const done = () => {
      const loss = this.loss;
      // A second loss before the style came back keeps waiting for its own restore.
      if (!loss || this.removed || map.getCanvas().getContext('webgl2')?.isContextLost()) return;
      this.loss = null;
      loss.resolve();
      for (const l of this.listeners) l(false);
    };
    // `_loaded` is what getStyle() checks before serialising the style, without the serialising.
    if (map.style?._loaded) done();
    else map.once('style.load', done);
  };
}
