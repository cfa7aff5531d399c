import { describe, expect, it } from 'vitest';
import { buildSegments } from '../../../renderer/reader/buildSegments';
import { locateSpans } from '../../../renderer/reader/mentionMarks';
import { entitiesInPassage, groupMentions, mentionAt, mentionForSelection, mentionsWithin } from '../../../renderer/reader/mentionSpans';

const TEXT = 'Vorontsov met Achterberg in Lindhaven. Vorontsov said Lindhaven talks resume.';
const at = (word: string, from = 0) => {
  const start = TEXT.indexOf(word, from);
  return { start, end: start + word.length };
};

describe('groupMentions', () => {
  it('orders mentions by position and makes a name two entities share one span with both', () => {
    const spans = groupMentions(
      [
        { entityId: 'lindhaven', ...at('Lindhaven', 40) },
        { entityId: 'vorontsov', ...at('Vorontsov') },
        { entityId: 'achterberg-1', ...at('Achterberg') },
        { entityId: 'achterberg-2', ...at('Achterberg') },
        { entityId: 'achterberg-1', ...at('Achterberg') },
      ],
      TEXT.length,
    );
    expect(spans).toEqual([
      { ...at('Vorontsov'), entityIds: ['vorontsov'] },
      { ...at('Achterberg'), entityIds: ['achterberg-1', 'achterberg-2'] },
      { ...at('Lindhaven', 40), entityIds: ['lindhaven'] },
    ]);
  });

  it('keeps spans apart: a later one overlapping an earlier one is left out, spans outside the text are clipped or dropped', () => {
    const spans = groupMentions(
      [
        { entityId: 'long', start: 0, end: 13 },
        { entityId: 'inner', start: 10, end: 20 },
        { entityId: 'next', start: 13, end: 24 },
        { entityId: 'tail', start: TEXT.length - 4, end: TEXT.length + 10 },
        { entityId: 'beyond', start: TEXT.length + 1, end: TEXT.length + 5 },
      ],
      TEXT.length,
    );
    expect(spans.map((s) => [s.entityIds[0], s.start, s.end])).toEqual([
      ['long', 0, 13],
      ['next', 13, 24],
      ['tail', TEXT.length - 4, TEXT.length],
    ]);
  });
});

describe('finding mentions by position', () => {
  const spans = groupMentions(
    [
      { entityId: 'v', ...at('Vorontsov') },
      { entityId: 'a', ...at('Achterberg') },
      { entityId: 'l', ...at('Lindhaven') },
      { entityId: 'v', ...at('Vorontsov', 10) },
      { entityId: 'l', ...at('Lindhaven', 40) },
    ],
    TEXT.length,
  );

  it('finds the mention under a character, not one that ends just before it', () => {
    const v = at('Vorontsov');
    expect(mentionAt(spans, v.start)?.entityIds).toEqual(['v']);
    expect(mentionAt(spans, v.end - 1)?.entityIds).toEqual(['v']);
    expect(mentionAt(spans, v.end)).toBeNull();
    expect(mentionAt(spans, TEXT.length + 3)).toBeNull();
    expect(mentionAt([], 0)).toBeNull();
  });

  it('lists the mentions a passage touches and its entities once each, in order of appearance', () => {
    const sentence2 = at('Vorontsov said Lindhaven talks resume.', 10);
    expect(mentionsWithin(spans, sentence2.start, sentence2.end)).toHaveLength(2);
    // A passage cutting a name in half still counts it.
    expect(mentionsWithin(spans, at('Achterberg').start + 3, at('Achterberg').start + 5)).toHaveLength(1);
    expect(entitiesInPassage(spans, 0, TEXT.length)).toEqual(['v', 'a', 'l']);
    expect(entitiesInPassage(spans, at('met').start, at('met').end)).toEqual([]);
  });

  it('takes a selection as being on a mention when it lies inside one name, or holds one name and punctuation', () => {
    const a = at('Achterberg');
    expect(mentionForSelection(spans, TEXT, a.start, a.end)?.entityIds).toEqual(['a']);
    expect(mentionForSelection(spans, TEXT, a.start + 2, a.start + 4)?.entityIds).toEqual(['a']);
    const withPeriod = at('Lindhaven.');
    expect(mentionForSelection(spans, TEXT, withPeriod.start, withPeriod.end)?.entityIds).toEqual(['l']);
    expect(mentionForSelection(spans, TEXT, at('met Achterberg').start, a.end)).toBeNull();
    expect(mentionForSelection(spans, TEXT, 0, a.end)).toBeNull();
  });
});

describe('locateSpans', () => {
  it('places mentions on the segments highlights cut the text into, across highlight boundaries', () => {
    // Highlights: one ends inside "Achterberg", one covers "in Lindhaven" and starts mid-name of nothing.
    const achterberg = at('Achterberg');
    const segments = buildSegments(TEXT.length, [
      { id: 'h1', start: 0, end: achterberg.start + 4 },
      { id: 'h2', start: at('Lindhaven').start, end: at('Lindhaven').end },
    ]);
    const starts = segments.map((s) => s.start);
    const located = locateSpans(starts, [at('Vorontsov'), achterberg, at('Lindhaven'), at('Vorontsov', 10)]);
    const text = (seg: number, from: number, to?: number) => TEXT.slice(starts[seg]! + from, to === undefined ? undefined : starts[seg]! + to);
    const read = located.map((p) =>
      p === null
        ? null
        : p.startSegment === p.endSegment
          ? text(p.startSegment, p.startOffset, p.endOffset)
          : text(p.startSegment, p.startOffset, segments[p.startSegment]!.end - starts[p.startSegment]!) + text(p.endSegment, 0, p.endOffset),
    );
    expect(read).toEqual(['Vorontsov', 'Achterberg', 'Lindhaven', 'Vorontsov']);
    // "Achterberg" begins in the highlight and ends in the plain text after it.
    expect(located[1]).toMatchObject({ startSegment: 0, endSegment: 1, endOffset: 6 });
    // A name that is exactly a highlight ends inside it, not at the start of the next segment.
    expect(located[2]).toMatchObject({ startSegment: 2, startOffset: 0, endSegment: 2, endOffset: 'Lindhaven'.length });
  });

  it('gives null for empty spans, spans before the text, or no segments', () => {
    expect(locateSpans([], [{ start: 0, end: 3 }])).toEqual([null]);
    expect(locateSpans([5], [{ start: 2, end: 7 }, { start: 6, end: 6 }])).toEqual([null, null]);
    expect(locateSpans([0], [{ start: 2, end: 7 }])).toEqual([{ startSegment: 0, startOffset: 2, endSegment: 0, endOffset: 7 }]);
  });
});
