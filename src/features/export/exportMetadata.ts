import type { Plan } from '../../core/plan/types.ts';

/** Version of the exported files' shape; bump it when a column or a metadata field changes meaning. */
export const EXPORT_FORMAT_VERSION = 2;

/** What every export says about itself: the plan, when, and which filters made the selection. */
export interface ExportMetadata {
  formatVersion: typeof EXPORT_FORMAT_VERSION;
  /** The plan's title, e.g. 《兴隆台区国民经济和社会发展第十四个五年规划纲要》. */
  title: string;
  /** 兴政发〔2021〕9号 */
  planDocumentNumber: string;
  /** The plan's date of issue (ISO date). */
  planIssuedOn: string;
  /** ISO 8601 time of the export, UTC. */
  exportedAt: string;
  /** The filters in plain words, e.g. "年份 2023；图层：学校与幼儿园". Empty: everything. */
  filters: string;
  featureCount: number;
  /**
   * The statuses shown (CSV status columns, GeoJSON `statusShown`) are as of the end of this year, the
   * time control's; null: the current status (the latest entry of each feature's statusHistory).
   * New in format version 2, with the status history.
   */
  statusAsOfEndOf: number | null;
  /** Coordinates and how exact they are. */
  crs: 'WGS-84 (RFC 7946)';
  accuracyNote: { zh: string; en: string };
}

/** The plan as `parsePlan` reads it from seeds/; used when the caller passes no plan. */
export const PLAN_IDENTITY: Pick<Plan, 'title' | 'documentNumber' | 'issuedOn'> = {
  title: '兴隆台区国民经济和社会发展第十四个五年规划纲要',
  documentNumber: '兴政发〔2021〕9号',
  issuedOn: '2021-06-16',
};

export interface ExportContext {
  /** @default PLAN_IDENTITY (pass the parsed `plan` where it is at hand) */
  plan?: Pick<Plan, 'title' | 'documentNumber' | 'issuedOn'>;
  /** The filters in plain words. @default '' */
  filters?: string;
  /** The time control's year (statuses as of its end). @default null (the current status) */
  statusYear?: number | null;
  /** @default new Date() */
  now?: Date;
}

export const ACCURACY_NOTE = {
  zh: '几何均未经测绘：每个要素的 accuracy 与 geometrySource 说明其精度与来源。accuracy 为 schematic（示意）的要素只示意所在片区，据其算出的数值均为示意（CSV 中已取整，computedSchematic 为 true）。',
  en: 'Nothing here is surveyed: each feature states how exact its geometry is in accuracy and geometrySource. A feature whose accuracy is schematic shows only the part of town; figures computed from it are approximate (rounded in the CSV, where computedSchematic is true).',
} as const;

export function exportMetadata(ctx: ExportContext, featureCount: number): ExportMetadata {
  const plan = ctx.plan ?? PLAN_IDENTITY;
  return {
    formatVersion: EXPORT_FORMAT_VERSION,
    title: plan.title,
    planDocumentNumber: plan.documentNumber,
    planIssuedOn: plan.issuedOn,
    exportedAt: (ctx.now ?? new Date()).toISOString(),
    filters: ctx.filters ?? '',
    featureCount,
    statusAsOfEndOf: ctx.statusYear ?? null,
    crs: 'WGS-84 (RFC 7946)',
    accuracyNote: ACCURACY_NOTE,
  };
}

/** A file name for a download: `xinglongtai-plan-<what>-20250102-0930.<ext>` (local time, ASCII only). */
export function exportFileName(what: string, ext: string, now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}`;
  const slug = what.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'export';
  return `xinglongtai-plan-${slug}-${stamp}.${ext.replace(/^\./, '')}`;
}

/** Starts a download of `blob` as `fileName` (browser only). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled; some browsers read the URL asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
