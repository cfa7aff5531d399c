import { FLAG_APPROXIMATE, FLAG_OPEN_END, FLAG_OPEN_START, FLAG_UNCERTAIN, forEachVisible, type AxisData } from './axisData';
import { UNBOUNDED, timeToX, type AxisView } from './axisScale';
import { generateTicks, type TickSet } from './axisTicks';

/**
 * The geometry of one view, in CSS pixels: what the canvas draws, the SVG
 * export writes and the pointer hits. Pure, so it is the same in all three.
 */
export interface FrameSize {
  readonly width: number;
  /** The lane label column on the left. */
  readonly labelWidth: number;
  /** The tick rows at the top. */
  readonly axisHeight: number;
  readonly laneHeight: number;
}

export interface FrameOptions extends FrameSize {
  readonly selected: number;
  readonly hovered: number;
  readonly now: number;
  readonly locale?: string;
}

export interface Mark {
  readonly index: number;
  /** Plot x (0 at the left of the plot, not of the canvas). */
  readonly x1: number;
  readonly x2: number;
  readonly y: number;
  readonly height: number;
  readonly point: boolean;
  readonly approximate: boolean;
  readonly uncertain: boolean;
  /** The span runs on past the view's edge with no bound: it fades out there. */
  readonly fadeStart: boolean;
  readonly fadeEnd: boolean;
  /** The title, shortened to the room before the next mark in the row; '' when there is none. */
  readonly label: string;
  readonly labelX: number;
  /** The title sits on the bar (on a chip): the bar starts before the view and runs on to the next mark or off screen. */
  readonly labelInside: boolean;
  /** A long span drawn thin at the foot of the row, under the marks that share it (there was no row of its own). */
  readonly behind: boolean;
}

export interface Density {
  readonly bucketPx: number;
  /**
   * Events starting in each bucket of `bucketPx` plot pixels (an open start
   * counts at its end). By start, not by overlap: long spans would otherwise
   * raise every bucket alike and hide where events cluster.
   */
  readonly counts: Uint32Array;
  readonly max: number;
}

export interface LaneFrame {
  readonly lane: number;
  readonly name: string;
  readonly color: string;
  readonly total: number;
  readonly visible: number;
  readonly y: number;
  readonly height: number;
  /**
   * Separable items are drawn one by one; otherwise the lane shows how many events fall in each few pixels
   * (and `marks` holds only the long spans drawn behind it, or is null).
   */
  readonly marks: Mark[] | null;
  readonly density: Density | null;
  /** The selected item's x in this lane when it is drawn as part of the density. */
  readonly selectedX: number | null;
}

export interface Frame {
  readonly view: AxisView;
  readonly width: number;
  readonly height: number;
  readonly labelWidth: number;
  readonly axisHeight: number;
  readonly plotWidth: number;
  readonly ticks: TickSet;
  readonly lanes: LaneFrame[];
  /** The fullest density bucket of all lanes, so that lanes compare at a glance. */
  readonly densityMax: number;
  /** Plot x of today, null when off screen. */
  readonly todayX: number | null;
  readonly selected: number;
  readonly hovered: number;
}

export const ROW_HEIGHT = 14;
export const MARK_HEIGHT = 9;
const POINT_RADIUS = 4.5;
/** Spans shorter than this many pixels are drawn as points. */
const POINT_PX = 3;
const MARK_GAP = 3;
const BUCKET_PX = 3;
/** Rough width of a character of the 11px label font, to fit titles without measuring text. */
export const LABEL_CHAR_PX = 6.2;
const LABEL_MIN_PX = 36;
const LABEL_MAX_PX = 240;
const QUESTION_PX = 8;
/** How far before its end an open start fades in, and the least length of an open end (one starting about now). */
export const OPEN_START_PX = 48;
export const OPEN_MIN_PX = 24;
/** Spans across at least this share of the plot may go behind other marks when rows run out; drawn this thick. */
const LONG_SHARE = 0.25;
const BEHIND_HEIGHT = 4;

export function rowsPerLane(laneHeight: number): number {
  return Math.max(1, Math.floor((laneHeight - 4) / ROW_HEIGHT));
}

export function layoutFrame(data: AxisData, view: AxisView, options: FrameOptions): Frame {
  const plotWidth = Math.max(1, options.width - options.labelWidth);
  const ticks = generateTicks(view, plotWidth, options.locale);
  const lanes: LaneFrame[] = data.lanes.map((info, l) => {
    const y = options.axisHeight + l * options.laneHeight;
    return layoutLane(data, view, plotWidth, l, y, options, info.name, info.color, info.count);
  });
  const nowX = timeToX(view, plotWidth, options.now);
  return {
    view,
    width: options.width,
    height: options.axisHeight + data.lanes.length * options.laneHeight,
    labelWidth: options.labelWidth,
    axisHeight: options.axisHeight,
    plotWidth,
    ticks,
    lanes,
    densityMax: lanes.reduce((max, lane) => Math.max(max, lane.density?.max ?? 0), 0),
    todayX: nowX >= 0 && nowX <= plotWidth ? nowX : null,
    selected: options.selected,
    hovered: options.hovered,
  };
}

function layoutLane(
  data: AxisData,
  view: AxisView,
  plotWidth: number,
  l: number,
  y: number,
  options: FrameOptions,
  name: string,
  color: string,
  total: number,
): LaneFrame {
  const rows = rowsPerLane(options.laneHeight);
  // More items than could ever sit side by side: skip straight to the density.
  const capacity = Math.ceil((rows * plotWidth) / (2 * POINT_RADIUS + MARK_GAP));
  const visible: number[] = [];
  let overflow = false;
  forEachVisible(data, l, view.start, view.end, (i) => {
    if (visible.length >= capacity) {
      overflow = true;
      return false;
    }
    visible.push(i);
    return true;
  });
  const base = { lane: l, name, color, total, y, height: options.laneHeight };
  // Long spans (an open end run to today across the plot) may leave no row for the events they overlap: then
  // they go behind the others as thin bars, and stay bars when the rest of the lane turns into a density.
  const marks = overflow
    ? null
    : (packMarks(data, view, plotWidth, visible, rows, y, options.laneHeight, false) ??
      packMarks(data, view, plotWidth, visible, rows, y, options.laneHeight, true));
  if (marks) return { ...base, visible: visible.length, marks, density: null, selectedX: null };
  const { density, count, long } = densityOf(data, view, plotWidth, l);
  const longMarks = long.length > 0 ? packMarks(data, view, plotWidth, long, rows, y, options.laneHeight, true) : null;
  const selected = options.selected;
  let selectedX: number | null = null;
  if (selected >= 0 && data.lane[selected] === l) {
    const x = (timeToX(view, plotWidth, data.earliest[selected] as number) + timeToX(view, plotWidth, data.latest[selected] as number)) / 2;
    if (x >= 0 && x <= plotWidth) selectedX = x;
  }
  return { ...base, visible: count, marks: longMarks, density, selectedX };
}

/**
 * Greedy packing in start order: each item takes the first row free at its
 * left edge. Returns null when some item finds no row, so the lane shows
 * density instead of overlapping marks.
 */
function packMarks(
  data: AxisData,
  view: AxisView,
  plotWidth: number,
  visible: number[],
  rows: number,
  laneY: number,
  laneHeight: number,
  longBehind: boolean,
): Mark[] | null {
  const boxes = visible.map((i) => {
    const flags = data.flags[i] as number;
    let a = timeToX(view, plotWidth, data.earliest[i] as number);
    let b = timeToX(view, plotWidth, data.latest[i] as number);
    // Open ends are bars at every zoom: an open start fades in before its end, an open end runs to now (at least a stub).
    if ((flags & FLAG_OPEN_START) !== 0) a = Math.min(a, b - OPEN_START_PX);
    if ((flags & FLAG_OPEN_END) !== 0) b = Math.max(b, a + OPEN_MIN_PX);
    const point = b - a < POINT_PX;
    const x1 = point ? (a + b) / 2 - POINT_RADIUS : Math.max(a, -20);
    const x2 = point ? (a + b) / 2 + POINT_RADIUS : Math.min(b, plotWidth + 20);
    const behind = longBehind && !point && Math.min(x2, plotWidth) - Math.max(x1, 0) >= plotWidth * LONG_SHARE;
    return { i, flags, point, x1, x2, right: x2 + ((flags & FLAG_UNCERTAIN) !== 0 ? QUESTION_PX : 0), behind };
  });
  boxes.sort((p, q) => p.x1 - q.x1 || p.x2 - q.x2 || p.i - q.i);
  const rowEnds = new Float64Array(rows).fill(-Infinity);
  const rowOf = new Int32Array(boxes.length);
  for (let k = 0; k < boxes.length; k += 1) {
    const box = boxes[k] as (typeof boxes)[number];
    if (box.behind) {
      // Under the first row, taking no room from the marks drawn over it.
      rowOf[k] = 0;
      continue;
    }
    let row = -1;
    for (let r = 0; r < rows; r += 1) {
      if ((rowEnds[r] as number) + MARK_GAP <= box.x1) {
        row = r;
        break;
      }
    }
    if (row === -1) return null;
    rowEnds[row] = box.right;
    rowOf[k] = row;
  }
  // Titles go after each mark, up to the next mark in the same row.
  const nextInRow = new Float64Array(rows).fill(Infinity);
  const labelRoom = new Float64Array(boxes.length);
  for (let k = boxes.length - 1; k >= 0; k -= 1) {
    const row = rowOf[k] as number;
    labelRoom[k] = Math.min(nextInRow[row] as number, plotWidth) - 6 - ((boxes[k] as (typeof boxes)[number]).right + 4);
    nextInRow[row] = (boxes[k] as (typeof boxes)[number]).x1;
  }
  const top = laneY + Math.max(2, (laneHeight - rows * ROW_HEIGHT) / 2);
  const marks = boxes.map((box, k) => {
    let room = Math.min(labelRoom[k] as number, LABEL_MAX_PX);
    let labelX = box.right + 4;
    let labelInside = false;
    const shown = Math.min(box.x2, plotWidth) - Math.max(box.x1, 0);
    // On the bar only when its start is off screen: a title over a bar's start would seem to be where it starts.
    if (room < LABEL_MIN_PX && !box.point && box.x1 < 0 && shown >= LABEL_MIN_PX + 24) {
      labelInside = true;
      labelX = Math.max(box.x1, 0) + 6;
      room = Math.min(shown - 12, LABEL_MAX_PX);
    }
    const rowTop = top + (rowOf[k] as number) * ROW_HEIGHT;
    if (box.behind) {
      room = 0;
      labelInside = false;
    }
    return {
      index: box.i,
      x1: box.x1,
      x2: box.x2,
      y: box.behind ? rowTop + ROW_HEIGHT - BEHIND_HEIGHT : rowTop + (ROW_HEIGHT - MARK_HEIGHT) / 2,
      height: box.behind ? BEHIND_HEIGHT : MARK_HEIGHT,
      point: box.point,
      approximate: (box.flags & FLAG_APPROXIMATE) !== 0,
      uncertain: (box.flags & FLAG_UNCERTAIN) !== 0,
      fadeStart: (box.flags & FLAG_OPEN_START) !== 0 && !box.point,
      fadeEnd: (box.flags & FLAG_OPEN_END) !== 0 && !box.point,
      label: room >= LABEL_MIN_PX ? fitLabel(data.titles[box.i] ?? '', room) : '',
      labelX,
      labelInside,
      behind: box.behind,
    };
  });
  // Drawn first, so the marks over them stay whole.
  return [...marks.filter((m) => m.behind), ...marks.filter((m) => !m.behind)];
}

/** Shortens a title with an ellipsis to about `room` pixels of the label font. */
export function fitLabel(title: string, room: number): string {
  const chars = Math.floor(room / LABEL_CHAR_PX);
  if (title.length <= chars) return title;
  return chars >= 4 ? `${title.slice(0, chars - 1).trimEnd()}…` : '';
}

/** Events starting in each bucket, but for long spans (returned apart, drawn as bars): O(visible items + buckets). */
function densityOf(data: AxisData, view: AxisView, plotWidth: number, l: number): { density: Density; count: number; long: number[] } {
  const buckets = Math.ceil(plotWidth / BUCKET_PX);
  const counts = new Uint32Array(buckets);
  const long: number[] = [];
  let count = 0;
  forEachVisible(data, l, view.start, view.end, (i) => {
    count += 1;
    const shown = Math.min(timeToX(view, plotWidth, data.latest[i] as number), plotWidth) - Math.max(timeToX(view, plotWidth, data.earliest[i] as number), 0);
    if (shown >= plotWidth * LONG_SHARE && long.length < 64) {
      long.push(i);
      return;
    }
    const a = data.earliest[i] as number;
    const t = a < -UNBOUNDED ? (data.latest[i] as number) : a;
    const k = Math.floor(timeToX(view, plotWidth, t) / BUCKET_PX);
    if (k >= 0 && k < buckets) counts[k] = (counts[k] as number) + 1;
  });
  let max = 0;
  for (let k = 0; k < buckets; k += 1) if ((counts[k] as number) > max) max = counts[k] as number;
  return { density: { bucketPx: BUCKET_PX, counts, max }, count, long };
}

export type Hit =
  | { readonly kind: 'item'; readonly index: number }
  | { readonly kind: 'bucket'; readonly lane: number; readonly x1: number; readonly x2: number; readonly count: number }
  | null;

/** What is under a point given in canvas CSS pixels. */
export function hitTest(frame: Frame, x: number, y: number): Hit {
  const px = x - frame.labelWidth;
  if (px < 0 || px > frame.plotWidth || y < frame.axisHeight) return null;
  const lane = frame.lanes.find((l) => y >= l.y && y < l.y + l.height);
  if (!lane) return null;
  if (lane.marks) {
    let best: Mark | null = null;
    let bestDistance = Infinity;
    for (const mark of lane.marks) {
      const dy = y < mark.y ? mark.y - y : y > mark.y + mark.height ? y - (mark.y + mark.height) : 0;
      const dx = px < mark.x1 ? mark.x1 - px : px > mark.x2 ? px - mark.x2 : 0;
      const distance = Math.hypot(dx, dy);
      if (distance <= 4 && distance < bestDistance) {
        best = mark;
        bestDistance = distance;
      }
    }
    if (best) return { kind: 'item', index: best.index };
  }
  if (lane.density) {
    const { bucketPx, counts } = lane.density;
    const k = Math.floor(px / bucketPx);
    // Pointing between two bars still finds the nearer one.
    for (const j of [k, k - 1, k + 1]) {
      const count = counts[j] ?? 0;
      if (count > 0) return { kind: 'bucket', lane: lane.lane, x1: j * bucketPx, x2: (j + 1) * bucketPx, count };
    }
  }
  return null;
}

/** The mark drawn for an item, if it is drawn one by one. */
export function markOf(frame: Frame, index: number): Mark | null {
  for (const lane of frame.lanes) {
    if (!lane.marks) continue;
    for (const mark of lane.marks) if (mark.index === index) return mark;
  }
  return null;
}
