import { describe, expect, it } from 'vitest';
import { assignLanes, MAX_LANES } from '../../../renderer/reader/highlightLanes';

describe('assignLanes', () => {
  it('gives overlapping highlights different lanes and reuses a lane once it is free', () => {
    const lanes = assignLanes([
      { id: 'outer', start: 0, end: 100 },
      { id: 'inner', start: 10, end: 20 },
      { id: 'later', start: 30, end: 40 },
      { id: 'after', start: 120, end: 130 },
    ]);
    expect(lanes.get('outer')).toBe(0);
    expect(lanes.get('inner')).toBe(1);
    expect(lanes.get('later')).toBe(1);
    expect(lanes.get('after')).toBe(0);
  });

  it('never lets two overlapping highlights share a lane below the cap', () => {
    const spans = Array.from({ length: 40 }, (_, i) => ({ id: `h${i}`, start: (i * 37) % 200, end: ((i * 37) % 200) + 5 + (i % 7) * 9 }));
    const lanes = assignLanes(spans);
    const clashes = spans.flatMap((a) =>
      spans
        .filter((b) => a !== b && a.start < b.end && b.start < a.end)
        .filter((b) => (lanes.get(a.id) as number) < MAX_LANES - 1 && lanes.get(a.id) === lanes.get(b.id))
        .map((b) => `${a.id}/${b.id}`),
    );
    expect(clashes).toEqual([]);
  });
});
