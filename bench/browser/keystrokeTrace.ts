/**
 * Reads a Chromium trace (CDP Tracing, categories in `keystrokeTraceCategories`)
 * of typing and gives, per keystroke, the work between the key and its pixels
 * on screen: the renderer's busy time from the keydown until the frame that
 * shows the character starts, plus that frame from BeginMainFrame to the
 * display's DrawAndSwap. Idle time spent waiting for the display's next
 * refresh (up to one 16.7 ms vsync interval, the same for any page) is left
 * out; the raw key-to-frame time is measured separately in the page.
 */

export const keystrokeTraceCategories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'cc', 'viz'].join(',');

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
}

interface Span {
  start: number;
  end: number;
}

const INPUT_EVENTS = new Set(['keypress', 'textInput', 'beforeinput', 'input']);

function span(event: TraceEvent): Span {
  return { start: event.ts, end: event.ts + (event.dur ?? 0) };
}

/** The renderer's main thread: the thread that dispatched the most keydowns (its thread_name metadata is not always in the trace). */
function rendererMain(events: readonly TraceEvent[]): string | null {
  const keydowns = new Map<string, number>();
  for (const e of events) {
    if (e.ph === 'X' && e.name === 'EventDispatch' && e.args?.data?.type === 'keydown') {
      const thread = `${e.pid}:${e.tid}`;
      keydowns.set(thread, (keydowns.get(thread) ?? 0) + 1);
    }
  }
  return [...keydowns.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** Top-level tasks only: a RunTask nested in another is part of it. */
function topLevel(tasks: Span[]): Span[] {
  const sorted = [...tasks].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const task of sorted) {
    const last = out[out.length - 1];
    if (last && task.start < last.end) continue;
    out.push(task);
  }
  return out;
}

function containing(tasks: readonly Span[], ts: number): Span | undefined {
  return tasks.find((t) => t.start <= ts && ts <= t.end);
}

/** Milliseconds of work per keystroke, in the order typed; a keystroke whose frame is not in the trace is left out. */
export function keystrokeCosts(events: readonly TraceEvent[]): number[] {
  const main = rendererMain(events);
  if (!main) return [];
  const onMain = (e: TraceEvent) => `${e.pid}:${e.tid}` === main && e.ph === 'X';
  const tasks = topLevel(events.filter((e) => onMain(e) && e.name === 'RunTask').map(span));
  const dispatches = events.filter((e) => onMain(e) && e.name === 'EventDispatch').sort((a, b) => a.ts - b.ts);
  const frames = events.filter((e) => onMain(e) && e.name === 'ProxyMain::BeginMainFrame').map(span).sort((a, b) => a.start - b.start);
  const swaps = events.filter((e) => e.ph === 'X' && e.name === 'Display::DrawAndSwap').map(span).sort((a, b) => a.start - b.start);
  const keydowns = dispatches.filter((e) => e.args?.data?.type === 'keydown');

  const costs: number[] = [];
  keydowns.forEach((keydown, i) => {
    const next = keydowns[i + 1]?.ts ?? Number.POSITIVE_INFINITY;
    const keyTask = containing(tasks, keydown.ts);
    if (!keyTask) return;
    const inputs = dispatches.filter((e) => e.ts > keydown.ts && e.ts < next && INPUT_EVENTS.has(e.args?.data?.type ?? ''));
    const lastInput = inputs[inputs.length - 1];
    const inputEnd = (lastInput ? containing(tasks, lastInput.ts) : keyTask)?.end ?? keyTask.end;
    const frame = frames.find((f) => f.start >= inputEnd);
    if (!frame || frame.start >= next) return;
    const swap = swaps.find((s) => s.start >= frame.start);
    if (!swap) return;
    const busy = tasks.filter((t) => t.start >= keyTask.start && t.end <= frame.start).reduce((sum, t) => sum + (t.end - t.start), 0);
    costs.push((busy + (swap.end - frame.start)) / 1000);
  });
  return costs;
}
