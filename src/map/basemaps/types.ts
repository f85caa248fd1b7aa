import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { AttributionPart } from '../../core/attributionText.ts';
import type { FailureKind, PresetId } from '../../core/basemapTypes.ts';

/** Every source and layer id of a basemap starts with this (the MapController relies on it). */
export const BASEMAP_PREFIX = 'basemap-';

/** What a basemap adds to the map. */
export interface BasemapLayers {
  id: PresetId;
  sources: Record<string, SourceSpecification>;
  /** Bottom to top; inserted together beneath the plan layers. */
  layers: LayerSpecification[];
  /** Hide the project's schematic `base-*` layers (neighbours, rivers, roads) while shown. */
  hideEmbedded: boolean;
  /** The attribution's `底图：…` part: text, and links the code chose (never HTML). */
  attribution: AttributionPart[];
  /** The provider's own attribution text (a style's or an archive's), to reword the attribution in another language. */
  providerText?: string | null;
}

/**
 * A basemap as a provider builds it: everything but the attribution, which is worded in the
 * interface's language by whoever shows it (BasemapManager).
 */
export type BasemapDraft = Omit<BasemapLayers, 'attribution'>;

/** A failed tile or TileJSON request of a source, as the MapController reports it. */
export interface SourceFailure {
  sourceId: string;
  /** HTTP status; null when the request never got one (offline, CORS, DNS). */
  status: number | null;
  url: string | null;
  message: string;
}

/** What the basemaps need from the map (MapController implements it). */
export interface BasemapHost {
  setBasemap(spec: BasemapLayers | null): Promise<void>;
  /** Rewords the attribution's basemap part (a change of language) without touching the layers; null: as at the start. */
  setBasemapAttribution(parts: AttributionPart[] | null): void;
  /** Tile and TileJSON failures of tile sources; returns the unsubscribe. */
  onSourceFailure(listener: (f: SourceFailure) => void): () => void;
  /** A tile of a source arrived; returns the unsubscribe. */
  onSourceTile(listener: (sourceId: string) => void): () => void;
  /** True while any of the sources still waits for tiles. */
  sourcesBusy(sourceIds: readonly string[]): boolean;
  /** Requests a source's tiles again (errored ones included). */
  refreshSource(sourceId: string): void;
  getCamera(): { center: [number, number]; zoom: number };
}

export class BasemapFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly status: number | null = null,
    detail = '',
  ) {
    super(detail || kind);
  }
}
