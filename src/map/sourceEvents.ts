import type { ErrorEvent as MlErrorEvent, Map as MlMap, MapSourceDataEvent } from 'maplibre-gl';
import type { SourceFailure } from './basemaps.ts';

type ErrorLike = { message?: string; name?: string; status?: unknown; url?: unknown };

/**
 * What the map's `error` event means for the tile sources: a failure to report, nothing (an aborted
 * request, or a late error of a basemap's source already removed), or an error to log.
 */
export function classifyMapError(
  sourceId: unknown,
  sourceType: string | undefined,
  error: unknown,
  reporting: boolean,
): { kind: 'failure'; failure: SourceFailure } | { kind: 'ignore' } | { kind: 'log' } {
  if (typeof sourceId !== 'string') return { kind: 'log' };
  const err = (error ?? {}) as ErrorLike;
  const tiled = sourceType === 'raster' || sourceType === 'vector' || sourceType === 'raster-dem';
  if (err.name === 'AbortError') return { kind: 'ignore' };
  if (sourceId.startsWith('basemap-') && !tiled) return { kind: 'ignore' };
  if (!tiled || !reporting) return { kind: 'log' };
  const message = err.message ?? String(error);
  const status = typeof err.status === 'number' && err.status > 0 ? err.status : Number(/code:? (\d{3})\b/i.exec(message)?.[1]) || null;
  return { kind: 'failure', failure: { sourceId, status, url: typeof err.url === 'string' ? err.url : null, message } };
}

/**
 * The tile sources' events: a failing tile server fires an error per tile, which goes to the
 * failure listeners (the basemap manager turns them into one message and a fallback); everything
 * else is logged as MapLibre does when nobody listens.
 */
export class SourceEvents {
  private readonly failureListeners = new Set<(f: SourceFailure) => void>();
  private readonly tileListeners = new Set<(sourceId: string) => void>();

  constructor(private readonly map: MlMap) {
    map.on('error', this.onError);
    map.on('sourcedata', this.onSourceData);
  }

  /** Tile and TileJSON failures of tile sources (with the HTTP status when there was one). */
  onFailure(listener: (f: SourceFailure) => void): () => void {
    this.failureListeners.add(listener);
    return () => this.failureListeners.delete(listener);
  }

  /** Called with the source's id whenever one of its tiles arrives. */
  onTile(listener: (sourceId: string) => void): () => void {
    this.tileListeners.add(listener);
    return () => this.tileListeners.delete(listener);
  }

  private readonly onError = (e: MlErrorEvent): void => {
    const sourceId = (e as MlErrorEvent & { sourceId?: unknown }).sourceId;
    const type = typeof sourceId === 'string' ? this.map.getSource(sourceId)?.type : undefined;
    const what = classifyMapError(sourceId, type, e.error, this.failureListeners.size > 0);
    if (what.kind === 'failure') for (const l of this.failureListeners) l(what.failure);
    else if (what.kind === 'log') console.error(e.error);
  };

  private readonly onSourceData = (e: MapSourceDataEvent): void => {
    if (!e.tile || !e.sourceId || !this.tileListeners.size) return;
    for (const l of this.tileListeners) l(e.sourceId);
  };
}
