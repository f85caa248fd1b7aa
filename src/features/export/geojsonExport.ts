import type { PlanFeature } from '../../core/featureSchema.ts';
import { statusInYear } from '../../core/statusHistory.ts';
import { exportMetadata, type ExportContext, type ExportMetadata } from './exportMetadata.ts';

/** An RFC 7946 FeatureCollection with a `metadata` foreign member (RFC 7946 §6.1). */
export interface GeoJSONExport {
  type: 'FeatureCollection';
  metadata: ExportMetadata;
  features: {
    type: 'Feature';
    /** The feature's `properties.id`, repeated as the RFC 7946 feature identifier. */
    id: string;
    geometry: GeoJSON.Geometry;
    properties: PlanFeature['properties'];
    /**
     * A foreign member (RFC 7946 §6.1): the status as of the end of `metadata.statusAsOfEndOf` (the
     * current one when null), or null when the feature has no record by then. The whole dated history
     * is `properties.statusHistory`.
     */
    statusShown: { status: string; asOf: string } | null;
  }[];
}

/**
 * The filtered features with their full properties, deep-copied (the export never shares objects with the
 * store), plus what the file is: plan, document number, export time and filters. No `crs` member:
 * RFC 7946 GeoJSON is WGS-84 by definition.
 */
export function toGeoJSONExport(features: readonly PlanFeature[], ctx: ExportContext = {}): GeoJSONExport {
  return {
    type: 'FeatureCollection',
    metadata: exportMetadata(ctx, features.length),
    features: features.map((f) => ({
      type: 'Feature',
      id: f.properties.id,
      geometry: structuredClone(f.geometry),
      properties: structuredClone(f.properties),
      statusShown: shownOf(f, ctx.statusYear ?? null),
    })),
  };
}

function shownOf(f: PlanFeature, year: number | null): { status: string; asOf: string } | null {
  const e = statusInYear(f, year);
  return e ? { status: e.status, asOf: e.asOf } : null;
}

/** The export as the text of a `.geojson` file (UTF-8, no BOM: RFC 8259 §8.1 forbids adding one). */
export function geoJSONExportText(features: readonly PlanFeature[], ctx: ExportContext = {}): string {
  return `${JSON.stringify(toGeoJSONExport(features, ctx), null, 2)}\n`;
}

/** Media type of RFC 7946 GeoJSON. */
export const GEOJSON_MEDIA_TYPE = 'application/geo+json';
