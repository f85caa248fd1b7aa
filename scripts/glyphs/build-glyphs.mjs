#!/usr/bin/env node
/**
 * Builds the offline SDF glyph set served as the style's `glyphs` URL:
 *
 *   public/glyphs/{fontstack}/{start}-{end}.pbf
 *
 * Latin letters, digits and punctuation in symbol labels are fetched as SDF glyph PBFs, in whole
 * ranges. There is no glyph server
 * offline, so we rasterize them here: headless Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core) draws each code point with @mapbox/tiny-sdf -- the same rasterizer MapLibre uses
 * for local glyphs -- and Node encodes the result with `pbf` following the glyphs proto that
 * MapLibre's `parse_glyph_pbf.ts` reads:
 *
 *   message glyphs    { repeated fontstack stacks = 1; }
 *   message fontstack { required string name = 1; required string range = 2; repeated glyph glyphs = 3; }
 *   message glyph     { required uint32 id = 1; optional bytes bitmap = 2; required uint32 width = 3;
 *                       required uint32 height = 4; required sint32 left = 5; required sint32 top = 6;
 *                       required uint32 advance = 7; }
 *
 * and, for the CJK characters of the data's names (which MapLibre would otherwise draw one by one on
 * the main thread), a file per range holding just those characters, listed in
 * src/map/style/shippedGlyphs.json for src/map/shippedIdeographs.ts.
 *
 * Usage:  npm run glyphs [-- --out <dir>]      (default: public/glyphs; run after names change)
 *
 * Needs /usr/bin/chromium and the fonts-noto-cjk package (apt). Output is deterministic for the same
 * machine, Chromium and fonts; the script prints every file with its size and glyph count.
 */
import {existsSync, readFileSync} from 'node:fs';
import {mkdir, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {PbfReader, PbfWriter} from 'pbf';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The font stack name, as styles reference it in `text-font` and as the directory name. */
export const FONTSTACK = 'Noto Sans Regular';

/** First code point of every 256-code-point range to build. */
// CJK symbols (12288-) and fullwidth forms (65280-) are drawn locally by MapLibre when
// localIdeographFontFamily is set, so shipping them would only add ~260 KB nobody fetches.
export const RANGE_STARTS = [0, 256, 8192];

/**
 * TinySDF parameters of MapLibre's server glyphs (24px em, 3px border = GLYPH_PBF_BORDER in
 * parse_glyph_pbf.ts, radius 8, cutoff 0.25). MapLibre's local glyphs use the same values at 2x.
 */
export const SDF_OPTIONS = {
    fontSize: 24,
    buffer: 3,
    radius: 8,
    cutoff: 0.25,
    fontFamily: '"Noto Sans CJK SC", "Noto Sans", sans-serif',
    fontWeight: '400',
    fontStyle: 'normal'
};

/**
 * MapLibre places a glyph bitmap's top edge at `-(top + border)` below the line's origin, so the
 * baseline of a glyph whose ink rises `glyphTop` px above it lands at `BASELINE_OFFSET` when
 * `top = glyphTop - BASELINE_OFFSET`. MapLibre's local (TinySDF) glyphs use 27.5
 * (`topAdjustment` in glyph_manager.ts), which lines them up at 27.5; a PBF `top` is an integer and
 * Chromium snaps text to whole pixels, so the closest we can get is 0.5 px (in 24 px units) away.
 */
export const BASELINE_OFFSET = 28;

const CHROMIUM_ARGS = [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-gpu'
];

/** Code points that never get a glyph: controls, unassigned, private use, surrogates, line/paragraph separators. */
const NEVER = /^[\p{Cc}\p{Cn}\p{Co}\p{Cs}\p{Zl}\p{Zp}]$/u;
/** Format characters: invisible and nonspacing, as MapLibre treats them when it draws glyphs itself. */
const FORMAT = /^\p{Cf}$/u;
/** Space separators: no ink, but an advance. */
const SPACE = /^\p{Zs}$/u;

/**
 * Code points no installed font covers; Chromium draws the primary font's .notdef box for them.
 * Whatever renders exactly like one of these is a box and is left out.
 */
const TOFU_PROBES = [0x0378, 0xE000, 0x10FFFD];

function parseArgs(argv) {
    const args = {out: join(repoRoot, 'public/glyphs')};
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === '--out') args.out = resolve(argv[++i]);
        else if (argv[i] === '--help' || argv[i] === '-h') {
            console.log('Usage: npm run glyphs [-- --out <dir>]');
            process.exit(0);
        } else throw new Error(`Unknown argument: ${argv[i]}`);
    }
    return args;
}

/**
 * Runs in the page: rasterizes code points with TinySDF and returns plain data.
 * @param {{tinySdfSource: string, options: object, codePoints: number[], probes: number[]}} input
 */
async function rasterizeInPage({tinySdfSource, options, codePoints, probes}) {
    const url = URL.createObjectURL(new Blob([tinySdfSource], {type: 'text/javascript'}));
    const {default: TinySDF} = await import(url);
    URL.revokeObjectURL(url);
    await document.fonts.load(`${options.fontStyle} ${options.fontWeight} ${options.fontSize}px ${options.fontFamily}`);

    const sdf = new TinySDF(options);
    const draw = (cp) => {
        const g = sdf.draw(String.fromCodePoint(cp));
        return {
            id: cp,
            width: g.width,
            height: g.height,
            glyphWidth: g.glyphWidth,
            glyphHeight: g.glyphHeight,
            glyphTop: g.glyphTop + 0, // + 0 turns -0 into 0
            glyphLeft: g.glyphLeft + 0,
            glyphAdvance: g.glyphAdvance,
            data: Array.from(g.data)
        };
    };
    return {
        probes: probes.map(draw),
        glyphs: codePoints.map(draw)
    };
}

const signature = g => JSON.stringify([g.glyphWidth, g.glyphHeight, g.glyphTop, g.glyphLeft, g.glyphAdvance, g.data]);

/** Turns a rasterized code point into a PBF glyph, or null to leave it out. */
function toGlyph(g, tofu) {
    const ch = String.fromCodePoint(g.id);
    const advance = Math.round(g.glyphAdvance);
    const inked = g.glyphWidth > 0 && g.glyphHeight > 0;

    if (inked && tofu.has(signature(g))) return null; // .notdef box
    if (FORMAT.test(ch)) return {id: g.id, width: 0, height: 0, left: 0, top: 0, advance: 0};
    if (SPACE.test(ch)) {
        if (inked || advance <= 0) return null;
        return {id: g.id, width: 0, height: 0, left: 0, top: 0, advance};
    }
    if (!inked) return null; // no glyph in any installed font

    const expected = (g.glyphWidth + 2 * SDF_OPTIONS.buffer) * (g.glyphHeight + 2 * SDF_OPTIONS.buffer);
    if (g.data.length !== expected || g.width * g.height !== expected) {
        throw new Error(`U+${g.id.toString(16)}: bitmap is ${g.data.length} bytes, expected ${expected}`);
    }
    return {
        id: g.id,
        bitmap: Uint8Array.from(g.data),
        width: g.glyphWidth,
        height: g.glyphHeight,
        left: g.glyphLeft,
        top: g.glyphTop - BASELINE_OFFSET,
        advance
    };
}

function writeGlyph(glyph, pbf) {
    pbf.writeVarintField(1, glyph.id);
    if (glyph.bitmap && glyph.bitmap.length) pbf.writeBytesField(2, glyph.bitmap);
    pbf.writeVarintField(3, glyph.width);
    pbf.writeVarintField(4, glyph.height);
    pbf.writeSVarintField(5, glyph.left);
    pbf.writeSVarintField(6, glyph.top);
    pbf.writeVarintField(7, glyph.advance);
}

function encodeRange(name, range, glyphs) {
    const pbf = new PbfWriter();
    pbf.writeMessage(1, (stack, p) => {
        p.writeStringField(1, stack.name);
        p.writeStringField(2, stack.range);
        for (const glyph of stack.glyphs) p.writeMessage(3, writeGlyph, glyph);
    }, {name, range, glyphs});
    return pbf.finish();
}

/** Decodes a PBF the way MapLibre's parse_glyph_pbf.ts does and checks every bitmap's size. */
function verifyRange(buffer, name, range, expectedCount) {
    const stacks = new PbfReader(buffer).readFields((tag, acc, pbf) => {
        if (tag !== 1) return;
        acc.push(pbf.readMessage((t, stack, p) => {
            if (t === 1) stack.name = p.readString();
            else if (t === 2) stack.range = p.readString();
            else if (t === 3) {
                stack.glyphs.push(p.readMessage((gt, g, gp) => {
                    if (gt === 1) g.id = gp.readVarint();
                    else if (gt === 2) g.bitmap = gp.readBytes();
                    else if (gt === 3) g.width = gp.readVarint();
                    else if (gt === 4) g.height = gp.readVarint();
                    else if (gt === 5) g.left = gp.readSVarint();
                    else if (gt === 6) g.top = gp.readSVarint();
                    else if (gt === 7) g.advance = gp.readVarint();
                }, {}));
            }
        }, {glyphs: []}));
    }, []);
    if (stacks.length !== 1 || stacks[0].name !== name || stacks[0].range !== range) {
        throw new Error(`${range}: unexpected fontstack header`);
    }
    if (stacks[0].glyphs.length !== expectedCount) throw new Error(`${range}: glyph count mismatch`);
    for (const g of stacks[0].glyphs) {
        const size = (g.width + 2 * SDF_OPTIONS.buffer) * (g.height + 2 * SDF_OPTIONS.buffer);
        if (g.bitmap && g.bitmap.length !== size) throw new Error(`${range}: U+${g.id.toString(16)} bitmap size mismatch`);
        if (!g.bitmap && (g.width || g.height)) throw new Error(`${range}: U+${g.id.toString(16)} lacks a bitmap`);
    }
}

/**
 * The texts the maps label: every feature's names (the same loader as the build) and the presentation
 * frame's place names.
 */
async function labelTexts() {
    const {loadProject, PLAN_FILE, REGISTRY_FILE} = await import('../../src/data/loadProject.ts');
    const read = (p) => readFileSync(join(repoRoot, p), 'utf8');
    const {store} = loadProject(read(PLAN_FILE), read(REGISTRY_FILE), (id) => {
        const file = join(repoRoot, 'geo', `${id}.geojson`);
        return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    });
    const texts = [...store.byId.values()].flatMap((f) => [f.properties.name.zh, f.properties.name.en]);
    const frame = JSON.parse(read('public/frame/presentation-frame.json'));
    for (const f of frame.features) if (typeof f.properties?.name === 'string') texts.push(f.properties.name);
    return texts;
}

/** Rasterizes `codePoints` in the page and returns the PBF glyphs (boxes and inkless ones left out). */
async function rasterize(page, tinySdfSource, codePoints) {
    const result = await page.evaluate(rasterizeInPage, {tinySdfSource, options: SDF_OPTIONS, codePoints, probes: TOFU_PROBES});
    const tofu = new Set(result.probes.filter(g => g.glyphWidth > 0).map(signature));
    return result.glyphs.map(g => toGlyph(g, tofu)).filter(Boolean).sort((a, b) => a.id - b.id);
}

async function writeRange(outDir, start, glyphs) {
    const range = `${start}-${start + 255}`;
    const buffer = encodeRange(FONTSTACK, range, glyphs);
    verifyRange(buffer, FONTSTACK, range, glyphs.length);
    const file = join(outDir, `${range}.pbf`);
    await writeFile(file, buffer);
    console.log(`${relative(repoRoot, file)}\t${buffer.length} bytes\t${glyphs.length} glyphs`);
    return buffer.length;
}

async function main() {
    const {out} = parseArgs(process.argv.slice(2));
    const tinySdfSource = await readFile(fileURLToPath(import.meta.resolve('@mapbox/tiny-sdf')), 'utf8');
    const outDir = join(out, FONTSTACK);
    await mkdir(outDir, {recursive: true});
    const {ideographsOf} = await import('../../src/map/style/glyphs.ts');
    // A label along a line set upright draws its punctuation in vertical forms (（ as ︵): those too.
    const {verticalizedCharacterMap} = await import(join(repoRoot, 'node_modules/maplibre-gl/src/util/verticalize_punctuation.ts'));
    const texts = await labelTexts();
    const vertical = texts.flatMap((t) => [...t].map((ch) => verticalizedCharacterMap[ch] ?? ''));
    const ideographs = ideographsOf([...texts, ...vertical]);
    /** CJK code points by range start: only the data's characters, not the whole range. */
    const cjkRanges = new Map();
    for (const ch of ideographs) {
        const cp = ch.codePointAt(0);
        const start = Math.floor(cp / 256) * 256;
        if (RANGE_STARTS.includes(start)) throw new Error(`U+${cp.toString(16)} falls in a whole range`);
        cjkRanges.set(start, [...(cjkRanges.get(start) ?? []), cp]);
    }

    const browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS});
    let total = 0;
    const shipped = [];
    try {
        const page = await browser.newPage();
        await page.setContent('<!doctype html><meta charset="utf-8"><title>glyphs</title>');

        console.log(`Font stack "${FONTSTACK}" from ${SDF_OPTIONS.fontFamily}, weight ${SDF_OPTIONS.fontWeight}, ` +
            `${SDF_OPTIONS.fontSize}px, buffer ${SDF_OPTIONS.buffer}, radius ${SDF_OPTIONS.radius}, cutoff ${SDF_OPTIONS.cutoff}`);
        for (const start of RANGE_STARTS) {
            const codePoints = [];
            for (let cp = start; cp <= start + 255; cp++) {
                if (!NEVER.test(String.fromCodePoint(cp))) codePoints.push(cp);
            }
            const glyphs = await rasterize(page, tinySdfSource, codePoints);
            if (start === 0 && !glyphs.some(g => g.id === 0x20 && g.advance > 0)) {
                throw new Error('U+0020 SPACE has no advance; is the font installed?');
            }
            total += await writeRange(outDir, start, glyphs);
        }
        for (const [start, codePoints] of [...cjkRanges].sort((a, b) => a[0] - b[0])) {
            const glyphs = await rasterize(page, tinySdfSource, codePoints);
            if (glyphs.length !== codePoints.length) {
                const missing = codePoints.filter(cp => !glyphs.some(g => g.id === cp));
                throw new Error(`no glyph in ${SDF_OPTIONS.fontFamily} for ${missing.map(cp => String.fromCodePoint(cp)).join('')}`);
            }
            total += await writeRange(outDir, start, glyphs);
            shipped.push(...codePoints);
        }
    } finally {
        await browser.close();
    }
    // Ranges of characters the data no longer uses.
    const keep = new Set([...RANGE_STARTS, ...cjkRanges.keys()].map(s => `${s}-${s + 255}.pbf`));
    for (const name of await readdir(outDir)) {
        if (name.endsWith('.pbf') && !keep.has(name)) {
            await rm(join(outDir, name));
            console.log(`removed ${name}`);
        }
    }
    const chars = String.fromCodePoint(...shipped);
    // The app's list is of what public/glyphs holds; another output folder leaves it alone.
    if (out !== join(repoRoot, 'public/glyphs')) return;
    await writeFile(join(repoRoot, 'src/map/style/shippedGlyphs.json'), JSON.stringify({
        $comment: 'Written by npm run glyphs (scripts/glyphs/build-glyphs.mjs): the CJK characters of the data\'s names shipped as SDF glyphs in public/glyphs. Do not edit.',
        fontstack: FONTSTACK,
        chars
    }, null, 2) + '\n');
    console.log(`${shipped.length} CJK characters in ${cjkRanges.size} ranges; total\t${total} bytes`);
}

main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
});
