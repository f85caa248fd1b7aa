import { describe, expect, it } from 'vitest';
import { labelOf, longestTasks, type CpuProfile, type TraceEvent } from '../../scripts/bench/traceTasks.ts';

const M = (pid: number, tid: number, name: string): TraceEvent => ({ name: 'thread_name', ph: 'M', ts: 0, pid, tid, args: { name } });
const X = (name: string, ts: number, dur: number, data: Record<string, unknown> = {}, tid = 1): TraceEvent => ({ name, ph: 'X', ts, dur, pid: 7, tid, args: { data } });

describe('the longest main-thread tasks of a trace', () => {
  const events: TraceEvent[] = [
    M(7, 1, 'CrRendererMain'),
    M(7, 2, 'DedicatedWorker thread'),
    M(9, 1, 'CrRendererMain'),
    { name: 'navigationStart', ph: 'R', ts: 1_000, pid: 7, tid: 1 },
    // A task wrapped in a ThreadControllerImpl::RunTask of the same span: counted once.
    X('ThreadControllerImpl::RunTask', 10_000, 300_000),
    X('RunTask', 10_000, 300_000),
    X('FireAnimationFrame', 10_100, 250_000),
    X('FunctionCall', 10_200, 200_000, { functionName: 'render', url: 'http://h/app/assets/index-1.js' }),
    X('MajorGC', 270_000, 30_000),
    X('RunTask', 400_000, 80_000),
    X('EvaluateScript', 400_010, 79_000, { url: 'http://h/app/assets/index-1.js' }),
    X('RunTask', 600_000, 20_000),
    // Longer, but on a worker thread and in another renderer with less work.
    X('RunTask', 0, 900_000, {}, 2),
    { ...X('RunTask', 0, 100_000), pid: 9 },
  ];
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: 0 } },
      { id: 2, callFrame: { functionName: 'drawGlyph', url: 'http://h/app/assets/index-1.js', lineNumber: 41 } },
      { id: 3, callFrame: { functionName: '(idle)', url: '', lineNumber: 0 } },
    ],
    startTime: 10_000,
    samples: [2, 2, 2, 3],
    timeDeltas: [1_000, 1_000, 1_000, 1_000],
  };

  it('ranks outermost tasks of the busiest renderer main thread, with their parts and hot functions', () => {
    const [first, second, third, ...rest] = longestTasks(events, 5, profile);
    expect(rest).toEqual([]);
    expect(first?.durMs).toBe(300);
    expect(first?.startMs).toBe(9);
    expect(first?.summary).toBe('requestAnimationFrame callback (MapLibre render)');
    expect(first?.inside.map((p) => p.what)).toEqual(['requestAnimationFrame callback (MapLibre render)', 'garbage collection']);
    expect(first?.hot[0]).toEqual({ what: 'drawGlyph index-1.js:42', ms: 3 });
    expect(second?.summary).toBe('run script index-1.js');
    expect(third?.summary).toBe('(no labelled work)');
  });

  it('names the kinds of work it knows and skips wrappers', () => {
    expect(labelOf(X('EventDispatch', 0, 1, { type: 'click' }))).toBe('event click');
    expect(labelOf(X('RunTask', 0, 1))).toBeNull();
  });
});
