/**
 * What the picker loads with `import()` after the first screen: the basemap logic and its Chinese
 * words, in one chunk (the words are a lazy domain, LazyMessages; English comes with the English
 * catalogue). src/map takes the words as an argument, so they are brought together here. The file's
 * name is the chunk's (`basemaps-*.js`, as the bench reports name it).
 */
export { BasemapManager } from '../../map/basemaps.ts';
export { basemap as BASEMAP_ZH } from '../../i18n/zh/basemap.ts';
