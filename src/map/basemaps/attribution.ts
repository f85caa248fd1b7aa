import type { AttributionPart } from '../../core/attributionText.ts';
import type { BasemapWords, PresetId } from '../../core/basemapTypes.ts';
import type { BasemapConfig } from '../basemapConfig.ts';
import { checkLink } from '../../core/link/safeLink.ts';
import { presetLabel } from './presets.ts';

/** A provider's own page, as a link only when it passes the one link rule. */
const linked = (text: string, href: string): AttributionPart => (checkLink(href)?.external ? { text, href } : { text });

export { htmlToText } from '../../core/attributionText.ts';

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

/** `底图：<provider> · 审图号：…` for the attribution control: text, with a link only to a provider's own page. */
export function attributionOf(id: PresetId, c: BasemapConfig, providerText: string | null, words: BasemapWords): AttributionPart[] {
  const review = reviewOf(id, c);
  let provider: AttributionPart;
  switch (id) {
    case 'embedded':
      provider = { text: words.embedded };
      break;
    case 'osm':
      provider = linked(words.osm, 'https://www.openstreetmap.org/copyright');
      break;
    case 'tianditu-vec':
    case 'tianditu-img':
      provider = linked(words.tianditu, 'https://www.tianditu.gov.cn/');
      break;
    case 'style':
      provider = { text: c.style.attribution ?? providerText ?? presetLabel(id, c, words) };
      break;
    case 'pmtiles':
      provider = { text: c.pmtiles.attribution ?? providerText ?? presetLabel(id, c, words) };
      break;
  }
  return [{ text: words.prefix }, provider, ...(review ? [{ text: ` · ${words.review}${review}` }] : [])];
}
