import type { Map as MlMap } from 'maplibre-gl';
// Types only: deck.gl itself is fetched by attach(), never with the first screen.
import type { LayersList } from '@deck.gl/core';
import type { MapLibreOverlay } from '@deck.gl/maplibre';

/** What the overlay's luma.gl device is to the host: the canvas context it must release (remove). */
interface DeckDevice {
  canvasContext: { canvas: unknown; destroy(): void } | null;
}

/**
 * The deck.gl overlay, its canvas once loaded (for its context loss), its device once created and,
 * until then, the promise of that device (see `pendingDevice`).
 */
interface DeckEntry {
  overlay: MapLibreOverlay;
  canvas: HTMLCanvasElement | null;
  device: DeckDevice | null;
  pending: PromiseLike<DeckDevice | null | undefined> | null;
}

/**
 * The luma.gl device deck.gl is still creating for an overlay just added to its map, or null.
 *
 * deck.gl 9.4 creates it asynchronously: the Deck constructor (@deck.gl/core dist/lib/deck.js,
 * `deviceOrPromise = this._createDevice(props)` then `this._createAnimationLoop(deviceOrPromise)`)
 * hands luma.gl's `AnimationLoop` the promise of `luma.createDevice` as its `device` prop. If the
 * overlay is removed before it resolves, `Deck.finalize()` stops that loop and `AnimationLoop.start()`
 * returns before `onInitialize` (@luma.gl/engine animation-loop.js: `if (!this._running) return
 * null`), so `Deck._setDevice` and our `onDeviceInitialized` never see the device: deck.gl's own
 * comment in `_createDevice` says "asynchronous device creation could happen after finalize() is
 * called". The device then keeps its WebGL context and its canvas observers for the page's life.
 * MapLibreOverlay builds its Deck synchronously in `onAdd` (`_onAddOverlaid`, as `_deck`), so right
 * after `map.addControl` that promise is `overlay._deck.animationLoop.props.device`. Both fields are
 * private: if a deck.gl update renames them this returns null and the resilience browser test (a
 * presentation left before the device arrives) fails.
 */
function pendingDevice(overlay: MapLibreOverlay): PromiseLike<DeckDevice | null | undefined> | null {
  type Loop = { props?: { device?: unknown } };
  const loop = (overlay as unknown as { _deck?: { animationLoop?: Loop | null } })._deck?.animationLoop;
  const device = loop?.props?.device as PromiseLike<DeckDevice> | DeckDevice | undefined;
  return device && 'then' in device && typeof device.then === 'function' ? device : null;
}

/**
 * Frees a device's WebGL context. deck.gl 9.4's finalize leaves the resize and pixel-ratio observers
 * of its canvas running (visgl/deck.gl#10355): a matchMedia listener then holds the overlay, the
 * controller and its whole map for as long as the page lives. Stopping them is what the finalize
 * omits. Browsers keep only a few WebGL contexts alive: with `loseContext`, free this one now rather
 * than at garbage collection.
 */
function freeDevice(device: DeckDevice | null, canvas: HTMLCanvasElement | null, loseContext: boolean): void {
  const surface = device?.canvasContext;
  surface?.destroy();
  const c = canvas ?? (surface?.canvas instanceof HTMLCanvasElement ? surface.canvas : null);
  if (loseContext) c?.getContext('webgl2')?.getExtension('WEBGL_lose_context')?.loseContext();
}

/** New instances of the same deck.gl layers (same props), for a new Deck. */
function cloneLayers(layers: LayersList): LayersList {
  return layers.map((l) => (Array.isArray(l) ? cloneLayers(l) : l ? (l.clone({}) as typeof l) : l));
}

/**
 * The deck.gl overlay over one map: loads deck.gl on first use (its own chunk), rebuilds the overlay
 * with the same layers when its WebGL context is lost, and frees that context when it goes.
 */
export class DeckOverlayHost {
  private deck: DeckEntry | null = null;
  private module: Promise<typeof import('@deck.gl/maplibre')> | null = null;
  private layers: LayersList = [];
  /** True between attach() and detach(): a lost overlay is then rebuilt. */
  private wanted = false;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private removed = false;

  constructor(
    private readonly map: MlMap,
    private readonly ready: () => Promise<void>,
  ) {}

  /**
   * Lays a `MapLibreOverlay` over the map, overlaid (its own canvas above the map's, labels included:
   * deck layers stay on top, which avoids visgl/deck.gl#10700). Rejects when deck.gl cannot be
   * fetched; a later call tries again.
   */
  async attach(): Promise<void> {
    this.wanted = true;
    await this.ready();
    this.module ??= import('@deck.gl/maplibre');
    let mod: typeof import('@deck.gl/maplibre');
    try {
      mod = await this.module;
    } catch (e) {
      this.module = null;
      throw e;
    }
    if (!this.wanted || this.deck || this.removed) return;
    const entry: DeckEntry = {
      overlay: new mod.MapLibreOverlay({
        interleaved: false,
        // A rebuilt overlay gets fresh layer instances: the lost one's are finalized with it.
        layers: cloneLayers(this.layers),
        // Like the map's: screenshots and the browser tests read the canvas back.
        deviceProps: { webgl: { preserveDrawingBuffer: true } },
        onLoad: () => {
          if (this.deck !== entry) return;
          entry.canvas = entry.overlay.getCanvas();
          entry.canvas?.addEventListener('webglcontextlost', this.onContextLost);
          // How many overlays have had their device and first layers (a rebuild counts one more): what
          // a test waits for before touching the overlay's canvas, whose context deck.gl creates late.
          const el = this.map.getContainer();
          el.dataset.deckLoads = String(Number(el.dataset.deckLoads ?? '0') + 1);
        },
        onDeviceInitialized: (device: DeckDevice) => {
          entry.device = device;
        },
      }),
      canvas: null,
      device: null,
      pending: null,
    };
    this.deck = entry;
    this.map.addControl(entry.overlay);
    entry.pending = pendingDevice(entry.overlay);
  }

  /** The deck.gl layers to draw (kept while the overlay is rebuilt or not yet loaded). */
  setLayers(layers: LayersList): void {
    this.layers = layers;
    this.deck?.overlay.setProps({ layers });
  }

  /** Removes the overlay and frees its WebGL context; the map itself is untouched. */
  detach(): void {
    this.wanted = false;
    clearTimeout(this.retry);
    this.remove(true);
  }

  /** Before the map is removed: detaches without touching the map's controls afterwards. */
  destroy(): void {
    this.detach();
    this.removed = true;
  }

  private remove(freeContext: boolean): void {
    const d = this.deck;
    if (!d) return;
    this.deck = null;
    d.canvas?.removeEventListener('webglcontextlost', this.onContextLost);
    if (!this.removed) this.map.removeControl(d.overlay);
    if (d.device || !d.pending) {
      freeDevice(d.device, d.canvas, freeContext);
      return;
    }
    // Removed before deck.gl had its device (see pendingDevice): free it when it arrives. A device
    // that arrives is never the overlay's to draw with any more: the finalized Deck drops it.
    d.pending.then(
      (device) => freeDevice(device ?? null, null, true),
      () => undefined,
    );
  }

  private readonly onContextLost = (): void => {
    this.remove(false);
    clearTimeout(this.retry);
    this.retry = setTimeout(() => {
      if (this.wanted && !this.removed) this.attach().catch(() => undefined);
    }, 500);
  };
}
