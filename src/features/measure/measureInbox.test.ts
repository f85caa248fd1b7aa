import { describe, expect, it } from 'vitest';
import { MeasureInbox, type MeasureInput } from './measureInbox.ts';

const click = (x: number): MeasureInput => ({ kind: 'click', lngLat: [122 + x / 1000, 41.1], point: { x, y: 0 } });

describe('MeasureInbox', () => {
  it('holds the clicks made before the measuring code listens, in order, then passes the rest straight on', () => {
    const inbox = new MeasureInbox();
    inbox.push(click(1));
    inbox.push(click(2));
    const got: MeasureInput[] = [];
    const off = inbox.listen((e) => got.push(e));
    expect(got).toEqual([click(1), click(2)]);
    inbox.push({ kind: 'dblclick' });
    expect(got).toEqual([click(1), click(2), { kind: 'dblclick' }]);
    off();
    inbox.push(click(3));
    expect(got).toHaveLength(3);
    // A new listener gets what came while nobody listened, once.
    const again: MeasureInput[] = [];
    inbox.listen((e) => again.push(e));
    expect(again).toEqual([click(3)]);
  });
});
