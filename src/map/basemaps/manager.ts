import type { BasemapWords, FailureKind, PresetId } from '../../core/basemapTypes.ts';
import type { BasemapConfig } from '../basemapConfig.ts';
import type { AttributionPart } from '../../core/attributionText.ts';
import { attributionOf } from './attribution.ts';
import { embeddedBasemap } from './embedded.ts';
import { browserNet, corsOrNetwork, kindOfStatus, redactKey, type Net } from './net.ts';
import { failureMessage, presetsOf, type PresetInfo } from './presets.ts';
import { prepareBasemap } from './providers.ts';
import { BASEMAP_PREFIX, BasemapFailure, type BasemapDraft, type BasemapHost, type BasemapLayers, type SourceFailure } from './types.ts';

export type BasemapPhase = 'embedded' | 'loading' | 'active' | 'fallback';

export interface BasemapStatus {
  presets: PresetInfo[];
  /** What the user (or the configuration) chose. */
  chosen: PresetId;
  /** What the map draws now. */
  shown: PresetId;
  phase: BasemapPhase;
  /** The one message about the network, or null. */
  message: string | null;
  /** Changes with each new failure (a dismissed message stays dismissed until the next). */
  messageId: number;
  failure: { kind: FailureKind; status: number | null } | null;
}

/** Errors that count as a failed basemap within this window, when some tiles have already loaded. */
const ERROR_WINDOW_MS = 10_000;
const ERRORS_TO_FAIL = 3;
const MAX_RETRY_MS = 300_000;
const WATCH_MS = 1000;
/**
 * A basemap that fails within this time after a retry showed it again (its probe passed, its tiles
 * did not) is the same outage: the back-off goes on doubling and the message keeps its id.
 */
const STABLE_MS = 60_000;

/**
 * Chooses, shows, watches and restores the basemap. One choice at a time; a failure (offline, an
 * HTTP error, a CORS refusal, a timeout) puts the offline base back with one message and keeps
 * trying in the background — at `retrySeconds`, doubling, and at once when the browser says it is
 * online again — until a request succeeds, then shows the chosen basemap again and clears the
 * message. Tile failures of other tile sources (the registry's tile layers) get one message too,
 * and those sources are reloaded when the network returns.
 */
export class BasemapManager {
  private readonly listeners = new Set<(s: BasemapStatus) => void>();
  private s: BasemapStatus;
  private token = 0;
  private attempt = 0;
  private spec: BasemapLayers | null = null;
  private activeAt = 0;
  private lastTileAt = 0;
  private tilesSinceActive = 0;
  private busySince: number | null = null;
  private errorTimes: number[] = [];
  private failing = false;
  /** Since the first failure of the current choice, until the basemap stays up STABLE_MS. */
  private outage = false;
  private retryTimer: unknown = null;
  private retryMs: number;
  private watchTimer: unknown = null;
  private layerTrouble = new Set<string>();
  private layerRetryTimer: unknown = null;
  private readonly off: (() => void)[] = [];
  private destroyed = false;

  constructor(
    private readonly host: BasemapHost,
    private readonly config: BasemapConfig,
    /** The interface language's words (setWords() changes them). */
    private words: BasemapWords,
    private readonly net: Net = browserNet(),
  ) {
    this.retryMs = config.retrySeconds * 1000;
    this.s = {
      presets: presetsOf(config, words),
      chosen: 'embedded',
      shown: 'embedded',
      phase: 'embedded',
      message: null,
      messageId: 0,
      failure: null,
    };
    this.off.push(host.onSourceFailure((f) => this.onSourceFailure(f)));
    this.off.push(host.onSourceTile((id) => this.onSourceTile(id)));
    this.off.push(net.on('online', () => this.onOnline()));
    this.off.push(net.on('offline', () => this.onOffline()));
  }

  get status(): BasemapStatus {
    return this.s;
  }

  subscribe(listener: (s: BasemapStatus) => void): () => void {
    this.listeners.add(listener);
    listener(this.s);
    return () => this.listeners.delete(listener);
  }

  private update(patch: Partial<BasemapStatus>): void {
    this.s = { ...this.s, ...patch };
    for (const l of this.listeners) l(this.s);
  }

  /**
   * Rewords the picker's list, the message and the attribution in another language. A reworded
   * message keeps its id: it is the same message, and a dismissed one stays dismissed.
   */
  setWords(words: BasemapWords): void {
    if (words === this.words || this.destroyed) return;
    const old = this.words;
    this.words = words;
    const m = this.s.message;
    const message = m === null ? null : m === old.layerTiles ? words.layerTiles : this.s.failure ? failureMessage(this.s.chosen, this.config, this.s.failure, words) : m;
    this.update({ presets: presetsOf(this.config, words), message });
    this.host.setBasemapAttribution(this.attributionOf(this.s.shown === 'embedded' ? null : this.spec));
  }

  /** The attribution of a spec (null: the embedded base) in the current words. */
  private attributionOf(spec: BasemapDraft | null): AttributionPart[] {
    return spec ? attributionOf(spec.id, this.config, spec.providerText ?? null, this.words) : attributionOf('embedded', this.config, null, this.words);
  }

  /** The offline base, attributed in the current words. */
  private embedded(): BasemapLayers {
    return { ...embeddedBasemap(), attribution: this.attributionOf(null) };
  }

  /** Shows a preset (the offline base at once; an online one after its server answered). */
  async choose(id: PresetId): Promise<void> {
    if (this.destroyed) return;
    const token = ++this.token;
    this.attempt = 0;
    this.retryMs = this.config.retrySeconds * 1000;
    this.stopRetry();
    this.stopWatch();
    this.failing = false;
    this.outage = false;
    if (id === 'embedded') {
      this.spec = null;
      this.update({ chosen: id, shown: 'embedded', phase: 'embedded', message: this.layerTrouble.size ? this.words.layerTiles : null, failure: null });
      await this.host.setBasemap(this.embedded());
      return;
    }
    // A new choice is a new episode: the previous one's message goes.
    this.update({ chosen: id, phase: 'loading', message: null, failure: null });
    await this.tryShow(token);
  }

  /** Tries the chosen basemap now (the picker's 重试). */
  async retryNow(): Promise<void> {
    if (this.s.phase !== 'fallback') return;
    this.stopRetry();
    await this.tryShow(this.token);
  }

  private async tryShow(token: number): Promise<void> {
    const id = this.s.chosen;
    this.attempt++;
    let draft: BasemapDraft;
    try {
      draft = await prepareBasemap(id, { config: this.config, net: this.net, camera: this.host.getCamera(), attempt: this.attempt });
    } catch (e) {
      if (token !== this.token || this.destroyed) return;
      const f = e instanceof BasemapFailure ? e : new BasemapFailure('invalid', null, String(e));
      await this.fallBack(f.kind, f.status, f.message);
      return;
    }
    if (token !== this.token || this.destroyed) return;
    const spec: BasemapLayers = { ...draft, attribution: this.attributionOf(draft) };
    this.spec = spec;
    this.activeAt = this.net.now();
    this.lastTileAt = 0;
    this.tilesSinceActive = 0;
    this.busySince = null;
    this.errorTimes = [];
    this.failing = false;
    // The back-off is not reset here: a probe that passes says little when the tiles then fail
    // (fallBack decides whether this is still the same outage).
    await this.host.setBasemap(spec);
    if (token !== this.token || this.destroyed) return;
    this.update({ shown: id, phase: 'active', message: this.layerTrouble.size ? this.words.layerTiles : null, failure: null });
    this.startWatch();
  }

  private async fallBack(kind: FailureKind, status: number | null, detail: string): Promise<void> {
    const token = this.token;
    // Still the same outage: a retry failed again, or the basemap a retry showed failed soon after.
    const wasFailing = this.s.phase === 'fallback' || (this.outage && this.net.now() - this.activeAt < STABLE_MS);
    if (!wasFailing) this.retryMs = this.config.retrySeconds * 1000;
    this.outage = true;
    this.stopWatch();
    this.spec = null;
    const message = failureMessage(this.s.chosen, this.config, { kind, status }, this.words);
    // Still the same failure (a retry failed again): the message keeps its id, so it is not shown anew.
    this.update({
      shown: 'embedded',
      phase: 'fallback',
      message,
      messageId: wasFailing ? this.s.messageId : this.s.messageId + 1,
      failure: { kind, status },
    });
    if (!wasFailing) console.warn(`basemap ${this.s.chosen} failed (${kind}${status ? ` ${status}` : ''}): ${redactKey(detail)}`);
    await this.host.setBasemap(this.embedded());
    if (token === this.token && kind !== 'missing-key') this.scheduleRetry();
  }

  private scheduleRetry(): void {
    this.stopRetry();
    const ms = this.retryMs;
    this.retryMs = Math.min(MAX_RETRY_MS, this.retryMs * 2);
    this.retryTimer = this.net.setTimeout(() => {
      this.retryTimer = null;
      if (this.s.phase !== 'fallback' || this.destroyed) return;
      if (!this.net.online()) {
        this.scheduleRetry();
        return;
      }
      void this.tryShow(this.token);
    }, ms);
  }

  private stopRetry(): void {
    if (this.retryTimer !== null) this.net.clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  /** While an online basemap is shown: requests that hang count as a failure after `timeoutSeconds`. */
  private startWatch(): void {
    this.stopWatch();
    const tick = () => {
      this.watchTimer = null;
      if (this.s.phase !== 'active' || !this.spec || this.destroyed) return;
      const now = this.net.now();
      const busy = this.host.sourcesBusy(Object.keys(this.spec.sources));
      if (!busy) this.busySince = null;
      else this.busySince ??= now;
      const limit = this.config.timeoutSeconds * 1000;
      if (this.busySince !== null && now - this.busySince >= limit && now - Math.max(this.lastTileAt, this.activeAt) >= limit) {
        void this.fallBack('timeout', null, `no tile within ${limit} ms`);
        return;
      }
      this.watchTimer = this.net.setTimeout(tick, WATCH_MS);
    };
    this.watchTimer = this.net.setTimeout(tick, WATCH_MS);
  }

  private stopWatch(): void {
    if (this.watchTimer !== null) this.net.clearTimeout(this.watchTimer);
    this.watchTimer = null;
  }

  private isBasemapSource(sourceId: string): boolean {
    return sourceId.startsWith(BASEMAP_PREFIX);
  }

  private onSourceFailure(f: SourceFailure): void {
    if (this.destroyed) return;
    if (!this.isBasemapSource(f.sourceId)) {
      this.onLayerFailure(f);
      return;
    }
    if (this.s.phase !== 'active' || !this.spec || !(f.sourceId in this.spec.sources) || this.failing) return;
    const now = this.net.now();
    this.errorTimes = [...this.errorTimes.filter((t) => now - t < ERROR_WINDOW_MS), now];
    const kind: FailureKind | null = !this.net.online() ? 'offline' : f.status ? kindOfStatus(f.status) : null;
    // One failed tile among loaded ones may be a hiccup; a refused key, no network, nothing loaded
    // yet or several failures in a row are not.
    const decisive = kind === 'offline' || kind === 'refused' || this.tilesSinceActive === 0 || this.errorTimes.length >= ERRORS_TO_FAIL;
    if (!decisive) return;
    this.failing = true;
    const token = this.token;
    const classify = kind ? Promise.resolve(kind) : f.url ? corsOrNetwork(f.url, this.net, this.config.timeoutSeconds * 1000) : Promise.resolve<FailureKind>('network');
    void classify.then((k) => {
      if (token !== this.token || this.s.phase !== 'active') return;
      void this.fallBack(k, f.status, `${f.url ?? f.sourceId}: ${f.message}`);
    });
  }

  private onSourceTile(sourceId: string): void {
    if (this.spec && sourceId in this.spec.sources) {
      this.tilesSinceActive++;
      this.lastTileAt = this.net.now();
    }
    if (this.layerTrouble.delete(sourceId) && this.layerTrouble.size === 0) {
      if (this.layerRetryTimer !== null) this.net.clearTimeout(this.layerRetryTimer);
      this.layerRetryTimer = null;
      if (this.s.message === this.words.layerTiles) this.update({ message: null });
    }
  }

  /** A tile layer of the plan (not a basemap) failed: one message, a reload when the network returns. */
  private onLayerFailure(f: SourceFailure): void {
    const first = this.layerTrouble.size === 0;
    this.layerTrouble.add(f.sourceId);
    if (first) {
      console.warn(`tiles of ${f.sourceId} failed (${f.status ?? 'no status'}): ${f.url ?? ''} ${f.message}`);
      // The basemap's own message, when there is one, says more; it stays.
      if (this.s.message === null) this.update({ message: this.words.layerTiles, messageId: this.s.messageId + 1 });
      this.scheduleLayerRetry(this.config.retrySeconds * 1000);
    }
  }

  private scheduleLayerRetry(ms: number): void {
    if (this.layerRetryTimer !== null) this.net.clearTimeout(this.layerRetryTimer);
    this.layerRetryTimer = this.net.setTimeout(() => {
      this.layerRetryTimer = null;
      if (this.destroyed || this.layerTrouble.size === 0) return;
      if (this.net.online()) this.reloadTroubledLayers();
      this.scheduleLayerRetry(Math.min(MAX_RETRY_MS, ms * 2));
    }, ms);
  }

  private reloadTroubledLayers(): void {
    for (const id of this.layerTrouble) this.host.refreshSource(id);
  }

  private onOnline(): void {
    if (this.destroyed) return;
    if (this.layerTrouble.size) this.reloadTroubledLayers();
    if (this.s.phase === 'fallback' && this.s.failure?.kind !== 'missing-key') {
      this.stopRetry();
      this.retryMs = this.config.retrySeconds * 1000;
      void this.tryShow(this.token);
    }
  }

  private onOffline(): void {
    if (this.destroyed) return;
    if (this.s.phase === 'active' || this.s.phase === 'loading') {
      // A choice still loading ends in its own failure; an active one falls back now.
      if (this.s.phase === 'active') void this.fallBack('offline', null, 'the browser went offline');
    }
  }

  destroy(): void {
    this.destroyed = true;
    this.stopRetry();
    this.stopWatch();
    if (this.layerRetryTimer !== null) this.net.clearTimeout(this.layerRetryTimer);
    for (const f of this.off) f();
    this.listeners.clear();
  }
}
