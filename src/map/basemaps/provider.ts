import type { BasemapConfig } from '../basemapConfig.ts';
import type { Net } from './net.ts';
import type { BasemapDraft } from './types.ts';

export interface PrepareContext {
  config: BasemapConfig;
  net: Net;
  camera: { center: [number, number]; zoom: number };
  /** 1 for the first try of a choice, then 2, 3 … for the retries. */
  attempt: number;
}

/** One kind of basemap: how to build it and prove, with one request, that its server answers now. */
export interface BasemapProvider {
  /** Throws a `BasemapFailure` when the basemap cannot be shown now. */
  prepare(ctx: PrepareContext): Promise<BasemapDraft>;
}
