/**
 * What the browser tests read of MapLibre's shader programs: an init script that records, for the map
 * exposed as `window[name]`, each program its cache links and in which of the map's frames (the
 * number of `render` events fired before it), and the reader of that record. Hooks the painter's
 * `programCache.getProgram` (MapLibre 6.17); keeps any setter an earlier init script put on the same
 * name (tests/support/glyphs.ts).
 */
export const RECORD_PROGRAM_LINKS = (name: 'planMap' | 'presentMap'): string => `(() => {
  window.__programLinks = [];
  const earlier = Object.getOwnPropertyDescriptor(window, ${JSON.stringify(name)});
  let map;
  Object.defineProperty(window, ${JSON.stringify(name)}, {
    configurable: true,
    get: () => (earlier && earlier.get ? earlier.get() : map),
    set: (value) => {
      map = value;
      if (earlier && earlier.set) earlier.set(value);
      const cache = value && value.painter && value.painter.programCache;
      if (!cache || typeof cache.getProgram !== 'function' || cache.__linksWatched) return;
      cache.__linksWatched = true;
      let frame = 0;
      value.on('render', () => { frame += 1; });
      const own = cache.getProgram;
      cache.getProgram = function (variant) {
        const before = new Set(Object.keys(this.programs));
        const program = own.call(this, variant);
        for (const key of Object.keys(this.programs)) if (!before.has(key)) window.__programLinks.push({ key, frame });
        return program;
      };
    },
  });
})();`;

/** Each program RECORD_PROGRAM_LINKS saw linked, in order: its cache key and the map frame it was linked in. Run in the page. */
export const PROGRAM_LINKS = (): { key: string; frame: number }[] => (window as unknown as { __programLinks?: { key: string; frame: number }[] }).__programLinks ?? [];
