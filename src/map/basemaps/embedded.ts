import type { BasemapProvider } from './provider.ts';
import type { BasemapDraft } from './types.ts';

/** The project's own offline base: nothing to add, the schematic `base-*` layers stay. */
export function embeddedBasemap(): BasemapDraft {
  return { id: 'embedded', sources: {}, layers: [], hideEmbedded: false };
}

export const embeddedProvider: BasemapProvider = {
  prepare: () => Promise.resolve(embeddedBasemap()),
};
