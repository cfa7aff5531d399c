import { UNBOUNDED } from './axisScale';

/** One dated event as the axis sees it: sort keys in ms UTC (±1e300 for open ends) and how fuzzy it is. */
export interface AxisItem {
  id: string;
  title: string;
  earliest: number;
  latest: number;
  approximate: boolean;
  uncertain: boolean;
  openStart: boolean;
  openEnd: boolean;
  typeId: string | null;
}

export interface AxisType {
  id: string;
  name: string;
  color: string;
}

export const FLAG_APPROXIMATE = 1;
export const FLAG_UNCERTAIN = 2;
export const FLAG_OPEN_START = 4;
export const FLAG_OPEN_END = 8;

export interface AxisLane {
  /** The type's id; null for the "No type" lane. */
  readonly typeId: string | null;
  readonly name: string;
  readonly color: string;
  readonly count: number;
}

/**
 * Items of one lane, split by length so that a view's items are found with a
 * few binary searches: in a class whose items last at most `maxLength`, the
 * ones in [a, b] start within [a − maxLength, b].
 */
interface LengthClass {
  readonly maxLength: number;
  /** Item indices sorted by earliest, and their earliest keys. */
  readonly items: Uint32Array;
  readonly starts: Float64Array;
}

interface LaneIndex {
  readonly classes: LengthClass[];
  /** Items with an open end (±1e300 keys): few, checked one by one. */
  readonly unbounded: Uint32Array;
}

/**
 * Everything the axis draws from, in typed arrays, built once per items/types change.
 * Keys are the ones drawn: an open end means "to the present" and ends at
 * `now`; an open start ends where the event ends (the marks fade in before
 * it). The flags keep which ends were open.
 */
export interface AxisData {
  readonly count: number;
  readonly ids: readonly string[];
  readonly titles: readonly string[];
  readonly earliest: Float64Array;
  readonly latest: Float64Array;
  readonly flags: Uint8Array;
  readonly lane: Uint16Array;
  readonly lanes: readonly AxisLane[];
  readonly byId: ReadonlyMap<string, number>;
  /** All items by earliest, then latest: previous/next in time, nearest to an instant. */
  readonly order: Uint32Array;
  /** Earliest and latest keys as drawn (so `now` for open ends), null without items. */
  readonly extent: { min: number; max: number } | null;
  readonly index: readonly LaneIndex[];
}

/** Each class holds items up to 4× longer than the one before: at most ~30 classes from a minute to ages. */
const CLASS_BASE = 4;
const SHORTEST = 60_000;

function lengthClass(length: number): number {
  if (length <= SHORTEST) return 0;
  return Math.ceil(Math.log(length / SHORTEST) / Math.log(CLASS_BASE));
}

/**
 * The keys an item is drawn with: an open end runs to `now` (never before its
 * start), an open start is drawn up to its end; open at both ends, at `now`.
 */
export function drawnKeys(earliest: number, latest: number, openStart: boolean, openEnd: boolean, now: number): [number, number] {
  let a = Math.min(earliest, latest);
  let b = Math.max(earliest, latest);
  const startOpen = openStart || a < -UNBOUNDED;
  const endOpen = openEnd || b > UNBOUNDED;
  if (startOpen && endOpen) return [now, now];
  if (endOpen) b = Math.max(now, a);
  if (startOpen) a = b;
  return [a, b];
}

export function prepareAxisData(
  items: readonly AxisItem[],
  types: readonly AxisType[],
  noTypeName: string,
  noTypeColor: string,
  now: number = Date.now(),
): AxisData {
  const count = items.length;
  const ids = items.map((item) => item.id);
  const titles = items.map((item) => item.title);
  const earliest = new Float64Array(count);
  const latest = new Float64Array(count);
  const flags = new Uint8Array(count);
  const lane = new Uint16Array(count);
  const byId = new Map<string, number>();
  const laneOfType = new Map<string, number>();
  types.forEach((type, i) => laneOfType.set(type.id, i));
  const noTypeLane = types.length;
  const laneCounts = new Uint32Array(types.length + 1);
  let min = Infinity;
  let max = -Infinity;

  for (let i = 0; i < count; i += 1) {
    const item = items[i] as AxisItem;
    // A key past the sentinel threshold is an open end whatever the flags say; a reversed pair is drawn as given, ordered.
    const openStart = item.openStart || Math.min(item.earliest, item.latest) < -UNBOUNDED;
    const openEnd = item.openEnd || Math.max(item.earliest, item.latest) > UNBOUNDED;
    const [a, b] = drawnKeys(item.earliest, item.latest, openStart, openEnd, now);
    earliest[i] = a;
    latest[i] = b;
    flags[i] =
      (item.approximate ? FLAG_APPROXIMATE : 0) |
      (item.uncertain ? FLAG_UNCERTAIN : 0) |
      (openStart ? FLAG_OPEN_START : 0) |
      (openEnd ? FLAG_OPEN_END : 0);
    const l = item.typeId === null ? noTypeLane : (laneOfType.get(item.typeId) ?? noTypeLane);
    lane[i] = l;
    laneCounts[l] = (laneCounts[l] ?? 0) + 1;
    byId.set(item.id, i);
    for (const key of [a, b]) {
      if (Math.abs(key) < UNBOUNDED) {
        if (key < min) min = key;
        if (key > max) max = key;
      }
    }
  }

  const order = sortedByKeys(earliest, latest, identity(count));
  const buckets: number[][][] = Array.from({ length: types.length + 1 }, () => []);
  const unbounded: number[][] = Array.from({ length: types.length + 1 }, () => []);
  for (let k = 0; k < count; k += 1) {
    // Walking in `order` keeps every class sorted by earliest without sorting again.
    const i = order[k] as number;
    const l = lane[i] as number;
    const a = earliest[i] as number;
    const b = latest[i] as number;
    if (a < -UNBOUNDED || b > UNBOUNDED) {
      (unbounded[l] as number[]).push(i);
      continue;
    }
    const c = lengthClass(b - a);
    const laneBuckets = buckets[l] as number[][];
    (laneBuckets[c] ??= []).push(i);
  }
  const index: LaneIndex[] = buckets.map((laneBuckets, l) => ({
    classes: laneBuckets.flatMap((members, c) => {
      if (!members || members.length === 0) return [];
      const itemsOf = Uint32Array.from(members);
      const starts = new Float64Array(itemsOf.length);
      for (let j = 0; j < itemsOf.length; j += 1) starts[j] = earliest[itemsOf[j] as number] as number;
      return [{ maxLength: c === 0 ? SHORTEST : SHORTEST * CLASS_BASE ** c, items: itemsOf, starts }];
    }),
    unbounded: Uint32Array.from(unbounded[l] as number[]),
  }));

  const lanes: AxisLane[] = types.map((type, i) => ({ typeId: type.id, name: type.name, color: type.color, count: laneCounts[i] ?? 0 }));
  const untyped = laneCounts[noTypeLane] ?? 0;
  // "No type" only when it holds something (or there are no types at all), so a typed project has no empty lane.
  if (untyped > 0 || types.length === 0) lanes.push({ typeId: null, name: noTypeName, color: noTypeColor, count: untyped });

  return {
    count,
    ids,
    titles,
    earliest,
    latest,
    flags,
    lane,
    lanes,
    byId,
    order,
    extent: min <= max ? { min, max } : null,
    index,
  };
}

function identity(n: number): Uint32Array {
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) out[i] = i;
  return out;
}

function sortedByKeys(earliest: Float64Array, latest: Float64Array, indices: Uint32Array): Uint32Array {
  return indices.sort((x, y) => (earliest[x] as number) - (earliest[y] as number) || (latest[x] as number) - (latest[y] as number) || x - y);
}

/** First position in `sorted` whose value is ≥ `value`. */
export function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First position in `sorted` whose value is > `value`. */
export function upperBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Calls `visit` for every item of lane `l` that overlaps [start, end], in no
 * particular order; stops early and returns false when `visit` returns false.
 * Cost: the visible items plus a few binary searches per length class.
 */
export function forEachVisible(data: AxisData, l: number, start: number, end: number, visit: (index: number) => boolean | void): boolean {
  const laneIndex = data.index[l];
  if (!laneIndex) return true;
  for (const cls of laneIndex.classes) {
    const from = lowerBound(cls.starts, start - cls.maxLength);
    const to = upperBound(cls.starts, end);
    for (let j = from; j < to; j += 1) {
      const i = cls.items[j] as number;
      if ((data.latest[i] as number) >= start && visit(i) === false) return false;
    }
  }
  for (const i of laneIndex.unbounded) {
    if ((data.earliest[i] as number) <= end && (data.latest[i] as number) >= start && visit(i) === false) return false;
  }
  return true;
}

/** The item closest in time to `t` (0 when its span contains t), earlier ones first on ties; -1 without items. */
export function nearestItem(data: AxisData, t: number): number {
  if (data.count === 0) return -1;
  const { order, earliest, latest } = data;
  // Items starting after t get closer the sooner they start; the ones starting before may still contain t.
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((earliest[order[mid] as number] as number) <= t) lo = mid + 1;
    else hi = mid;
  }
  let best = -1;
  let bestDistance = Infinity;
  const consider = (i: number): void => {
    const a = earliest[i] as number;
    const b = latest[i] as number;
    const distance = t < a ? a - t : t > b ? t - b : 0;
    if (distance < bestDistance || (distance === bestDistance && best !== -1 && a < (earliest[best] as number))) {
      best = i;
      bestDistance = distance;
    }
  };
  if (lo < order.length) consider(order[lo] as number);
  // Before t: the latest start is closest for points; a long span further back may contain t, so look back a while.
  for (let k = lo - 1, seen = 0; k >= 0 && seen < 256; k -= 1, seen += 1) consider(order[k] as number);
  return best;
}

/** The item before or after `index` in time order (wrapping is left to the caller): -1 at either end. */
export function stepInTime(data: AxisData, index: number, direction: 1 | -1): number {
  const position = data.order.indexOf(index);
  if (position === -1) return -1;
  const next = position + direction;
  return next >= 0 && next < data.order.length ? (data.order[next] as number) : -1;
}
