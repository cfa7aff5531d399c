import type { AxisTheme } from './axisTheme';
import type { Frame, LaneFrame, Mark } from './axisFrame';
import { fitLabel } from './axisFrame';
import type { FadeStops, Painter } from './painter';
import { timeToX } from './axisScale';
import { timelineAxisStrings as strings } from './timelineAxisStrings';

export interface DrawOptions {
  /** Draw the centre line that Enter selects from (on screen, while the axis has focus). */
  readonly centreLine: boolean;
}

const CONTEXT_Y = 11;
const TICK_LABEL_Y = 29;
/** How far an open end fades out, at most. */
const OPEN_FADE_PX = 90;
const SOFT_EDGE_PX = 10;

/** Paints a frame: the same calls make the canvas on screen and the SVG export. */
export function drawFrame(painter: Painter, frame: Frame, theme: AxisTheme, options: DrawOptions): void {
  const { width, height, labelWidth, axisHeight, plotWidth } = frame;
  painter.rect(0, 0, width, height, theme.surface);
  painter.rect(0, 0, width, axisHeight, theme.surface2);
  frame.lanes.forEach((lane, i) => {
    if (i % 2 === 1) painter.rect(labelWidth, lane.y, plotWidth, lane.height, theme.surface2, 0.5);
    painter.line(0, lane.y + 0.5, width, lane.y + 0.5, { color: theme.border, width: 1 });
  });
  painter.line(labelWidth + 0.5, 0, labelWidth + 0.5, height, { color: theme.border, width: 1 });

  painter.clip(labelWidth, 0, plotWidth, height, () => {
    drawTicks(painter, frame, theme);
    // Lines first, then the marks and their titles (each on a halo), so no line cuts through a title.
    if (frame.todayX !== null) {
      const x = labelWidth + frame.todayX;
      painter.line(x, axisHeight - 6, x, height, { color: theme.today, width: 1.5, opacity: 0.85 });
      // Left of the line when it is near the right edge, so the word is never cut off.
      const nearEdge = x + 48 > labelWidth + plotWidth;
      painter.text(nearEdge ? x - 4 : x + 4, axisHeight - 7, strings.today, { color: theme.today, size: 10, weight: 'bold', align: nearEdge ? 'right' : 'left' });
    }
    for (const lane of frame.lanes) {
      if (lane.density) {
        for (const mark of lane.marks ?? []) drawMark(painter, frame, lane, mark, theme);
        drawDensity(painter, frame, lane, theme);
      } else if (lane.marks) for (const mark of lane.marks) drawMark(painter, frame, lane, mark, theme);
    }
    if (options.centreLine) {
      const x = labelWidth + plotWidth / 2;
      painter.line(x, axisHeight, x, height, { color: theme.focus, width: 1, dash: [3, 3], opacity: 0.8 });
    }
  });

  for (const lane of frame.lanes) drawLaneLabel(painter, frame, lane, theme);
}

function drawTicks(painter: Painter, frame: Frame, theme: AxisTheme): void {
  const { labelWidth, axisHeight, height, plotWidth, view } = frame;
  const x = (t: number): number => labelWidth + timeToX(view, plotWidth, t);
  for (const tick of frame.ticks.ticks) {
    const tx = Math.round(x(tick.t)) + 0.5;
    painter.line(tx, axisHeight - 8, tx, height, { color: theme.border, width: 1 });
    painter.text(tx + 3, TICK_LABEL_Y, tick.label, { color: theme.fg, size: 11 });
  }
  // The larger unit above: its first label stays pinned to the left edge while its period is in view.
  const context = frame.ticks.context;
  context.forEach((tick, i) => {
    const tx = x(tick.t);
    const next = context[i + 1];
    const labelX = Math.max(tx, labelWidth) + 3;
    const room = (next ? x(next.t) : labelWidth + plotWidth) - labelX - 6;
    if (tx >= labelWidth) painter.line(Math.round(tx) + 0.5, 0, Math.round(tx) + 0.5, height, { color: theme.muted, width: 1, opacity: 0.45 });
    const label = fitLabel(tick.label, room * 0.95);
    if (label) painter.text(labelX, CONTEXT_Y, label, { color: theme.muted, size: 11, weight: 'bold' });
  });
  painter.line(labelWidth, axisHeight - 0.5, labelWidth + plotWidth, axisHeight - 0.5, { color: theme.border, width: 1 });
}

function drawDensity(painter: Painter, frame: Frame, lane: LaneFrame, theme: AxisTheme): void {
  const density = lane.density;
  if (!density) return;
  const inner = lane.height - 8;
  const bottom = lane.y + lane.height - 3;
  const scale = Math.sqrt(Math.max(1, frame.densityMax));
  for (let k = 0; k < density.counts.length; k += 1) {
    const count = density.counts[k] as number;
    if (count === 0) continue;
    // Square root, one scale for all lanes: clusters stand out, lanes compare, a lone event still shows.
    const h = Math.max(2, (inner * Math.sqrt(count)) / scale);
    painter.rect(frame.labelWidth + k * density.bucketPx, bottom - h, density.bucketPx - 0.6, h, lane.color, 0.8);
  }
  if (lane.selectedX !== null) {
    const x = frame.labelWidth + lane.selectedX;
    painter.line(x, lane.y + 2, x, lane.y + lane.height - 2, { color: theme.selected, width: 2 });
    painter.circle(x, lane.y + 5, 3.5, theme.surface, { color: theme.selected, width: 2 });
  }
}

function drawMark(painter: Painter, frame: Frame, lane: LaneFrame, mark: Mark, theme: AxisTheme): void {
  const color = lane.color;
  const x1 = frame.labelWidth + mark.x1;
  const x2 = frame.labelWidth + mark.x2;
  const cy = mark.y + mark.height / 2;
  const selected = mark.index === frame.selected;
  const hovered = mark.index === frame.hovered;
  if (mark.point) {
    const cx = (x1 + x2) / 2;
    const r = mark.height / 2;
    // Uncertain: hollow; approximate: pale with a dashed halo.
    if (mark.approximate) painter.circle(cx, cy, r + 2.2, null, { color, width: 1, dash: [2, 2] });
    if (mark.uncertain) painter.circle(cx, cy, r - 0.75, theme.surface, { color, width: 1.5 }, mark.approximate ? 0.6 : 1);
    else painter.circle(cx, cy, r, color, null, mark.approximate ? 0.5 : 1);
    if (selected) painter.circle(cx, cy, r + 3.5, null, { color: theme.selected, width: 2 });
    else if (hovered) painter.circle(cx, cy, r + 3, null, { color: theme.muted, width: 1 });
  } else {
    const w = Math.max(1, x2 - x1);
    const stops = barStops(mark, w);
    if (stops) painter.fadeRect(x1, mark.y, w, mark.height, color, stops);
    else painter.rect(x1, mark.y, w, mark.height, color, 0.85);
    if (mark.uncertain) painter.hatchRect(x1, mark.y, w, mark.height, theme.surface);
    if (selected) painter.strokeRect(x1 - 2, mark.y - 2, w + 4, mark.height + 4, { color: theme.selected, width: 2 });
    else if (hovered) painter.strokeRect(x1 - 1.5, mark.y - 1.5, w + 3, mark.height + 3, { color: theme.muted, width: 1 });
  }
  if (mark.uncertain) painter.text(x2 + 2, cy, '?', { color, size: 11, weight: 'bold' });
  if (mark.label) {
    const labelX = frame.labelWidth + mark.labelX;
    const style = { color: theme.fg, size: 11, weight: selected ? ('bold' as const) : ('normal' as const) };
    // Always with a halo: grid lines and the today line never cut through a title.
    painter.text(labelX, cy, mark.label, { ...style, halo: theme.surface });
  }
}

/** Soft ends for approximate spans, a long fade for open ends; null for a plain bar. */
function barStops(mark: Mark, w: number): FadeStops | null {
  const edge = (open: boolean): { length: number; from: number } =>
    open ? { length: Math.min(OPEN_FADE_PX, w * 0.6), from: 0 } : mark.approximate ? { length: Math.min(SOFT_EDGE_PX, w / 3), from: 0.15 } : { length: 0, from: 0.85 };
  const left = edge(mark.fadeStart);
  const right = edge(mark.fadeEnd);
  if (left.length === 0 && right.length === 0) return null;
  const full = mark.approximate ? 0.7 : 0.85;
  return [
    [0, left.length === 0 ? full : left.from],
    [left.length / w, full],
    [1 - right.length / w, full],
    [1, right.length === 0 ? full : right.from],
  ];
}

function drawLaneLabel(painter: Painter, frame: Frame, lane: LaneFrame, theme: AxisTheme): void {
  const x = 10;
  painter.rect(0, lane.y + 1, 4, lane.height - 1, lane.color);
  const room = frame.labelWidth - x - 8;
  const twoLines = lane.height >= 34;
  const nameY = twoLines ? lane.y + lane.height / 2 - 7 : lane.y + lane.height / 2;
  painter.text(x, nameY, fitLabel(lane.name, room), { color: theme.fg, size: 12, weight: 'bold' });
  if (twoLines) {
    const count = lane.visible === lane.total ? strings.eventCount(lane.total) : strings.visibleOf(lane.visible, lane.total);
    painter.text(x, lane.y + lane.height / 2 + 8, fitLabel(count, room), { color: theme.muted, size: 11 });
  }
}
