import { describe, expect, it } from 'vitest';
import { buildSegments } from '../../../renderer/reader/buildSegments';

describe('buildSegments', () => {
  it('gives one plain segment when there are no highlights', () => {
    expect(buildSegments(10, [])).toEqual([{ start: 0, end: 10, ids: [] }]);
  });

  it('gives nothing for an empty text', () => {
    expect(buildSegments(0, [{ id: 'a', start: 0, end: 0 }])).toEqual([]);
  });

  it('cuts around a single highlight', () => {
    expect(buildSegments(10, [{ id: 'a', start: 2, end: 5 }])).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 5, ids: ['a'] },
      { start: 5, end: 10, ids: [] },
    ]);
  });

  it('keeps every highlight visible where they overlap', () => {
    const segments = buildSegments(20, [
      { id: 'b', start: 5, end: 15 },
      { id: 'a', start: 0, end: 10 },
      { id: 'c', start: 7, end: 8 },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 5, ids: ['a'] },
      { start: 5, end: 7, ids: ['a', 'b'] },
      { start: 7, end: 8, ids: ['a', 'b', 'c'] },
      { start: 8, end: 10, ids: ['a', 'b'] },
      { start: 10, end: 15, ids: ['b'] },
      { start: 15, end: 20, ids: [] },
    ]);
  });

  it('handles identical and touching highlights', () => {
    expect(
      buildSegments(6, [
        { id: 'x', start: 1, end: 3 },
        { id: 'y', start: 1, end: 3 },
        { id: 'z', start: 3, end: 6 },
      ]),
    ).toEqual([
      { start: 0, end: 1, ids: [] },
      { start: 1, end: 3, ids: ['x', 'y'] },
      { start: 3, end: 6, ids: ['z'] },
    ]);
  });

  it('clips spans to the text and drops empty ones', () => {
    expect(
      buildSegments(5, [
        { id: 'a', start: -3, end: 2 },
        { id: 'b', start: 4, end: 99 },
        { id: 'c', start: 3, end: 3 },
      ]),
    ).toEqual([
      { start: 0, end: 2, ids: ['a'] },
      { start: 2, end: 4, ids: [] },
      { start: 4, end: 5, ids: ['b'] },
    ]);
  });

  it('always tiles the text exactly and agrees with a brute-force cover', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 50; round += 1) {
      const length = 1 + random(200);
      const spans = Array.from({ length: random(30) }, (_, i) => {
        const a = random(length + 1);
        const b = random(length + 1);
        return { id: `s${i}`, start: Math.min(a, b), end: Math.max(a, b) };
      });
      const segments = buildSegments(length, spans);
      expect(segments[0]?.start).toBe(0);
      expect(segments.at(-1)?.end).toBe(length);
      for (let i = 1; i < segments.length; i += 1) expect(segments[i]?.start).toBe(segments[i - 1]?.end);
      for (const segment of segments) {
        const expected = spans
          .filter((s) => s.start <= segment.start && s.end >= segment.end && s.end > s.start)
          .map((s) => s.id)
          .sort();
        expect([...segment.ids].sort()).toEqual(expected);
      }
    }
  });

  it('handles 2,000 overlapping highlights over 200 KB', () => {
    // Timing budgets live in the benchmark; this checks the shape at that size.
    const length = 200_000;
    const spans = Array.from({ length: 2000 }, (_, i) => ({ id: `h${i}`, start: i * 97, end: i * 97 + 40 + (i % 7) * 30 }));
    const segments = buildSegments(length, spans);
    expect(segments.length).toBeGreaterThan(2000);
    expect(Math.max(...segments.map((s) => s.ids.length))).toBeGreaterThan(1);
  });
});
