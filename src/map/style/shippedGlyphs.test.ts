import { readdirSync, readFileSync } from 'node:fs';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { loadTestProject, readRepoJson, repoPath } from '../../../tests/support/project.ts';
import { ideographsOf, isLocalIdeograph, SHIPPED_IDEOGRAPHS, TEXT_FONT } from './glyphs.ts';

/** MapLibre's parse_glyph_pbf.ts border around each glyph's bitmap, in px. */
const BORDER_PX = 3;

type Glyph = { id: number; bitmap?: Uint8Array; width: number; height: number };

/** The glyphs of one range file, read as MapLibre reads them. */
function readRange(file: string): Glyph[] {
  const glyphs: Glyph[] = [];
  new PbfReader(readFileSync(file)).readFields((tag, _, pbf) => {
    if (tag !== 1) return;
    pbf.readMessage((t, __, p) => {
      if (t !== 3) return;
      glyphs.push(
        p.readMessage(
          (gt, g: Glyph, gp) => {
            if (gt === 1) g.id = gp.readVarint();
            else if (gt === 2) g.bitmap = gp.readBytes();
            else if (gt === 3) g.width = gp.readVarint();
            else if (gt === 4) g.height = gp.readVarint();
          },
          { id: -1, width: 0, height: 0 },
        ),
      );
    }, undefined);
  }, undefined);
  return glyphs;
}

/** What the maps label: every feature's names and the presentation frame's place names (as `npm run glyphs` reads them). */
function labelTexts(): string[] {
  const { store } = loadTestProject();
  const names = [...store.byId.values()].flatMap((f) => [f.properties.name.zh, f.properties.name.en]);
  const frame = readRepoJson<{ features: { properties: { name?: unknown } }[] }>('public/frame/presentation-frame.json');
  for (const f of frame.features) if (typeof f.properties.name === 'string') names.push(f.properties.name);
  return names;
}

const DIR = repoPath(`public/glyphs/${TEXT_FONT[0]}`);
const cjkFiles = readdirSync(DIR).filter((f) => /^\d+-\d+\.pbf$/.test(f) && Number(f.split('-')[0]) >= 0x2e80);

describe('the CJK glyphs shipped for the data', () => {
  it('cover every CJK character the maps label, with the vertical forms of their punctuation (else: npm run glyphs)', async () => {
    const texts = labelTexts();
    // MapLibre's own table (not exported by the package; read as `npm run glyphs` reads it).
    const source = repoPath('node_modules/maplibre-gl/src/util/verticalize_punctuation.ts');
    const { verticalizedCharacterMap } = (await import(/* @vite-ignore */ source)) as { verticalizedCharacterMap: Record<string, string> };
    const vertical = texts.flatMap((t) => [...t].map((ch) => verticalizedCharacterMap[ch] ?? ''));
    const needed = ideographsOf([...texts, ...vertical]);
    expect(needed.length).toBeGreaterThan(250);
    const missing = [...needed].filter((ch) => !SHIPPED_IDEOGRAPHS.has(ch.codePointAt(0) ?? 0));
    expect(missing.join(''), 'characters drawn on the main thread; run npm run glyphs').toBe('');
  });

  it('are in the range files, every listed character with a bitmap of its size, and nothing else', () => {
    const inFiles = new Set<number>();
    for (const file of cjkFiles) {
      const start = Number(file.split('-')[0]);
      for (const g of readRange(`${DIR}/${file}`)) {
        expect(Math.floor(g.id / 256) * 256, `${file}: U+${g.id.toString(16)}`).toBe(start);
        expect(g.bitmap?.length, `${file}: U+${g.id.toString(16)}`).toBe((g.width + 2 * BORDER_PX) * (g.height + 2 * BORDER_PX));
        expect(g.width * g.height, `${file}: U+${g.id.toString(16)} has no ink`).toBeGreaterThan(0);
        inFiles.add(g.id);
      }
    }
    expect([...inFiles].sort((a, b) => a - b)).toEqual([...SHIPPED_IDEOGRAPHS].sort((a, b) => a - b));
    expect([...SHIPPED_IDEOGRAPHS].every((cp) => isLocalIdeograph(String.fromCodePoint(cp)))).toBe(true);
  });
});
