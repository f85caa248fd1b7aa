import type { BasemapWords, PresetId } from '../../core/basemapTypes.ts';
import type { BasemapConfig } from '../basemapConfig.ts';
import { presetLabel } from './presets.ts';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Attribution HTML of foreign origin reduced to its text (MapLibre writes attribution as HTML). */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&copy;/gi, '©')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

const link = (href: string, text: string) => `<a href="${href}" target="_blank" rel="noopener">${text}</a>`;

/** The provider's own 审图号, else the map's. */
function reviewOf(id: PresetId, c: BasemapConfig): string | null {
  const own =
    id === 'osm'
      ? c.osm.reviewNumber
      : id === 'tianditu-vec' || id === 'tianditu-img'
        ? c.tianditu.reviewNumber
        : id === 'style'
          ? c.style.reviewNumber
          : id === 'pmtiles'
            ? c.pmtiles.reviewNumber
            : null;
  return own ?? c.reviewNumber;
}

/** `底图：<provider> · 审图号：…` for the attribution control. */
export function attributionOf(id: PresetId, c: BasemapConfig, providerText: string | null, words: BasemapWords): string {
  const review = reviewOf(id, c);
  let provider: string;
  switch (id) {
    case 'embedded':
      provider = escapeHtml(words.embedded);
      break;
    case 'osm':
      provider = link('https://www.openstreetmap.org/copyright', escapeHtml(words.osm));
      break;
    case 'tianditu-vec':
    case 'tianditu-img':
      provider = link('https://www.tianditu.gov.cn/', escapeHtml(words.tianditu));
      break;
    case 'style':
      provider = escapeHtml(c.style.attribution ?? providerText ?? presetLabel(id, c, words));
      break;
    case 'pmtiles':
      provider = escapeHtml(c.pmtiles.attribution ?? providerText ?? presetLabel(id, c, words));
      break;
  }
  return `${words.prefix}${provider}${review ? ` · ${words.review}${escapeHtml(review)}` : ''}`;
}
