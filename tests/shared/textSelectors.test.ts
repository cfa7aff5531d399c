import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRange, describeSpan, QUOTE_CONTEXT_CHARS, trimSpan } from '../../shared/anchors/textSelectors';

describe('text selectors', () => {
  it('describes a span with position and quote selectors', () => {
    const text = 'The delegations met in Veltra on March 27 to discuss port access.';
    const start = text.indexOf('March 27');
    const { position, quote } = describeSpan(text, start, start + 8);
    expect(position).toEqual({ type: 'TextPositionSelector', start, end: start + 8 });
    expect(quote.exact).toBe('March 27');
    expect(quote.prefix).toBe('The delegations met in Veltra on '.slice(-QUOTE_CONTEXT_CHARS));
    expect(quote.suffix).toBe(' to discuss port access.');
  });

  it('never splits a surrogate pair in the context', () => {
    const text = `${'😀'.repeat(40)}target${'😀'.repeat(40)}`;
    const start = text.indexOf('target');
    const { quote } = describeSpan(text, start, start + 6);
    expect(quote.prefix.isWellFormed()).toBe(true);
    expect(quote.suffix.isWellFormed()).toBe(true);
  });

  it('rebuilds the text around any valid span (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 300 }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        expect(checkRange(text.length, start, end)).toBeNull();
        const { quote } = describeSpan(text, start, end);
        const joined = quote.prefix + quote.exact + quote.suffix;
        expect(text.includes(joined)).toBe(true);
        expect(quote.exact).toBe(text.slice(start, end));
        expect(quote.prefix.length).toBeLessThanOrEqual(QUOTE_CONTEXT_CHARS);
      }),
    );
  });

  it('flags ranges outside the text, empty and fractional ranges', () => {
    expect(checkRange(10, -1, 3)).toBe('outside-text');
    expect(checkRange(10, 5, 11)).toBe('outside-text');
    expect(checkRange(10, 6, 5)).toBe('outside-text');
    expect(checkRange(10, 4, 4)).toBe('empty');
    expect(checkRange(10, 1.5, 3)).toBe('not-integers');
    expect(checkRange(10, 0, 10)).toBeNull();
  });

  it('trims whitespace from both ends of a selection', () => {
    const text = 'one  two three';
    expect(trimSpan(text, 3, 9)).toEqual({ start: 5, end: 8 });
    expect(trimSpan(text, 3, 5)).toEqual({ start: 5, end: 5 });
  });
});
