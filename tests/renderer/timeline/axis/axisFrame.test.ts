import { describe, expect, it } from 'vitest';
import { prepareAxisData, type AxisItem } from '../../../../renderer/timeline/axis/axisData';
import { OPEN_MIN_PX, OPEN_START_PX, hitTest, layoutFrame, markOf, rowsPerLane, type FrameOptions } from '../../../../renderer/timeline/axis/axisFrame';
import { fitView, timeToX, type AxisView } from '../../../../renderer/timeline/axis/axisScale';
import { LIGHT_THEME } from '../../../../renderer/timeline/axis/axisTheme';
import { drawFrame } from '../../../../renderer/timeline/axis/drawFrame';
import type { Painter } from '../../../../renderer/timeline/axis/painter';
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

  it('keeps an open end a bar when the events it overlaps leave it no row, instead of a density of a few events', () => {
    const now = utcDay(2024, 5, 1);
    const options = { ...OPTIONS, now, laneHeight: 30 };
    expect(rowsPerLane(30)).toBe(1);
    const open = item('open', utcDay(1953, 7, 27), 1e300, { openEnd: true });
    // Two days years apart: marks over the bar, which goes behind them.
    const apart = prepareAxisData([open, dayItem('a', 2000, 3, 1), dayItem('b', 2015, 4, 2)], TYPES, 'No type', '#888', now);
    const frame = layoutFrame(apart, fitView(apart.extent, now), options);
    expect(frame.lanes[0]?.density).toBeNull();
    expect(frame.lanes[0]?.marks?.map((m) => [apart.ids[m.index], m.behind])).toEqual([
      ['open', true],
      ['a', false],
      ['b', false],
    ]);
    const bar = markOf(frame, apart.byId.get('open') as number);
    expect(bar).toMatchObject({ fadeEnd: true, point: false });
    expect(bar?.x2).toBeCloseTo(frame.todayX ?? -1, 5);
    // Two days on the same date: they are counted, the bar stays a bar behind the count.
    const same = prepareAxisData([open, dayItem('c', 2022, 3, 1), dayItem('d', 2022, 3, 1)], TYPES, 'No type', '#888', now);
    const dense = layoutFrame(same, fitView(same.extent, now), options);
    expect(dense.lanes[0]?.density?.counts.reduce((s, c) => s + c, 0)).toBe(2);
    expect(dense.lanes[0]?.visible).toBe(3);
    const behind = markOf(dense, same.byId.get('open') as number);
    expect(behind).toMatchObject({ behind: true, fadeEnd: true });
    expect(behind?.x2).toBeCloseTo(dense.todayX ?? -1, 5);
    expect(behind?.x1).toBeCloseTo(timeToX(fitView(same.extent, now), 1000, utcDay(1953, 7, 27)), 5);
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

  it('puts a title after its bar, never over the bar\'s start (only on a bar that starts before the view)', () => {
    const march = item('march', utcDay(2022, 3, 1), utcDay(2022, 4, 1) - 1, { approximate: true, title: 'about March 2022' });
    const { data, frame } = frameOf([march, dayItem('next', 2022, 4, 5)], YEAR_2022);
    const mark = markOf(frame, data.byId.get('march') as number);
    if (!mark) throw new Error('not drawn');
    expect(mark.labelInside).toBe(false);
    expect(mark.label === '' || mark.labelX >= mark.x2).toBe(true);
    // A bar from before the view to past it: its start is not on screen, so the title may sit on it.
    const long = frameOf([item('long', utcDay(2021, 1, 1), utcDay(2024, 1, 1))], YEAR_2022);
    const longMark = markOf(long.frame, long.data.byId.get('long') as number);
    expect(longMark).toMatchObject({ labelInside: true, label: 'Title long' });
  });
});

describe('drawFrame', () => {
  it('draws titles after every line, each on a halo, so grid and today lines never cut through them', () => {
    const { frame } = frameOf([dayItem('a', 2022, 6, 1, { title: 'Talks resume' }), item('b', utcDay(2022, 2, 1), utcDay(2022, 3, 1))], YEAR_2022);
    const calls: { kind: string; text?: string; halo?: string }[] = [];
    const painter: Painter = {
      rect: () => calls.push({ kind: 'rect' }),
      strokeRect: () => calls.push({ kind: 'rect' }),
      fadeRect: () => calls.push({ kind: 'rect' }),
      hatchRect: () => calls.push({ kind: 'rect' }),
      circle: () => calls.push({ kind: 'circle' }),
      line: () => calls.push({ kind: 'line' }),
      text: (_x, _y, text, style) => calls.push({ kind: 'text', text, halo: style.halo }),
      clip: (_x, _y, _w, _h, draw) => draw(),
    };
    drawFrame(painter, frame, LIGHT_THEME, { centreLine: false });
    const titles = calls.flatMap((c, i) => (c.text === 'Talks resume' || c.text === 'Title b' ? [{ ...c, i }] : []));
    expect(titles).toHaveLength(2);
    expect(frame.todayX).not.toBeNull();
    for (const title of titles) expect(title.halo).toBe(LIGHT_THEME.surface);
    // Grid lines and the today line are all drawn before the first title.
    expect(calls.slice(0, titles[0]?.i).filter((c) => c.kind === 'line').length).toBeGreaterThan(5);
    const linesAfter = calls.slice(titles[0]?.i ?? 0).filter((c) => c.kind === 'line');
    expect(linesAfter).toHaveLength(0);
  });
});
