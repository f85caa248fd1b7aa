import type { CDPSession, Page } from 'playwright-core';

/**
 * Measurements of what a page holds, for the tests that check nothing grows (churn, soak): WebGL
 * contexts, event listeners, the JS heap after garbage collection.
 */

/**
 * An init script that notes every WebGL context the page creates, weakly (a test must not keep a
 * dropped context alive), so that `webglStats` can count those still alive. A context counts as
 * released once it is lost (MapLibre's `remove()` and the deck overlay's detach call `loseContext`)
 * or garbage-collected.
 */
export const WEBGL_TRACKER = `(() => {
  const refs = [];
  const seen = new WeakSet();
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    const ctx = original.call(this, type, ...rest);
    if (ctx && /webgl/.test(String(type)) && !seen.has(ctx)) {
      seen.add(ctx);
      // A wrapper with a property of its own lives as long as its context: V8 may otherwise drop an
      // unmodified wrapper and make a live context look collected.
      ctx.__tracked = true;
      refs.push(new WeakRef(ctx));
    }
    return ctx;
  };
  window.__webgl = {
    stats() {
      let alive = 0;
      let lost = 0;
      let collected = 0;
      for (const r of refs) {
        const c = r.deref();
        if (!c) collected++;
        else if (c.isContextLost()) lost++;
        else alive++;
      }
      return { created: refs.length, alive, lost, collected };
    },
  };
})();`;

export interface WebglStats {
  /** Contexts created since the page opened. */
  created: number;
  /** Contexts neither lost nor garbage-collected: what the page holds now. */
  alive: number;
  lost: number;
  collected: number;
  /** Canvases in the document. */
  canvases: number;
}

export async function webglStats(page: Page): Promise<WebglStats> {
  return page.evaluate(() => {
    const w = window as unknown as { __webgl?: { stats(): Omit<WebglStats, 'canvases'> } };
    if (!w.__webgl) throw new Error('WEBGL_TRACKER was not installed as an init script');
    return { ...w.__webgl.stats(), canvases: document.querySelectorAll('canvas').length };
  });
}

/** Event listeners registered on `window` or `document` (CDP DOMDebugger). */
export async function listenerCount(cdp: CDPSession, expression: 'window' | 'document'): Promise<number> {
  const { result } = await cdp.send('Runtime.evaluate', { expression });
  if (!result.objectId) return -1;
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
  await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  return listeners.length;
}

/** The used JS heap in MB after three full garbage collections (no browser flags needed). */
export async function heapAfterGcMB(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return Math.round((usedSize / 2 ** 20) * 100) / 100;
}

/**
 * Sizes by kind from a heap snapshot, in MB: compiled code (which grows as V8 optimises more of the
 * app, and levels off) and the JS objects (everything but code and Blink's native objects), where a
 * leak of the app's own objects shows.
 */
export async function heapSnapshotSizes(cdp: CDPSession): Promise<{ objectsMB: number; codeMB: number }> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snap = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
  };
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  let objects = 0;
  let code = 0;
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const type = types[snap.nodes[i + typeAt] ?? 0];
    const size = snap.nodes[i + sizeAt] ?? 0;
    if (type === 'code') code += size;
    else if (type !== 'native') objects += size;
  }
  const mb = (b: number) => Math.round((b / 2 ** 20) * 100) / 100;
  return { objectsMB: mb(objects), codeMB: mb(code) };
}

/** Least-squares slope of y over x. */
export function slope(xs: number[], ys: number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * ((ys[i] ?? 0) - my);
    den += (x - mx) ** 2;
  });
  return den === 0 ? 0 : num / den;
}
