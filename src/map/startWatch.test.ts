import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Map as MlMap } from 'maplibre-gl';
import { watchStart } from './startWatch.ts';

/** Just the events watchStart listens to. */
function fakeMap() {
  const handlers = new Map<string, ((e?: unknown) => void)[]>();
  const add = (type: string, fn: (e?: unknown) => void) => handlers.set(type, [...(handlers.get(type) ?? []), fn]);
  return {
    map: { on: add, once: add } as unknown as MlMap,
    fire: (type: string, e?: unknown) => handlers.get(type)?.forEach((fn) => fn(e)),
  };
}

describe('watchStart', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const container = { querySelector: () => null } as unknown as HTMLElement;

  it('reports a map that draws nothing within 20 s', () => {
    const { map } = fakeMap();
    const onFail = vi.fn();
    watchStart(map, container, onFail);
    vi.advanceTimersByTime(20_000);
    expect(onFail).toHaveBeenCalledOnce();
  });

  it('reports a worker that cannot load at once', () => {
    const { map, fire } = fakeMap();
    const onFail = vi.fn();
    watchStart(map, container, onFail);
    fire('error', { error: new Error('Failed to load worker script') });
    expect(onFail).toHaveBeenCalledOnce();
  });

  it('never reports a map that started, or one removed before it started', () => {
    for (const event of ['load', 'remove']) {
      const { map, fire } = fakeMap();
      const onFail = vi.fn();
      watchStart(map, container, onFail);
      fire(event);
      vi.advanceTimersByTime(60_000);
      expect(onFail, event).not.toHaveBeenCalled();
      expect(vi.getTimerCount(), `${event}: no timer left to hold the map`).toBe(0);
    }
  });
});
