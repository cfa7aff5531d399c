import { MS_PER_DAY, MS_PER_MEAN_YEAR } from './axisTime';

/** The time span the plot shows, in ms since 1970 UTC. */
export interface AxisView {
  readonly start: number;
  readonly end: number;
}

/** Closest zoom: two days across the plot. */
export const MIN_SPAN = 2 * MS_PER_DAY;
/** Furthest zoom and the farthest the view may go: a few million years, far beyond any dated event. */
export const MAX_SPAN = 4e6 * MS_PER_MEAN_YEAR;
export const VIEW_LIMIT = 5e6 * MS_PER_MEAN_YEAR;
/** Keys beyond this are open ends (±1e300 sentinels), not dates. */
export const UNBOUNDED = 1e17;
/** Pixel coordinates are clamped here so that ±1e300 keys never reach the drawing code. */
const PX_LIMIT = 1e6;

export function timeToX(view: AxisView, width: number, t: number): number {
  const x = ((t - view.start) / (view.end - view.start)) * width;
  return x < -PX_LIMIT ? -PX_LIMIT : x > PX_LIMIT ? PX_LIMIT : x;
}

export function xToTime(view: AxisView, width: number, x: number): number {
  return view.start + (x / width) * (view.end - view.start);
}

/** Keeps the span within [MIN_SPAN, MAX_SPAN] and the view within ±VIEW_LIMIT. */
export function clampView(view: AxisView): AxisView {
  let span = view.end - view.start;
  if (!Number.isFinite(span) || span <= 0) span = MIN_SPAN;
  span = Math.min(MAX_SPAN, Math.max(MIN_SPAN, span));
  let centre = (view.start + view.end) / 2;
  if (!Number.isFinite(centre)) centre = 0;
  centre = Math.min(VIEW_LIMIT - span / 2, Math.max(-VIEW_LIMIT + span / 2, centre));
  return { start: centre - span / 2, end: centre + span / 2 };
}

/** Zooms by `factor` (< 1 zooms in) keeping the instant `anchor` where it is on screen. */
export function zoomView(view: AxisView, factor: number, anchor = (view.start + view.end) / 2): AxisView {
  const span = view.end - view.start;
  const next = Math.min(MAX_SPAN, Math.max(MIN_SPAN, span * factor));
  const ratio = (anchor - view.start) / span;
  return clampView({ start: anchor - ratio * next, end: anchor - ratio * next + next });
}

export function panView(view: AxisView, deltaMs: number): AxisView {
  return clampView({ start: view.start + deltaMs, end: view.end + deltaMs });
}

/** Shows [min, max] with a margin on each side; a single instant gets a month around it. */
export function fitView(extent: { min: number; max: number } | null, now: number): AxisView {
  if (!extent) return clampView({ start: now - 180 * MS_PER_DAY, end: now + 180 * MS_PER_DAY });
  const span = Math.max(extent.max - extent.min, 30 * MS_PER_DAY);
  const centre = (extent.min + extent.max) / 2;
  return clampView({ start: centre - span * 0.53, end: centre + span * 0.53 });
}

/** Moves the view the least so that [earliest, latest] is in it, zooming out only if it cannot fit. */
export function revealView(view: AxisView, earliest: number, latest: number): AxisView {
  const from = earliest < -UNBOUNDED ? latest : earliest;
  const to = latest > UNBOUNDED ? from : latest;
  const span = view.end - view.start;
  const margin = span * 0.02;
  if (from >= view.start + margin && to <= view.end - margin) return view;
  if (to - from > span - 2 * margin) return clampView({ start: from - (to - from) * 0.1, end: to + (to - from) * 0.1 });
  // Centre the event: a jump from far away reads best with the event in the middle.
  const centre = (from + to) / 2;
  return clampView({ start: centre - span / 2, end: centre + span / 2 });
}
