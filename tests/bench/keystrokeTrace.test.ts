import { describe, expect, it } from 'vitest';
import { keystrokeCosts, type TraceEvent } from '../../bench/browser/keystrokeTrace';

const MAIN = { pid: 1, tid: 1 };
const VIZ = { pid: 2, tid: 7 };

function x(name: string, ts: number, dur: number, thread = MAIN, type?: string): TraceEvent {
  return { name, ph: 'X', ts, dur, ...thread, ...(type ? { args: { data: { type } } } : {}) };
}

/** One keystroke at `at` (µs): its task, an unrelated task, idle until the frame, the frame, the swap. */
function keystroke(at: number, taskUs: number, frameAt: number): TraceEvent[] {
  return [
    x('RunTask', at, taskUs),
    x('EventDispatch', at + 10, 100, MAIN, 'keydown'),
    x('EventDispatch', at + 200, taskUs - 300, MAIN, 'keypress'),
    x('EventDispatch', at + 300, 200, MAIN, 'input'),
    x('RunTask', at + taskUs + 500, 1000),
    x('RunTask', frameAt - 20, 3000),
    x('ProxyMain::BeginMainFrame', frameAt, 2900),
    x('Display::DrawAndSwap', frameAt + 4000, 500, VIZ),
  ];
}

describe('keystrokeCosts', () => {
  it('adds the busy time before the frame to the frame up to the swap, leaving out the idle wait for vsync', () => {
    const events: TraceEvent[] = [
      { name: 'thread_name', ph: 'M', ts: 0, ...MAIN, args: { name: 'CrRendererMain' } },
      { name: 'thread_name', ph: 'M', ts: 0, ...VIZ, args: { name: 'VizCompositorThread' } },
      ...keystroke(10_000, 4000, 24_000),
      ...keystroke(40_000, 2000, 55_000),
    ];
    // 4 ms task + 1 ms other task + 4.5 ms from BeginMainFrame to the end of the swap; 10 ms idle left out.
    expect(keystrokeCosts(events)).toEqual([9.5, 7.5]);
  });

  it('leaves out a keystroke whose frame is not in the trace, and a nested RunTask counts once', () => {
    const events: TraceEvent[] = [
      { name: 'thread_name', ph: 'M', ts: 0, ...MAIN, args: { name: 'CrRendererMain' } },
      ...keystroke(10_000, 4000, 24_000),
      x('RunTask', 10_100, 50),
      x('RunTask', 40_000, 1000),
      x('EventDispatch', 40_010, 100, MAIN, 'keydown'),
    ];
    expect(keystrokeCosts(events)).toEqual([9.5]);
  });

  it('finds the renderer by its keydowns when the trace has no thread names', () => {
    expect(keystrokeCosts(keystroke(10_000, 4000, 24_000))).toEqual([9.5]);
  });

  it('gives nothing when no renderer thread dispatched keys', () => {
    expect(keystrokeCosts([x('RunTask', 0, 10)])).toEqual([]);
  });
});
