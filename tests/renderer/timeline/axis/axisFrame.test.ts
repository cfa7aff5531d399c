import { describe, expect, it } from 'vitest';
import { prepareAxisData, type AxisItem } from '../../../../renderer/timeline/axis/axisData';
import { OPEN_MIN_PX, OPEN_START_PX, hitTest, layoutFrame, markOf, rowsPerLane, type FrameOptions } from '../../../../renderer/timeline/axis/axisFrame';
import { fitView, timeToX, type AxisView } from '../../../../renderer/timeline/axis/axisScale';
import { DAY, TYPES, dayItem, item, utcDay } from './fixtures';

const OPTIONS: FrameOptions = { width: 1148, labelWidth: 148, axisHeight: 40, laneHeight: 48, selected: -1, hovered: -1, now: utcDay(2022, 6, 1) };
const YEAR_2022: AxisView = { start: utcDay(2022, 1, 1), end: utcDay(2023, 1, 1) };

/** Where a today line off screen would be for a mark clamped to the plot (20px past either edge). */
const plotEdge = (x: number): number => Math.max(-20, Math.min(1020, x));

function frameOf(items: AxisItem[], view: AxisView, options: Partial<FrameOptions> = {}) {
  const data = prepareAxisData(items, TYPES, 'No type', '#888', options.now ?? OPTIONS.now);
  return { data, frame: layoutFrame(data, view, { ...OPTIONS, ...options }) };
}

describe('layoutFrame', () => {
  it('draws a day as a point and a month as a bar at a year zoom, with their fuzziness', () => {
    const { data, frame } = frameOf(
      [
        dayItem('day', 2022, 3, 27, { uncertain: true }),
        item('month', utcDay(2022, 7, 1), utcDay(2022, 8, 1) - 1, { approximate: true }),
        item('open', utcDay(2022, 10, 1), 1e300, { openEnd: true, typeId: 'warning' }),
      ],
      YEAR_2022,
    );
    const day = markOf(frame, data.byId.get('day') as number);
    const month = markOf(frame, data.byId.get('month') as number);
    const open = markOf(frame, data.byId.get('open') as number);
    expect(day).toMatchObject({ point: true, uncertain: true, approximate: false, label: 'Title day' });
    expect(month).toMatchObject({ point: false, approximate: true });
    expect((month?.x2 ?? 0) - (month?.x1 ?? 0)).toBeCloseTo((31 / 365) * 1000, 0);
    // Open from after today: a short bar fading out, not a run into the future.
    expect(open).toMatchObject({ point: false, fadeEnd: true, fadeStart: false });
    expect((open?.x2 ?? 0) - (open?.x1 ?? 0)).toBeCloseTo(OPEN_MIN_PX, 5);
    expect(frame.todayX).toBeCloseTo((151 / 365) * 1000, 0);
  });

  it('draws an open end from its start to today, fading out there, at every zoom', () => {
    const now = utcDay(2024, 5, 1);
    const data = prepareAxisData([item('open', utcDay(1953, 7, 27), 1e300, { openEnd: true })], TYPES, 'No type', '#888', now);
    const open = data.byId.get('open') as number;
    const views: AxisView[] = [
      fitView(data.extent, now),
      { start: utcDay(1950, 1, 1), end: utcDay(1960, 1, 1) },
      { start: utcDay(2000, 1, 1), end: utcDay(2030, 1, 1) },
      { start: utcDay(2024, 1, 1), end: utcDay(2025, 1, 1) },
      { start: utcDay(1900, 1, 1), end: utcDay(2100, 1, 1) },
    ];
    for (const view of views) {
      const frame = layoutFrame(data, view, { ...OPTIONS, now });
      const mark = markOf(frame, open);
      const startX = timeToX(view, 1000, utcDay(1953, 7, 27));
      const nowX = timeToX(view, 1000, now);
      expect(mark, JSON.stringify(view)).toMatchObject({ point: false, fadeEnd: true, fadeStart: false });
      expect(mark?.x1).toBeCloseTo(Math.max(startX, -20), 5);
      expect(mark?.x2).toBeCloseTo(Math.min(nowX, 1020), 5);
      // Never past the today line into the future.
      expect(mark?.x2).toBeLessThanOrEqual((frame.todayX ?? plotEdge(nowX)) + 1e-6);
    }
    // Fit all shows the whole of it: from its start to today.
    const fitted = fitView(data.extent, now);
    expect(fitted.start).toBeLessThan(utcDay(1953, 7, 27));
    expect(fitted.end).toBeGreaterThan(now);
    const frame = layoutFrame(data, fitted, { ...OPTIONS, now });
    expect(frame.todayX).not.toBeNull();
    expect((markOf(frame, open)?.x2 ?? 0) - (markOf(frame, open)?.x1 ?? 0)).toBeGreaterThan(800);
  });

  it('fades an open start in just before its end, the same length at every zoom', () => {
    const now = utcDay(2024, 5, 1);
    const end = utcDay(1940, 1, 1);
    const data = prepareAxisData([item('before', -1e300, end + DAY - 1, { openStart: true })], TYPES, 'No type', '#888', now);
    const before = data.byId.get('before') as number;
    for (const view of [fitView(data.extent, now), { start: utcDay(1939, 1, 1), end: utcDay(1941, 1, 1) }, { start: utcDay(1900, 1, 1), end: utcDay(2000, 1, 1) }]) {
      const mark = markOf(layoutFrame(data, view, { ...OPTIONS, now }), before);
      expect(mark).toMatchObject({ point: false, fadeStart: true, fadeEnd: false });
      expect(mark?.x2).toBeCloseTo(timeToX(view, 1000, end + DAY - 1), 5);
      expect((mark?.x2 ?? 0) - (mark?.x1 ?? 0)).toBeGreaterThanOrEqual(OPEN_START_PX - 1e-6);
    }
  });

  it('stacks events that overlap into rows, and shows density once they no longer fit', () => {
    const rows = rowsPerLane(OPTIONS.laneHeight);
    const few = Array.from({ length: rows }, (_, i) => dayItem(`s${i}`, 2022, 6, 1));
    const stacked = frameOf(few, YEAR_2022).frame.lanes[0];
    expect(stacked?.marks?.map((m) => m.y)).toHaveLength(rows);
    expect(new Set(stacked?.marks?.map((m) => m.y)).size).toBe(rows);

    const many = Array.from({ length: rows + 1 }, (_, i) => dayItem(`s${i}`, 2022, 6, 1));
    const dense = frameOf(many, YEAR_2022).frame.lanes[0];
    expect(dense?.marks).toBeNull();
    expect(dense?.density?.counts.reduce((a, b) => a + b, 0)).toBe(rows + 1);
    expect(dense?.visible).toBe(rows + 1);
  });

  it('aggregates 100,000 events into per-pixel counts that add up to the events starting in view', () => {
    const items: AxisItem[] = [];
    for (let i = 0; i < 100_000; i += 1) items.push(dayItem(`e${i}`, 2000 + (i % 30), 1 + (i % 12), 1 + (i % 28), { typeId: i % 3 ? 'summit' : 'warning' }));
    const view = { start: utcDay(2005, 1, 1), end: utcDay(2010, 1, 1) };
    const { data, frame } = frameOf(items, view);
    let inView = 0;
    for (let i = 0; i < data.count; i += 1) if ((data.earliest[i] as number) >= view.start && (data.earliest[i] as number) < view.end) inView += 1;
    const counted = frame.lanes.reduce((sum, lane) => sum + (lane.density?.counts.reduce((a, b) => a + b, 0) ?? 0), 0);
    expect(counted).toBe(inView);
    expect(frame.densityMax).toBe(Math.max(...frame.lanes.map((l) => l.density?.max ?? 0)));
  });

  it('hits the mark under the pointer, a dense bucket, or nothing in the label column', () => {
    const { data, frame } = frameOf([dayItem('a', 2022, 6, 1), dayItem('b', 2022, 9, 1, { typeId: 'warning' })], YEAR_2022);
    const b = markOf(frame, data.byId.get('b') as number);
    if (!b) throw new Error('b not drawn');
    expect(hitTest(frame, OPTIONS.labelWidth + (b.x1 + b.x2) / 2, b.y + b.height / 2)).toEqual({ kind: 'item', index: data.byId.get('b') });
    expect(hitTest(frame, 40, b.y)).toBeNull();
    expect(hitTest(frame, OPTIONS.labelWidth + 5, b.y)).toBeNull();

    const dense = frameOf(
      Array.from({ length: 20 }, (_, i) => dayItem(`d${i}`, 2022, 6, 1)),
      YEAR_2022,
    ).frame;
    const x = OPTIONS.labelWidth + (151 / 365) * 1000;
    expect(hitTest(dense, x, OPTIONS.axisHeight + 20)).toMatchObject({ kind: 'bucket', lane: 0, count: 20 });
  });

  it('marks where a selected event sits inside a dense lane', () => {
    const items = Array.from({ length: 20 }, (_, i) => dayItem(`d${i}`, 2022, 6, 1));
    const data = prepareAxisData(items, TYPES, 'No type', '#888');
    const frame = layoutFrame(data, YEAR_2022, { ...OPTIONS, selected: data.byId.get('d3') as number });
    expect(frame.lanes[0]?.selectedX).toBeCloseTo((151.5 / 365) * 1000, 0);
  });

  it('keeps titles inside the room before the next mark', () => {
    const long = 'A very long title that would run into the next event on the same row';
    const { data, frame } = frameOf([dayItem('a', 2022, 6, 1, { title: long }), dayItem('b', 2022, 7, 15)], YEAR_2022);
    const a = markOf(frame, data.byId.get('a') as number);
    const b = markOf(frame, data.byId.get('b') as number);
    if (!a || !b) throw new Error('not drawn');
    expect(a.y).toBe(b.y);
    expect(a.label.length).toBeGreaterThan(6);
    expect(a.label.endsWith('…')).toBe(true);
    expect(a.labelX + a.label.length * 6.2).toBeLessThanOrEqual(b.x1);
  });
});
