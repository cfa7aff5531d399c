import { describe, expect, it } from 'vitest';
import { MAX_SPAN, MIN_SPAN, VIEW_LIMIT, clampView, fitView, panView, revealView, timeToX, xToTime, zoomView } from '../../../../renderer/timeline/axis/axisScale';
import { DAY, utcDay } from './fixtures';

const view = { start: utcDay(2022, 1, 1), end: utcDay(2022, 1, 11) };

describe('axis scale', () => {
  it('maps time to pixels and back', () => {
    expect(timeToX(view, 1000, utcDay(2022, 1, 6))).toBe(500);
    expect(xToTime(view, 1000, 100)).toBe(utcDay(2022, 1, 2));
  });

  it('clamps the ±1e300 keys of open ends to finite pixels', () => {
    expect(timeToX(view, 1000, 1e300)).toBe(1e6);
    expect(timeToX(view, 1000, -1e300)).toBe(-1e6);
  });

  it('zooms about an anchor that stays put on screen', () => {
    const anchor = utcDay(2022, 1, 3);
    const zoomed = zoomView(view, 0.5, anchor);
    expect(zoomed.end - zoomed.start).toBe(5 * DAY);
    expect(timeToX(zoomed, 1000, anchor)).toBeCloseTo(timeToX(view, 1000, anchor), 6);
  });

  it('keeps the span between two days and a few million years, and the view near the dates', () => {
    expect(zoomView(view, 1e-6).end - zoomView(view, 1e-6).start).toBe(MIN_SPAN);
    const out = zoomView(view, 1e30);
    expect(out.end - out.start).toBe(MAX_SPAN);
    const far = panView(view, 1e300);
    expect(far.end).toBeLessThanOrEqual(VIEW_LIMIT);
    expect(clampView({ start: Number.NaN, end: Number.NaN }).end - clampView({ start: Number.NaN, end: Number.NaN }).start).toBe(MIN_SPAN);
  });

  it('fits the extent with a margin, or half a year around today without events', () => {
    const fit = fitView({ min: utcDay(2000, 1, 1), max: utcDay(2010, 1, 1) }, 0);
    expect(fit.start).toBeLessThan(utcDay(2000, 1, 1));
    expect(fit.end).toBeGreaterThan(utcDay(2010, 1, 1));
    const empty = fitView(null, utcDay(2024, 5, 1));
    expect((empty.start + empty.end) / 2).toBe(utcDay(2024, 5, 1));
  });

  it('reveals an event out of view by centring it, and leaves the view alone when it is visible', () => {
    expect(revealView(view, utcDay(2022, 1, 5), utcDay(2022, 1, 6))).toBe(view);
    const moved = revealView(view, utcDay(2023, 7, 1), utcDay(2023, 7, 2) - 1);
    expect(moved.end - moved.start).toBe(view.end - view.start);
    expect(moved.start).toBeLessThan(utcDay(2023, 7, 1));
    expect(moved.end).toBeGreaterThan(utcDay(2023, 7, 2));
    // An open-ended span is revealed by its known end.
    const open = revealView(view, utcDay(1990, 1, 1), 1e300);
    expect(open.start).toBeLessThan(utcDay(1990, 1, 1));
    expect(open.end).toBeGreaterThan(utcDay(1990, 1, 1));
  });
});
