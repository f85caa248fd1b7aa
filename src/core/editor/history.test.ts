import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, createHistory, historyKey, pushHistory, redoHistory, undoHistory } from './history.ts';

describe('edit history', () => {
  it('undoes and redoes in order, and a new change drops what was undone', () => {
    let h = createHistory('a');
    h = pushHistory(h, 'b');
    h = pushHistory(h, 'c');
    expect(canRedo(h)).toBe(false);
    h = undoHistory(h);
    expect(h.present).toBe('b');
    h = undoHistory(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    expect(undoHistory(h)).toBe(h);
    h = redoHistory(h);
    expect(h.present).toBe('b');
    expect(canRedo(h)).toBe(true);
    h = pushHistory(h, 'd');
    expect(canRedo(h)).toBe(false);
    expect(h.past).toEqual(['a', 'b']);
    expect(redoHistory(h)).toBe(h);
  });

  it('ignores pushing the same state and keeps at most `limit` steps', () => {
    const s = { n: 1 };
    const h = createHistory(s);
    expect(pushHistory(h, s)).toBe(h);
    let g = createHistory(0);
    for (let i = 1; i <= 10; i++) g = pushHistory(g, i, 3);
    expect(g.past).toEqual([7, 8, 9]);
    expect(g.present).toBe(10);
  });

  it('reads Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y and ⌘ as undo/redo', () => {
    const k = (key: string, o: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) =>
      historyKey({ key, ctrlKey: false, metaKey: false, shiftKey: false, ...o });
    expect(k('z', { ctrlKey: true })).toBe('undo');
    expect(k('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(k('y', { ctrlKey: true })).toBe('redo');
    expect(k('z', { metaKey: true })).toBe('undo');
    expect(k('z')).toBeNull();
    expect(k('z', { ctrlKey: true, altKey: true })).toBeNull();
    expect(k('x', { ctrlKey: true })).toBeNull();
  });
});
