import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  extendBySentence,
  joinWrappedLines,
  moveEdgeByWord,
  sentenceIndexAt,
  sentenceSpans,
  wordEndFrom,
  wordStartFrom,
  type KeySelection,
  type TextSpan,
} from '../../../renderer/reader/textBoundaries';

const texts = (text: string, spans: readonly TextSpan[]) => spans.map((s) => text.slice(s.start, s.end));

describe('sentenceSpans', () => {
  it('splits prose into trimmed sentences', () => {
    const text = '  The talks resumed on Monday. Officials said the deal was close! Was it?  ';
    expect(texts(text, sentenceSpans(text))).toEqual(['The talks resumed on Monday.', 'Officials said the deal was close!', 'Was it?']);
  });

  it('keeps hard-wrapped sentences whole but breaks at headings and blank lines', () => {
    const text = 'MINISTRY OF FOREIGN AFFAIRS\nPress Office\n\nThe owner said the\ntalks had changed nothing. Her neighbour\nwas blunter.';
    expect(texts(text, sentenceSpans(text))).toEqual([
      'MINISTRY OF FOREIGN AFFAIRS',
      'Press Office',
      'The owner said the\ntalks had changed nothing.',
      'Her neighbour\nwas blunter.',
    ]);
  });

  it('handles empty and blank texts', () => {
    expect(sentenceSpans('')).toEqual([]);
    expect(sentenceSpans(' \n\n ')).toEqual([]);
  });

  it('gives ordered, non-overlapping, non-blank spans for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', ' ', '.', '\n', '?', 'é', '北') , maxLength: 80 }), (text) => {
        const spans = sentenceSpans(text);
        let last = 0;
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(last);
          expect(span.end).toBeGreaterThan(span.start);
          expect(text.slice(span.start, span.end)).toBe(text.slice(span.start, span.end).trim());
          last = span.end;
        }
      }),
    );
  });
});

describe('joinWrappedLines', () => {
  it('keeps the length and joins only breaks before lower case', () => {
    const text = 'said the\ntalks\nThen\n\nnext';
    const joined = joinWrappedLines(text);
    expect(joined).toHaveLength(text.length);
    expect(joined).toBe('said the talks\nThen\n\nnext');
  });
});

describe('sentenceIndexAt', () => {
  const spans = [
    { start: 0, end: 5 },
    { start: 7, end: 12 },
  ];
  it('finds the sentence holding an offset, or the next one', () => {
    expect(sentenceIndexAt(spans, 0)).toBe(0);
    expect(sentenceIndexAt(spans, 4)).toBe(0);
    expect(sentenceIndexAt(spans, 5)).toBe(1);
    expect(sentenceIndexAt(spans, 11)).toBe(1);
    expect(sentenceIndexAt(spans, 40)).toBe(1);
    expect(sentenceIndexAt([], 3)).toBe(-1);
  });
});

describe('extendBySentence', () => {
  const text = 'One. Two. Three. Four.';
  const spans = sentenceSpans(text);
  const shown = (sel: KeySelection | null) => (sel ? text.slice(sel.start, sel.end) : null);

  it('selects the cursor sentence first, then grows down', () => {
    let sel = extendBySentence(spans, null, 1, 1);
    expect(shown(sel)).toBe('Two.');
    sel = extendBySentence(spans, sel, 1, 1);
    expect(shown(sel)).toBe('Two. Three.');
    sel = extendBySentence(spans, sel, 1, 1);
    sel = extendBySentence(spans, sel, 1, 1);
    expect(shown(sel)).toBe('Two. Three. Four.');
  });

  it('shrinks back, then turns around and grows up without becoming empty', () => {
    let sel = extendBySentence(spans, null, 1, 1);
    sel = extendBySentence(spans, sel, 1, 1);
    sel = extendBySentence(spans, sel, 1, -1);
    expect(shown(sel)).toBe('Two.');
    sel = extendBySentence(spans, sel, 1, -1);
    expect(shown(sel)).toBe('One. Two.');
    expect(sel?.active).toBe('start');
    sel = extendBySentence(spans, sel, 1, 1);
    expect(shown(sel)).toBe('Two.');
  });
});

describe('words', () => {
  const text = 'allow up to “twelve vessels a week.” Then';

  it('steps over words with their punctuation', () => {
    expect(text.slice(0, wordEndFrom(text, 0, 1) ?? -1)).toBe('allow');
    const quoteEnd = text.indexOf('week.”') + 'week.”'.length;
    expect(wordEndFrom(text, text.indexOf('week'), 1)).toBe(quoteEnd);
    expect(wordEndFrom(text, quoteEnd, -1)).toBe(text.indexOf(' week') );
    expect(wordStartFrom(text, text.indexOf('vessels'), -1)).toBe(text.indexOf('“twelve'));
    expect(wordStartFrom(text, text.indexOf('“twelve'), 1)).toBe(text.indexOf('vessels'));
    expect(wordStartFrom(text, text.indexOf('Then'), 1)).toBeNull();
    expect(wordEndFrom(text, text.length, 1)).toBeNull();
  });

  it('separates words that are written without spaces', () => {
    const cjk = '北京大学的学生';
    const end = wordEndFrom(cjk, 0, 1);
    expect(end).toBeGreaterThan(0);
    expect(end).toBeLessThan(cjk.length);
  });

  it('fine-tunes either end of a selection and never empties it', () => {
    const sel: KeySelection = { start: text.indexOf('up'), end: text.indexOf(' a week'), active: 'end' };
    expect(text.slice(sel.start, sel.end)).toBe('up to “twelve vessels');
    const shorter = moveEdgeByWord(text, sel, -1, 'active');
    expect(text.slice(shorter.start, shorter.end)).toBe('up to “twelve');
    const later = moveEdgeByWord(text, sel, 1, 'other');
    expect(text.slice(later.start, later.end)).toBe('to “twelve vessels');
    const one: KeySelection = { start: 0, end: 5, active: 'end' };
    expect(moveEdgeByWord(text, one, -1, 'active')).toEqual(one);
    expect(moveEdgeByWord(text, one, 1, 'other')).toEqual(one);
  });
});
