import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../../../tests/support/project.ts';
import { importFile } from './importClient.ts';
import { bytes, failed, only } from './importTestFiles.ts';

/* A file that is not GeoJSON is told what it is (before: "perhaps GBK" for every binary, a JSON syntax error for text). */
const GIS = repoPath('tests/fixtures/gis');
const buf = (b: Uint8Array) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
const gis = (name: string) => buf(new Uint8Array(readFileSync(`${GIS}/${name}`)));
const refusal = async (input: ArrayBuffer | string) => only(failed(await importFile(input)).errors);

describe('import: the hint names the format found', () => {
  it('a Shapefile’s .shp or .dbf alone: zip them together', async () => {
    expect((await refusal(gis('shp-4550/control.shp'))).zh).toMatch(/Shapefile 的 \.shp.*压缩成 \.zip/);
    expect((await refusal(gis('shp-4529-gbk/control.dbf'))).en).toMatch(/\.dbf attribute table of a Shapefile.*zip/);
  });

  it('UTF-16 without BOM, LE and BE', async () => {
    const text = readFileSync(repoPath('tests/fixtures/import/valid-feature.geojson'), 'utf8');
    const le = new Uint8Array(Buffer.from(text, 'utf16le'));
    const be = le.slice();
    for (let i = 0; i + 1 < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    expect((await refusal(buf(le))).en).toMatch(/UTF-16 \(LE\) without a byte-order mark/);
    expect((await refusal(buf(be))).zh).toMatch(/没有 BOM 的 UTF-16（BE）/);
  });

  it('GeoPackage, DXF, GPX, PDF, Excel: named, with where to go', async () => {
    expect((await refusal(gis('control-4550.gpkg'))).en).toMatch(/GeoPackage.*npm run data:import/);
    expect((await refusal(gis('control-4529.dxf'))).zh).toMatch(/DXF（CAD）/);
    expect((await refusal('<?xml version="1.0"?>\n<gpx version="1.1"><wpt lat="41.1" lon="122.07"/></gpx>')).en).toMatch(/GPX/);
    expect((await refusal(buf(new TextEncoder().encode('%PDF-1.7\n')))).zh).toMatch(/PDF/);
    expect((await refusal(buf(zipSync({ '[Content_Types].xml': new Uint8Array([60]), 'xl/workbook.xml': new Uint8Array([60]) })))).en).toMatch(/Excel/);
  });

  it('GBK text is still told it may be GBK', async () => {
    expect((await refusal(bytes('gbk.geojson'))).en).toMatch(/perhaps GBK/);
  });
});
