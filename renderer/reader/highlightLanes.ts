import type { Span } from './buildSegments';

/** Stripes drawn under the text; a deeper pile of highlights shares the top one. */
export const MAX_LANES = 4;

/**
 * Gives each highlight a stripe height ("lane") under the text, so that where
 * highlights overlap each keeps its own stripe, at the same height along its
 * whole length. Greedy interval colouring in start order: a highlight takes the
 * lowest lane free at its start.
 */
export function assignLanes(spans: readonly Span[]): Map<string, number> {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const laneEnds: number[] = [];
  const lanes = new Map<string, number>();
  for (const span of sorted) {
    let lane = laneEnds.findIndex((end) => end <= span.start);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(span.end);
    } else {
      laneEnds[lane] = span.end;
    }
    lanes.set(span.id, Math.min(lane, MAX_LANES - 1));
  }
  return lanes;
}
