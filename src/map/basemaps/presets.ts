import type { BasemapWords, FailureKind, PresetId } from '../../core/basemapTypes.ts';
import type { BasemapConfig } from '../basemapConfig.ts';

/** A preset as the picker lists it. */
export interface PresetInfo {
  id: PresetId;
  label: string;
  /** False when the configuration lacks what the preset needs (a key, a URL). */
  available: boolean;
  /** Why it is not available, for the picker. */
  reason: string | null;
}

/** A configured name wins over the words' for the presets that point at the deployer's own data. */
export function presetLabel(id: PresetId, c: BasemapConfig, words: BasemapWords): string {
  if (id === 'style') return c.style.name ?? words.presets.style;
  if (id === 'pmtiles') return c.pmtiles.name ?? words.presets.pmtiles;
  return words.presets[id];
}

/** The picker's list: the configured presets, those that cannot work marked with the reason. */
export function presetsOf(c: BasemapConfig, words: BasemapWords): PresetInfo[] {
  return c.presets.map((id) => {
    const label = presetLabel(id, c, words);
    if ((id === 'tianditu-vec' || id === 'tianditu-img') && !c.tianditu.key) return { id, label, available: false, reason: words.missingKey };
    if (id === 'style' && !c.style.url) return { id, label, available: false, reason: words.noStyleUrl };
    if (id === 'pmtiles' && !c.pmtiles.url) return { id, label, available: false, reason: words.noPmtilesUrl };
    return { id, label, available: true, reason: null };
  });
}

/** The one message about a failed basemap. */
export function failureMessage(id: PresetId, c: BasemapConfig, f: { kind: FailureKind; status: number | null }, words: BasemapWords): string {
  return words.failure(presetLabel(id, c, words), f.kind, f.status, id === 'tianditu-vec' || id === 'tianditu-img');
}
