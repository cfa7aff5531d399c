/**
 * Sentence and word boundaries of a source text, for selecting with the
 * keyboard. Pure functions over offsets (UTF-16 code units, as anchors use).
 */

export interface TextSpan {
  start: number;
  end: number;
}

/** A keyboard selection: its span and which end moves with the arrow keys. */
export interface KeySelection extends TextSpan {
  active: 'start' | 'end';
}

const SPACE = /\s/;
const LOWER_START = /^\p{Ll}/u;

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && SPACE.test(ch);
}

/**
 * Line breaks that do not end a sentence: a single break followed by a lower-case
 * letter is hard-wrapped prose ("said the\ntalks had…"). Replaced by a space of the
 * same length, so offsets stay the same; blank lines and lines starting with a
 * capital (headings, list items) still break.
 */
export function joinWrappedLines(text: string): string {
  if (!text.includes('\n')) return text;
  return text.replace(/(?<!\n)\n(?=[^\n])/g, (match, offset: number) =>
    LOWER_START.test(text.slice(offset + 1, offset + 3)) ? ' ' : match,
  );
}

let cachedText: string | null = null;
let cachedSentences: readonly TextSpan[] = [];

/**
 * The sentences of a text, trimmed of surrounding blank space, in order and
 * never overlapping. The last text's sentences are kept, so moving through one
 * source costs one segmentation.
 */
export function sentenceSpans(text: string): readonly TextSpan[] {
  if (text === cachedText) return cachedSentences;
  const spans: TextSpan[] = [];
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
  for (const { segment, index } of segmenter.segment(joinWrappedLines(text))) {
    let start = index;
    let end = index + segment.length;
    while (start < end && isSpace(text[start])) start += 1;
    while (end > start && isSpace(text[end - 1])) end -= 1;
    if (end > start) spans.push({ start, end });
  }
  cachedText = text;
  cachedSentences = spans;
  return spans;
}

/** Index of the sentence holding the offset, else the next one after it, else the last; -1 when there are none. */
export function sentenceIndexAt(sentences: readonly TextSpan[], offset: number): number {
  if (sentences.length === 0) return -1;
  let low = 0;
  let high = sentences.length - 1;
  // First sentence whose end is past the offset.
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sentences[mid] as TextSpan).end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Index of the sentence that holds the active end of a selection. */
export function sentenceIndexOfSelection(sentences: readonly TextSpan[], selection: KeySelection): number {
  return sentenceIndexAt(sentences, selection.active === 'end' ? Math.max(selection.start, selection.end - 1) : selection.start);
}

/**
 * Grows or shrinks a selection by one sentence, as Shift+Down (1) and Shift+Up
 * (-1) do. With nothing selected, selects the sentence at the cursor. Shrinking
 * past the last sentence turns around and grows the other way, so a sentence
 * move never leaves the selection empty.
 */
export function extendBySentence(
  sentences: readonly TextSpan[],
  selection: KeySelection | null,
  cursorIndex: number,
  direction: 1 | -1,
): KeySelection | null {
  if (!selection) {
    const sentence = sentences[cursorIndex];
    return sentence ? { start: sentence.start, end: sentence.end, active: direction === 1 ? 'end' : 'start' } : null;
  }
  const { start, end } = selection;
  if (direction === 1) {
    if (selection.active === 'start') {
      const next = sentences.find((s) => s.start > start);
      if (next && next.start < end) return { start: next.start, end, active: 'start' };
    }
    const grow = sentences.find((s) => s.end > end);
    return grow ? { start, end: grow.end, active: 'end' } : { ...selection, active: 'end' };
  }
  if (selection.active === 'end') {
    const previous = sentences.findLast((s) => s.end < end);
    if (previous && previous.end > start) return { start, end: previous.end, active: 'end' };
  }
  const grow = sentences.findLast((s) => s.start < start);
  return grow ? { start: grow.start, end, active: 'start' } : { ...selection, active: 'start' };
}

/**
 * Places inside a run of non-blank characters where two words meet without a
 * space (Chinese, Japanese, Thai). Punctuation stays with its word: "days." and
 * "“twelve" are one unit each.
 */
function innerStops(text: string, runStart: number, runEnd: number): number[] {
  const run = text.slice(runStart, runEnd);
  // Latin, Cyrillic, Greek words are separated by spaces; only other scripts need the segmenter.
  if (!/[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{P}\p{S}\p{N}\p{M}]/u.test(run)) return [];
  const stops: number[] = [];
  let previousWordLike = false;
  for (const { index, isWordLike } of new Intl.Segmenter(undefined, { granularity: 'word' }).segment(run)) {
    if (index > 0 && previousWordLike && isWordLike) stops.push(runStart + index);
    previousWordLike = isWordLike === true;
  }
  return stops;
}

function runAround(text: string, position: number): TextSpan {
  let start = position;
  while (start > 0 && !isSpace(text[start - 1])) start -= 1;
  let end = position;
  while (end < text.length && !isSpace(text[end])) end += 1;
  return { start, end };
}

/** Where words end (after their punctuation), searching forward (1) or back (-1) from a position, exclusive. */
export function wordEndFrom(text: string, position: number, direction: 1 | -1): number | null {
  if (direction === 1) {
    let i = position;
    while (i < text.length) {
      while (i < text.length && isSpace(text[i])) i += 1;
      if (i >= text.length) return null;
      const run = runAround(text, i);
      const stop = [...innerStops(text, run.start, run.end), run.end].find((p) => p > position);
      if (stop !== undefined) return stop;
      i = run.end;
    }
    return null;
  }
  let i = position;
  while (i > 0) {
    while (i > 0 && isSpace(text[i - 1])) i -= 1;
    if (i === 0) return null;
    const run = runAround(text, i - 1);
    const stop = [...innerStops(text, run.start, run.end), run.end].filter((p) => p < position).at(-1);
    if (stop !== undefined) return stop;
    i = run.start;
  }
  return null;
}

/** Where words start (with their opening punctuation), searching forward (1) or back (-1) from a position, exclusive. */
export function wordStartFrom(text: string, position: number, direction: 1 | -1): number | null {
  if (direction === -1) {
    let i = position;
    while (i > 0) {
      while (i > 0 && isSpace(text[i - 1])) i -= 1;
      if (i === 0) return null;
      const run = runAround(text, i - 1);
      const stop = [run.start, ...innerStops(text, run.start, run.end)].filter((p) => p < position).at(-1);
      if (stop !== undefined) return stop;
      i = run.start;
    }
    return null;
  }
  let i = position;
  if (i < text.length && !isSpace(text[i])) {
    const run = runAround(text, i);
    const inner = innerStops(text, run.start, run.end).find((p) => p > position);
    if (inner !== undefined) return inner;
    i = run.end;
  }
  while (i < text.length && isSpace(text[i])) i += 1;
  return i < text.length ? i : null;
}

/**
 * Moves one end of a selection by a word: the active end (Shift+Left/Right) or
 * the other one (Alt+Shift+Left/Right). The selection never becomes empty.
 */
export function moveEdgeByWord(text: string, selection: KeySelection, direction: 1 | -1, edge: 'active' | 'other'): KeySelection {
  const moving = edge === 'active' ? selection.active : selection.active === 'end' ? 'start' : 'end';
  if (moving === 'end') {
    const end = wordEndFrom(text, selection.end, direction);
    return end !== null && end > selection.start ? { ...selection, end } : selection;
  }
  const start = wordStartFrom(text, selection.start, direction);
  return start !== null && start < selection.end ? { ...selection, start } : selection;
}
