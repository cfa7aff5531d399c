import { foldWithMap } from '../../shared/search/foldText';

/** The most matches found and painted in one source; the count says when there are more. */
export const MAX_FIND_MATCHES = 5000;

export interface FoldedText {
  folded: string;
  map: Int32Array;
}

/** The text folded as search folds it (case and accents aside), with the way back to the original offsets. */
export function foldForFind(text: string): FoldedText {
  return foldWithMap(text);
}

/**
 * Where the words typed occur in the text, case and accents aside (as in
 * global search), as spans of the original text, in order; at most
 * MAX_FIND_MATCHES (more: `capped`).
 */
export function findInText(text: FoldedText, query: string): { spans: { start: number; end: number }[]; capped: boolean } {
  const needle = foldWithMap(query.trim()).folded;
  const spans: { start: number; end: number }[] = [];
  if (needle === '') return { spans, capped: false };
  for (let at = text.folded.indexOf(needle); at !== -1; at = text.folded.indexOf(needle, at + needle.length)) {
    if (spans.length === MAX_FIND_MATCHES) return { spans, capped: true };
    spans.push({ start: text.map[at]!, end: text.map[at + needle.length]! });
  }
  return { spans, capped: false };
}
