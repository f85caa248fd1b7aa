#!/usr/bin/env node
/**
 * Copies the README's pictures from the browser tests' screenshots (tests/screenshots, made by
 * `npm test`) into docs/img as JPEGs, re-encoded by Chromium (no image tools needed), so the README
 * shows what the tests saw. Usage: npm test (or the e2e tests), then node scripts/docs/readme-images.mjs
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shots = resolve(root, 'tests/screenshots');
const out = resolve(root, 'docs/img');

/** README picture → screenshot it is made from. */
const PICTURES = {
  'overview.jpg': '03-plan-passage-t5-r7.png',
  'filters-list.jpg': '20-filter-exceeded-list.png',
  'search.jpg': '21-search-ldgy.png',
  'list.jpg': '22-list.png',
  'measure.jpg': '23-measure-polygon.png',
  'life-circles.jpg': '24-life-circles.png',
  'export-a4.jpg': '26-export-a4-150.png',
  'import.jpg': '27-import-valid.png',
  'coverage.jpg': '10-coverage.png',
  'colour-by-kind.jpg': 'readable-01-colour-by-kind.png',
  'clusters.jpg': 'readable-06-district-view.png',
  'status-timeline.jpg': '40-status-timeline-popup.png',
  'phone-first-screen.jpg': 'phone-first-en-360x640-01-start.png',
  'editor.jpg': '70-editor-park-reshaped.png',
  'presentation-frame.jpg': 'present-frame-1920x1080-09-enclave-parks.png',
  'presentation-national.jpg': 'present-frame-1920x1080-10-paired-cooperation.png',
};

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage();
for (const [name, shot] of Object.entries(PICTURES)) {
  const file = resolve(shots, shot);
  if (!existsSync(file)) {
    console.error(`missing ${file}: run the browser tests first`);
    process.exitCode = 1;
    continue;
  }
  const dataUrl = `data:image/png;base64,${readFileSync(file).toString('base64')}`;
  const jpeg = await page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    // Wide pictures are halved: the README shows them at column width anyway.
    const scale = img.width > 1500 ? 0.6 : 1;
    const c = document.createElement('canvas');
    c.width = Math.round(img.width * scale);
    c.height = Math.round(img.height * scale);
    c.getContext('2d').drawImage(img, 0, 0, c.width, c.height);
    return c.toDataURL('image/jpeg', 0.82);
  }, dataUrl);
  const bytes = Buffer.from(jpeg.split(',')[1], 'base64');
  writeFileSync(resolve(out, name), bytes);
  console.log(`docs/img/${name}  ${(bytes.length / 1024).toFixed(0)} KB  ← ${shot}`);
}
await browser.close();
