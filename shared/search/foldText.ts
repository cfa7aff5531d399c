/**
 * How search compares text: case, accents and compatibility forms do not
 * count, in every script (Latin, Cyrillic, Greek…). "Ålesund", "ALESUND"
 * and "alesund" fold alike; so do "Σύνοδος" and "συνοδος", "ё" and "е".
 * The index stores folded text; queries are folded the same way.
 */

const MARKS = /\p{M}/gu;

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : ch;
  // Final sigma reads as sigma.
  return ch.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(/ς/g, 'σ');
}

/**
 * The folded text only: what goes in the index and what queries are made of.
 * Whole-string calls, the same steps as foldChar in the same order, so the
 * result is foldChar applied to each character (decomposition and the marks
 * it yields are per character; only sigma's case depends on context, and
 * both forms become σ).
 */
export function foldText(text: string): string {
  // Plain ASCII (most text) folds in one call.
  if (!/[^\p{ASCII}]/u.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(/ς/g, 'σ');
}

/** Where in `text` the folded text reaches `foldedIndex` (an index into foldText(text)). */
export function originalOffset(text: string, foldedIndex: number): number {
  let folded = 0;
  let i = 0;
  while (i < text.length && folded < foldedIndex) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      folded += 1;
      i += 1;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    folded += foldChar(ch).length;
    i += ch.length;
  }
  return i;
}

/**
 * The folded text with, for each of its UTF-16 units, where it came from in
 * the original: a match found in the folded text maps back to the exact span
 * a reader should show. `map` has one more entry than `folded`: the end.
 */
export function foldWithMap(text: string, offset = 0): { folded: string; map: Int32Array } {
  const parts: string[] = [];
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    const folded = foldChar(ch);
    parts.push(folded);
    for (let k = 0; k < folded.length; k += 1) map.push(offset + i);
    i += ch.length;
  }
  map.push(offset + i);
  return { folded: parts.join(''), map: Int32Array.from(map) };
}
