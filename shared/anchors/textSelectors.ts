/**
 * W3C Web Annotation selectors for a span of a source's normalized text:
 * a TextPositionSelector (start/end, UTF-16 code units) and a
 * TextQuoteSelector (the exact quote with up to 32 characters of context).
 */
export const QUOTE_CONTEXT_CHARS = 32;

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export type RangeProblem = 'not-integers' | 'empty' | 'outside-text';

/** Why a start/end pair is not a usable span of the text, or null when it is. */
export function checkRange(textLength: number, start: number, end: number): RangeProblem | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return 'not-integers';
  if (start < 0 || end > textLength || start > end) return 'outside-text';
  if (start === end) return 'empty';
  return null;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Keeps a context cut from splitting a surrogate pair. */
function safePrefixStart(text: string, index: number): number {
  return index > 0 && isLowSurrogate(text.charCodeAt(index)) ? index + 1 : index;
}

function safeSuffixEnd(text: string, index: number): number {
  return index < text.length && isLowSurrogate(text.charCodeAt(index)) ? index + 1 : index;
}

export function describeSpan(
  text: string,
  start: number,
  end: number,
): { position: TextPositionSelector; quote: TextQuoteSelector } {
  const prefixStart = safePrefixStart(text, Math.max(0, start - QUOTE_CONTEXT_CHARS));
  const suffixEnd = safeSuffixEnd(text, Math.min(text.length, end + QUOTE_CONTEXT_CHARS));
  return {
    position: { type: 'TextPositionSelector', start, end },
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
  };
}

/** Trims whitespace off both ends of a selected span so highlights hug the words. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s += 1;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e -= 1;
  return { start: s, end: e };
}
