/**
 * The longest main-thread tasks of a Chrome trace (the Trace Event Format that CDP `Tracing`
 * returns), each with what ran inside it: pure logic, so scripts/bench/trace.ts stays a driver.
 */

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

/** A CDP `Profiler` CPU profile (times in µs on the trace's clock). */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; parent?: number }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface TaskReport {
  startMs: number;
  durMs: number;
  /** What took most of the task. */
  summary: string;
  /** The task's direct parts, grouped by what they are, longest first (at most 4). */
  inside: { what: string; ms: number }[];
  /** JS functions with the most self time in the task (from the CPU profile), at most 5. */
  hot: { what: string; ms: number }[];
}

const base = (url: unknown) => (typeof url === 'string' && url ? (url.split('?')[0]?.split('/').pop() ?? url) : '');

/** A human name for one trace event (script, function, rendering step, GC), or null for a wrapper. */
export function labelOf(e: TraceEvent): string | null {
  const d = e.args?.data ?? {};
  switch (e.name) {
    case 'FunctionCall':
      // React's scheduler runs renders, commits and effects (the map is created in one) in this.
      if (d.functionName === 'performWorkUntilDeadline') return 'React scheduler (render, commit, effects)';
      return `JS ${(d.functionName as string) || '(anonymous)'} in ${base(d.url) || '?'}`;
    case 'EvaluateScript':
    case 'v8.evaluateModule':
      return `run script ${base(d.url) || '(module)'}`;
    case 'v8.compile':
    case 'v8.compileModule':
    case 'V8.CompileCode':
      return `compile ${base(d.url) || 'script'}`;
    case 'TimerFire':
      return 'timer callback';
    case 'FireAnimationFrame':
      return 'requestAnimationFrame callback (MapLibre render)';
    case 'EventDispatch':
      return `event ${(d.type as string) ?? ''}`.trim();
    case 'RunMicrotasks':
      return 'microtasks (promise callbacks)';
    case 'ParseHTML':
      return 'parse HTML';
    case 'UpdateLayoutTree':
    case 'RecalculateStyles':
      return 'style recalculation';
    case 'Layout':
      return 'layout';
    case 'Paint':
    case 'PrePaint':
    case 'Layerize':
    case 'UpdateLayer':
      return 'paint';
    case 'MajorGC':
    case 'MinorGC':
    case 'V8.GCScavenger':
    case 'V8.GCFinalizeMC':
    case 'BlinkGC.AtomicPhase':
      return 'garbage collection';
    case 'XHRReadyStateChange':
    case 'XHRLoad':
      return 'XHR callback';
    case 'ResourceReceivedData':
    case 'ResourceFinish':
      return 'network data';
    case 'ImageDecodeTask':
    case 'Decode Image':
      return 'image decode';
    default:
      return null;
  }
}

const isTask = (e: TraceEvent) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');

/** The renderer main thread that did most work (the page's, not an about:blank's). */
function mainThread(events: TraceEvent[]): { pid: number; tid: number } | null {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let best: { pid: number; tid: number; busy: number } | null = null;
  for (const m of mains) {
    const busy = events.filter((e) => e.pid === m.pid && e.tid === m.tid && isTask(e)).reduce((s, e) => s + (e.dur ?? 0), 0);
    if (!best || busy > best.busy) best = { pid: m.pid, tid: m.tid, busy };
  }
  return best;
}

/**
 * The `top` longest tasks of the page's main thread that started before `untilMs` (the page's moment of
 * interest), times in ms from the page's navigation start.
 */
export function longestTasks(events: TraceEvent[], top: number, profile?: CpuProfile, untilMs = Infinity): TaskReport[] {
  const main = mainThread(events);
  if (!main) return [];
  const own = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const nav = events.find((e) => e.name === 'navigationStart' && e.pid === main.pid)?.ts ?? own[0]?.ts ?? 0;
  // Outermost tasks only (a ThreadControllerImpl::RunTask wraps a RunTask of the same span).
  // `own` is sorted by start, longest first among equal starts: a task starting inside the last kept one is nested.
  const outer: TraceEvent[] = [];
  let until = -Infinity;
  for (const t of own.filter(isTask)) {
    if (t.ts < until) continue;
    outer.push(t);
    until = t.ts + (t.dur ?? 0);
  }
  const tasks = outer
    .filter((t) => (t.ts - nav) / 1000 < untilMs)
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .slice(0, top);
  const samples = profile ? sampleTimes(profile) : [];
  return tasks.map((t) => {
    const end = t.ts + (t.dur ?? 0);
    // Direct parts: labelled events inside the task that are not inside another labelled part.
    const parts: TraceEvent[] = [];
    let coveredUntil = -Infinity;
    for (const e of own) {
      if (e === t || e.ts < t.ts || e.ts >= end || labelOf(e) === null) continue;
      if (e.ts < coveredUntil) continue;
      parts.push(e);
      coveredUntil = e.ts + (e.dur ?? 0);
    }
    const byWhat = new Map<string, number>();
    for (const p of parts) {
      const what = labelOf(p) as string;
      byWhat.set(what, (byWhat.get(what) ?? 0) + (p.dur ?? 0) / 1000);
    }
    const inside = [...byWhat].map(([what, ms]) => ({ what, ms })).sort((a, b) => b.ms - a.ms).slice(0, 4);
    const self = new Map<string, number>();
    for (const s of samples) {
      if (s.ts < t.ts || s.ts >= end) continue;
      self.set(s.what, (self.get(s.what) ?? 0) + s.ms);
    }
    const hot = [...self].map(([what, ms]) => ({ what, ms })).sort((a, b) => b.ms - a.ms).slice(0, 5);
    const summary = inside[0]?.what ?? (hot[0] ? `JS ${hot[0].what}` : '(no labelled work)');
    return { startMs: (t.ts - nav) / 1000, durMs: (t.dur ?? 0) / 1000, summary, inside, hot };
  });
}

/** Each sample of a CPU profile: when, for how long, in which function (self time). */
function sampleTimes(p: CpuProfile): { ts: number; ms: number; what: string }[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const out: { ts: number; ms: number; what: string }[] = [];
  let ts = p.startTime;
  for (let i = 0; i < p.samples.length; i++) {
    ts += p.timeDeltas[i] ?? 0;
    const next = p.timeDeltas[i + 1] ?? 0;
    const f = byId.get(p.samples[i] as number)?.callFrame;
    if (!f || f.functionName === '(idle)' || f.functionName === '(program)') continue;
    out.push({ ts, ms: next / 1000, what: `${f.functionName || '(anonymous)'} ${base(f.url)}${f.url ? `:${f.lineNumber + 1}` : ''}`.trim() });
  }
  return out;
}
