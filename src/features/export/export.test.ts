import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { featurePropertiesSchema, type PlanFeature } from '../../core/featureSchema.ts';
import { checkGeometry } from '../../core/validateGeo.ts';
import { M2_PER_MU } from '../../core/geometry/measure.ts';
import { CSV_BOM, CSV_COLUMNS, csvCell, csvText, neutraliseFormula, toCsv } from './csvExport.ts';
import { parsePlan } from '../../core/plan/parsePlan.ts';
import { EXPORT_FORMAT_VERSION, exportFileName, PLAN_IDENTITY } from './exportMetadata.ts';
import { geoJSONExportText, toGeoJSONExport } from './geojsonExport.ts';
import {
  formatScaleDistance,
  metersPerCssPixel,
  niceScaleBar,
  paperPixelSize,
  pixelRatioForTarget,
} from './paper.ts';
import { isPng, withPngDpi } from './pngDpi.ts';
import { readPngDpi } from '../../../tests/support/png.ts';
import { repoPath } from '../../../tests/support/project.ts';

const PLAN = { title: '兴隆台区国民经济和社会发展第十四个五年规划纲要', documentNumber: '兴政发〔2021〕9号', issuedOn: '2021-06-16' };
const NOW = new Date('2025-03-04T05:06:07.000Z');

const park = (JSON.parse(readFileSync(repoPath('tests/fixtures/bad-geo/valid.geojson'), 'utf8')) as {
  features: PlanFeature[];
}).features[0] as PlanFeature;

function feature(over: Partial<PlanFeature['properties']>, geometry: GeoJSON.Geometry = park.geometry): PlanFeature {
  return { type: 'Feature', geometry, properties: { ...park.properties, ...over } };
}

/** A small RFC 4180 reader (quoted fields, doubled quotes, CRLF) to read back what was written. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else cell += c;
      i++;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
    i++;
  }
  if (cell !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}

describe('CSV export', () => {
  it('starts with a UTF-8 BOM, has the header row and CRLF line ends', () => {
    const csv = toCsv([park]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('writes one row per feature with status word and slug, measures in m², 亩 and km, and an anchor', () => {
    const f = feature({ declaredAreaM2: 723_000, declaredSource: { ref: 't5-r7', quote: '1084.5亩' }, subdistrict: 'subdistrict-xinghai' });
    const rows = parseCsv(toCsv([f]).slice(1));
    const r = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]?.[i]]));
    expect(r.id).toBe('test-park');
    expect(r.name_zh).toBe('测试公园');
    expect(r.status_zh).toBe('规划');
    expect(r.status).toBe('planned');
    expect(r.statusSource).toBe('表5 第7行 [t5-r7]');
    expect(r.declaredAreaM2).toBe('723000');
    expect(r.declaredAreaMu).toBe('1084.5');
    expect(Number(r.computedAreaM2)).toBeGreaterThan(900_000);
    expect(Number(r.computedAreaMu)).toBeCloseTo(Number(r.computedAreaM2) / M2_PER_MU, 1);
    expect(r.computedLengthKm).toBe('');
    expect(r.subdistrict).toBe('subdistrict-xinghai');
    expect(Number(r.anchorLon)).toBeGreaterThan(122.05);
    expect(Number(r.anchorLat)).toBeGreaterThan(41.08);
    const segment: GeoJSON.Geometry = { type: 'LineString', coordinates: [[122, 41], [122, 41.01]] };
    const line = feature({ id: 'a-line', accuracy: 'surveyed' }, segment);
    const lr = parseCsv(toCsv([line]).slice(1))[1] ?? [];
    expect(lr[CSV_COLUMNS.indexOf('computedLengthKm')]).toBe('1.112');
    expect(lr[CSV_COLUMNS.indexOf('computedAreaM2')]).toBe('');
    expect(lr[CSV_COLUMNS.indexOf('computedSchematic')]).toBe('false');
  });

  it('rounds the measures of schematic geometry to 2 significant figures and flags them', () => {
    const segment: GeoJSON.Geometry = { type: 'LineString', coordinates: [[122, 41], [122, 41.01]] };
    const line = parseCsv(toCsv([feature({ id: 'a-line', accuracy: 'schematic' }, segment)]).slice(1))[1] ?? [];
    expect(line[CSV_COLUMNS.indexOf('computedLengthKm')]).toBe('1.1');
    expect(line[CSV_COLUMNS.indexOf('computedSchematic')]).toBe('true');
    const area = parseCsv(toCsv([feature({ accuracy: 'schematic' })]).slice(1))[1] ?? [];
    const m2 = area[CSV_COLUMNS.indexOf('computedAreaM2')] ?? '';
    expect(m2).toMatch(/^\d\d0+$/);
    expect(area[CSV_COLUMNS.indexOf('computedSchematic')]).toBe('true');
    // A feature with nothing to measure (a point) has no flag.
    const pt = parseCsv(toCsv([feature({}, { type: 'Point', coordinates: [122.05, 41.1] })]).slice(1))[1] ?? [];
    expect(pt[CSV_COLUMNS.indexOf('computedSchematic')]).toBe('');
  });

  it('quotes cells with quotes, commas and newlines (RFC 4180), and reads back exactly', () => {
    const nasty = '他说"好",\r\n然后\n换行';
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('plain')).toBe('plain');
    const f = feature({ name: { zh: nasty, en: 'Comma, "quoted"' } });
    const rows = parseCsv(toCsv([f]).slice(1));
    expect(rows[1]?.[CSV_COLUMNS.indexOf('name_zh')]).toBe(nasty);
    expect(rows[1]?.[CSV_COLUMNS.indexOf('name_en')]).toBe('Comma, "quoted"');
  });

  it('neutralises formulas: = + - @ tab CR (and full-width forms) get a leading apostrophe', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '＝1', '=HYPERLINK("http://x","y")']) {
      expect(neutraliseFormula(s)).toBe(`'${s}`);
    }
    expect(neutraliseFormula('a=1')).toBe('a=1');
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    expect(csvCell('-2')).toBe(`'-2`);
    // Numbers the exporter writes stay numbers.
    expect(csvCell(-2.5)).toBe('-2.5');
    expect(csvCell(Number.NaN)).toBe('');
    const evil = feature({ name: { zh: '=cmd|\' /C calc\'!A0', en: '@evil' } });
    const rows = parseCsv(toCsv([evil]).slice(1));
    expect(rows[1]?.[CSV_COLUMNS.indexOf('name_zh')]).toBe("'=cmd|' /C calc'!A0");
    expect(rows[1]?.[CSV_COLUMNS.indexOf('name_en')]).toBe("'@evil");
  });

  it('writes a row for every feature of the project layers, whatever its geometry', () => {
    const geoDir = repoPath('geo');
    const features = readdirSync(geoDir)
      .filter((f) => f.endsWith('.geojson'))
      .flatMap((f) => (JSON.parse(readFileSync(resolve(geoDir, f), 'utf8')) as { features: PlanFeature[] }).features)
      // A unit with no known place (geometry null) is not on the map, so never in an export.
      .filter((f) => f.geometry !== null);
    expect(features.length).toBeGreaterThan(10);
    const rows = parseCsv(toCsv(features).slice(1));
    expect(rows).toHaveLength(features.length + 1);
    for (const r of rows.slice(1)) {
      expect(r).toHaveLength(CSV_COLUMNS.length);
      // China spans about 73–135° E (cooperation partners lie far from the district).
      expect(Number(r[CSV_COLUMNS.indexOf('anchorLon')])).toBeGreaterThan(70);
      expect(Number(r[CSV_COLUMNS.indexOf('anchorLon')])).toBeLessThan(140);
    }
  });

  it('is never HTML: markup in data stays text', () => {
    const csv = csvText([['<img src=x onerror=alert(1)>']]);
    expect(csv).toBe(`${CSV_BOM}<img src=x onerror=alert(1)>\r\n`);
  });
});

describe('GeoJSON export', () => {
  const features = [park, feature({ id: 'b-point' }, { type: 'Point', coordinates: [122.07, 41.12] })];
  const out = toGeoJSONExport(features, { plan: PLAN, filters: '年份 2023；图层：公园绿地', now: NOW });

  it('is an RFC 7946 FeatureCollection that survives JSON round trip', () => {
    const back = JSON.parse(geoJSONExportText(features, { plan: PLAN, now: NOW })) as Record<string, unknown>;
    expect(back.type).toBe('FeatureCollection');
    expect(back).not.toHaveProperty('crs');
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
    for (const [i, f] of out.features.entries()) {
      expect(f.type).toBe('Feature');
      expect(f.id).toBe(f.properties.id);
      expect(checkGeometry(f.geometry, `features[${i}].geometry`)).toEqual([]);
      // Full properties: the contract still holds on the exported copy.
      expect(featurePropertiesSchema.safeParse(f.properties).success).toBe(true);
    }
  });

  it('carries metadata: title, document number, exported-at time, filters, version', () => {
    expect(out.metadata).toMatchObject({
      formatVersion: EXPORT_FORMAT_VERSION,
      title: PLAN.title,
      planDocumentNumber: '兴政发〔2021〕9号',
      planIssuedOn: '2021-06-16',
      exportedAt: '2025-03-04T05:06:07.000Z',
      filters: '年份 2023；图层：公园绿地',
      featureCount: 2,
      crs: 'WGS-84 (RFC 7946)',
    });
    expect(new Date(out.metadata.exportedAt).toISOString()).toBe(out.metadata.exportedAt);
  });

  it('defaults to the plan read from seeds/ (same identity as parsePlan gives)', () => {
    const planText = readFileSync(repoPath('seeds/000_4eb92d59acbfb362.txt'), 'utf8');
    const plan = parsePlan(planText);
    expect(PLAN_IDENTITY).toEqual({ title: plan.title, documentNumber: plan.documentNumber, issuedOn: plan.issuedOn });
    expect(toGeoJSONExport([]).metadata.planDocumentNumber).toBe('兴政发〔2021〕9号');
  });

  it('copies: changing the export never changes the store', () => {
    const f0 = out.features[0];
    if (!f0) throw new Error('no feature');
    f0.properties.name.zh = 'changed';
    expect(park.properties.name.zh).toBe('测试公园');
  });

  it('names files in ASCII with a time stamp', () => {
    expect(exportFileName('Map PNG', 'png', new Date(2025, 0, 2, 9, 30))).toBe('xinglongtai-plan-map-png-20250102-0930.png');
    expect(exportFileName('学校', '.csv', new Date(2025, 0, 2, 9, 30))).toBe('xinglongtai-plan-export-20250102-0930.csv');
  });
});

describe('paper, print resolution and scale bar', () => {
  it('paper pixel size = mm / 25.4 × dpi', () => {
    expect(paperPixelSize('A4', 300, 'portrait')).toEqual({ width: 2480, height: 3508 });
    expect(paperPixelSize('A4', 300, 'landscape')).toEqual({ width: 3508, height: 2480 });
    expect(paperPixelSize('A4', 150, 'portrait')).toEqual({ width: 1240, height: 1754 });
    expect(paperPixelSize('A4', 200, 'portrait')).toEqual({ width: 1654, height: 2339 });
    expect(paperPixelSize('A3', 300, 'portrait')).toEqual({ width: 3508, height: 4961 });
    expect(paperPixelSize('A3', 150, 'landscape')).toEqual({ width: 2480, height: 1754 });
  });

  it('the map pixel ratio that covers a target without enlarging', () => {
    expect(pixelRatioForTarget({ width: 1000, height: 500 }, { width: 3000, height: 2000 })).toBe(4);
    expect(pixelRatioForTarget({ width: 1000, height: 500 }, { width: 500, height: 200 })).toBe(1);
    expect(() => pixelRatioForTarget({ width: 0, height: 1 }, { width: 1, height: 1 })).toThrow();
  });

  it('round scale bars: 1, 2 or 5 × 10ⁿ, fitting the length', () => {
    expect(niceScaleBar(10, 120)).toEqual({ meters: 1000, pixels: 100, label: '1 km' });
    expect(niceScaleBar(1, 120)).toEqual({ meters: 100, pixels: 100, label: '100 m' });
    expect(niceScaleBar(3, 120).meters).toBe(200);
    expect(niceScaleBar(50, 120).label).toBe('5 km');
    expect(formatScaleDistance(2500)).toBe('2.5 km');
    // MapLibre (512-px tiles) at zoom 12, 41.1° N: about 14.4 m per CSS pixel.
    expect(metersPerCssPixel(41.1, 12)).toBeCloseTo(14.4, 1);
  });
});

/** A minimal valid PNG layout (signature, IHDR, IDAT, IEND); the chunk CRCs are not checked by the code. */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: number[]) => {
    const len = data.length;
    return [len >>> 24, (len >>> 16) & 255, (len >>> 8) & 255, len & 255, ...[...type].map((c) => c.charCodeAt(0)), ...data, 0, 0, 0, 0];
  };
  return new Uint8Array([
    137, 80, 78, 71, 13, 10, 26, 10,
    ...chunk('IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]),
    ...chunk('IDAT', [1, 2, 3]),
    ...chunk('IEND', []),
  ]);
}

describe('PNG print resolution (pHYs)', () => {
  it('writes and reads back the dpi, replacing an earlier value', () => {
    const png = tinyPng();
    expect(isPng(png)).toBe(true);
    expect(readPngDpi(png)).toBeNull();
    const at300 = withPngDpi(png, 300);
    expect(readPngDpi(at300)).toBe(300);
    expect(at300.length).toBe(png.length + 21);
    const at150 = withPngDpi(at300, 150);
    expect(readPngDpi(at150)).toBe(150);
    expect(at150.length).toBe(png.length + 21);
    // The pHYs CRC is right: CRC-32 of "pHYs" + data, as in the PNG spec.
    const crc = new DataView(at300.buffer).getUint32(33 + 17);
    expect(crc).toBe(crc32Reference([...at300.subarray(33 + 4, 33 + 17)]));
    expect(() => withPngDpi(new Uint8Array([1, 2, 3]), 300)).toThrow(/not a PNG/);
  });
});

function crc32Reference(bytes: number[]): number {
  let crc = ~0;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}
