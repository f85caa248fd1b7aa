import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderMapAtPixelRatio, type PixelRatioMap } from './renderMapAtPixelRatio.ts';

describe('renderMapAtPixelRatio (with a stand-in map)', () => {
  afterEach(() => vi.unstubAllGlobals());

  function fakeMap(initial: number | null) {
    let override = initial;
    const calls: (number | null)[] = [];
    const canvas = { width: 800, height: 600, clientWidth: 800, clientHeight: 600 };
    let idle: (() => void) | null = null;
    const map: PixelRatioMap = {
      getPixelRatio: () => override ?? 1,
      setPixelRatio(r) {
        calls.push(r);
        override = r;
        canvas.width = 800 * (r ?? 1);
        canvas.height = 600 * (r ?? 1);
      },
      getCanvas: () => canvas as unknown as HTMLCanvasElement,
      once: (_t, l) => (idle = l),
      off: () => (idle = null),
      triggerRepaint: () => setTimeout(() => idle?.(), 0),
      redraw: () => undefined,
    };
    return { map, calls, canvas };
  }

  function stubDocument() {
    const drawn: unknown[] = [];
    vi.stubGlobal('devicePixelRatio', 1);
    vi.stubGlobal('document', {
      createElement: () => ({ width: 0, height: 0, dataset: {} as Record<string, string>, getContext: () => ({ drawImage: (...a: unknown[]) => drawn.push(a) }) }),
    });
    return drawn;
  }

  it('renders at the ratio, copies the canvas, and goes back to following devicePixelRatio', async () => {
    const drawn = stubDocument();
    const { map, calls } = fakeMap(null);
    const out = await renderMapAtPixelRatio(map, 3);
    expect([out.width, out.height]).toEqual([2400, 1800]);
    expect(out.dataset.pixelRatio).toBe('3');
    expect(drawn).toHaveLength(1);
    expect(calls).toEqual([3, null]);
  });

  it('restores a ratio the map had set itself, also when the map never settles', async () => {
    stubDocument();
    const { map, calls } = fakeMap(2);
    map.triggerRepaint = () => undefined;
    await expect(renderMapAtPixelRatio(map, 4, { timeoutMs: 20 })).rejects.toThrow(/did not finish rendering/);
    expect(calls).toEqual([4, 2]);
    await expect(renderMapAtPixelRatio(map, 0)).rejects.toThrow(/invalid pixel ratio/);
  });
});
