/**
 * REFI-QDA selections and W3C TextPositionSelectors count Unicode code points;
 * Dossier's anchors count UTF-16 code units (JavaScript string indices). They
 * differ only in texts with characters outside the Basic Multilingual Plane.
 */
export interface CodePointOffsets {
  /** Code points in the text. */
  readonly length: number;
  toCodePoint(utf16Index: number): number;
  /** undefined when the index is outside 0…length. */
  toUtf16(codePointIndex: number): number | undefined;
}

const SURROGATE = /[\uD800-\uDFFF]/;

export function codePointOffsets(text: string): CodePointOffsets {
  if (!SURROGATE.test(text)) {
    return {
      length: text.length,
      toCodePoint: (i) => i,
      toUtf16: (i) => (Number.isInteger(i) && i >= 0 && i <= text.length ? i : undefined),
    };
  }
  // utf16At[cp] = the UTF-16 index where code point cp starts (and the text length at the end).
  const utf16At: number[] = [];
  for (let i = 0; i < text.length; ) {
    utf16At.push(i);
    const code = text.codePointAt(i) ?? 0;
    i += code > 0xffff ? 2 : 1;
  }
  utf16At.push(text.length);
  return {
    length: utf16At.length - 1,
    toCodePoint(utf16Index) {
      // Binary search: the code point that starts at (or contains) utf16Index.
      let lo = 0;
      let hi = utf16At.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((utf16At[mid] as number) <= utf16Index) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    },
    toUtf16: (i) => (Number.isInteger(i) && i >= 0 && i < utf16At.length ? utf16At[i] : undefined),
  };
}
