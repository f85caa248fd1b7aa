import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** The little of the DOM the gate uses: a window to listen on, an element's attribute and its observer. */
const observers = new Set<() => void>();
class FakeObserver {
  constructor(private readonly cb: () => void) {}
  observe() {
    observers.add(this.cb);
  }
  disconnect() {
    observers.delete(this.cb);
  }
}
class FakeElement {
  private readonly attrs = new Map<string, string>();
  getAttribute(k: string) {
    return this.attrs.get(k) ?? null;
  }
  setAttribute(k: string, v: string) {
    this.attrs.set(k, v);
    [...observers].forEach((cb) => cb());
  }
}
vi.stubGlobal('window', new EventTarget());
vi.stubGlobal('MutationObserver', FakeObserver);

type Gate = typeof import('./afterStartup.ts');
let gate: Gate;

beforeEach(async () => {
  vi.resetModules();
  vi.useFakeTimers();
  gate = await import('./afterStartup.ts');
});
afterEach(() => vi.useRealTimers());

const flush = () => Promise.resolve().then(() => Promise.resolve());

describe('the first screen’s gate', () => {
  it('opens when the map element first says it is idle, not before', async () => {
    const el = new FakeElement();
    const off = gate.openAfterFirstIdle(el as unknown as HTMLElement);
    const done = vi.fn();
    void gate.afterStartup().then(done);
    el.setAttribute('data-map-idle', 'false');
    await flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).not.toHaveBeenCalled();
    el.setAttribute('data-map-idle', 'true');
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toHaveBeenCalledOnce();
    off();
    // Later callers run at once.
    const later = vi.fn();
    void gate.afterStartup().then(later);
    await flush();
    expect(later).toHaveBeenCalledOnce();
  });

  it('waits for every map started before the first idle (a presentation opened by link)', async () => {
    const explorer = new FakeElement();
    const present = new FakeElement();
    gate.openAfterFirstIdle(explorer as unknown as HTMLElement);
    const offPresent = gate.openAfterFirstIdle(present as unknown as HTMLElement);
    const done = vi.fn();
    void gate.afterStartup().then(done);
    explorer.setAttribute('data-map-idle', 'true');
    await vi.advanceTimersByTimeAsync(0);
    expect(done).not.toHaveBeenCalled();
    present.setAttribute('data-map-idle', 'true');
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toHaveBeenCalledOnce();
    offPresent();
  });

  it('stops waiting for a map removed before its first idle', async () => {
    const explorer = new FakeElement();
    const present = new FakeElement();
    gate.openAfterFirstIdle(explorer as unknown as HTMLElement);
    const offPresent = gate.openAfterFirstIdle(present as unknown as HTMLElement);
    const done = vi.fn();
    void gate.afterStartup().then(done);
    explorer.setAttribute('data-map-idle', 'true');
    offPresent();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toHaveBeenCalledOnce();
  });

  it('opens at the first interaction', async () => {
    const done = vi.fn();
    void gate.afterStartup().then(done);
    await vi.advanceTimersByTimeAsync(1000);
    expect(done).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('pointerdown'));
    await flush();
    expect(done).toHaveBeenCalledOnce();
  });

  it('opens after the fallback time when the map never gets idle', async () => {
    const done = vi.fn();
    void gate.afterStartup().then(done);
    await vi.advanceTimersByTimeAsync(gate.FALLBACK_MS - 1);
    expect(done).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toHaveBeenCalledOnce();
  });
});
