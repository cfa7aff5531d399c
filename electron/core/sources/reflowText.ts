/**
 * Joins the lines of hard-wrapped paragraphs (text cut at a fixed width by a mail client or
 * editor), conservatively: only when the whole text clearly is hard-wrapped, and only in
 * paragraphs whose every line but the last ends near that width. Lists, quoted mail, tables,
 * headers, code, verse and addresses keep their lines. Joining only ever replaces a newline
 * with a space (or with nothing after a hyphen or dash): no other character changes.
 */

/** One paragraph: lines between blank lines. */
export interface WrapParagraph {
  /** The paragraph's lines (for Markdown: its content, after quote and list markers). */
  lines: readonly string[];
  /** The lines' lengths in the file, where the wrapping happened; the lines' own lengths unless given. */
  widths?: readonly number[];
  /** A line break that must stay (a Markdown hard break): the paragraph is not joined. */
  keepBreaks?: boolean;
}

export interface ReflowResult {
  text: string;
  /** Some paragraph's lines were joined. */
  joined: boolean;
}

/** Narrower than this is verse, an address or a column, not a wrapped page. */
const MIN_WRAP_WIDTH = 50;
/** Fewer full line ends inside paragraphs than this are not evidence enough. */
const MIN_INNER_LINES = 2;
/** Share of inner lines that must end near the wrap width. */
const MIN_FULL_SHARE = 0.9;
/** A paragraph whose lines all stay this far under the width is an address or sign-off, not wrapped text. */
const SHORT_LINES = 0.75;
/** A line this much shorter than the width still counts as full (wrappers that balance lines). */
const FULL_SLACK = 0.15;
/** Share of inner lines that must end inside a sentence: text with one sentence per line is not wrapped. */
const MIN_MID_SENTENCE_SHARE = 0.5;
/** Lines ending in punctuation and followed by a capital this often, in this many lines, are verse. */
const MAX_VERSE_SHARE = 0.75;
const MIN_LINES_FOR_VERSE_TEST = 4;
/** Lines longer than the width by this factor are unwrapped text; allowed for at most this share. */
const OVERLONG_FACTOR = 1.15;
const MAX_OVERLONG_SHARE = 0.05;

const LIST_ITEM = /^\s*(?:[-*+•‣◦▪▫●○■□–—]|\(?\d{1,3}[.)]|\(?[A-Za-z][.)]|\([ivxlcIVXLC]{1,5}\))(?:\s|$)/;
const QUOTED = /^\s*[>|]/;
const ALIGNED_COLUMNS = /\t|\S {3,}\S|[─━│┃┌┐└┘├┤┬┴┼═║╔╗╚╝]|\+-{2,}|\|.*\|/;
const CODE_LIKE = /[{}]\s*$|^\s*(?:\/\/|\/\*|#include\b|#!|<\?|<\/?[A-Za-z][\w-]*(?:\s[^>]*)?>\s*$)/;
/** A statement: ends with ";" and has an assignment or a call in it. */
const isStatement = (line: string): boolean => /;\s*$/.test(line) && /[=(]/.test(line);
const RULE_LIKE = /^\s*([-=_*~#.+])\1{2,}\s*$/;
/** "From: …", "Subject: …": two of these in a paragraph make it a header or a form. */
const FIELD_LIKE = /^[\p{L}][\p{L}\p{N} ._'-]{0,30}:(?:\s|$)/u;
const ALIGNED_HINT = /[\t|+\u2500-\u257f]| {3}/;
const BEYOND_LATIN = /[\u0e00-\uffff]/;
/** Scripts written without spaces between words: joining their lines with a space would be wrong. */
const NO_SPACE_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
const SENTENCE_END = /[.!?:;…]["'”’»)\]]*$/;
const LINE_END_PUNCTUATION = /[,.;:!?…—–-]["'”’»)\]]*$/;
const STARTS_CAPITAL = /^["'“‘«([]*\p{Lu}/u;
/** A hyphen or dash right after a letter or digit, before a letter or digit: joined without a space. */
const ATTACHED_DASH = /[\p{L}\p{N}][-‐‑–—]$/u;
const STARTS_WORD = /^[\p{L}\p{N}]/u;

/** The paragraph's own structure rules out joining: list items, quotes, tables, code, headers, indented lines. */
function looksStructured(lines: readonly string[]): boolean {
  let fields = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // A first-line indent is a paragraph indent; an indented later line is verse, code or an address.
    if (i > 0 && /^\s/.test(line)) return true;
    if (LIST_ITEM.test(line) || QUOTED.test(line) || CODE_LIKE.test(line) || isStatement(line) || RULE_LIKE.test(line)) return true;
    // Cheap checks first: these run on every line of files up to 50 MB.
    if (ALIGNED_HINT.test(line) && ALIGNED_COLUMNS.test(line)) return true;
    if (BEYOND_LATIN.test(line) && NO_SPACE_SCRIPT.test(line)) return true;
    if (line.includes(':') && FIELD_LIKE.test(line) && ++fields >= 2) return true;
  }
  return false;
}

const firstWordLength = (line: string): number => /^\s*(\S*)/.exec(line)![1]!.length;
const widthsOf = (p: WrapParagraph): readonly number[] => p.widths ?? p.lines.map((line) => line.length);

/** A paragraph with what is needed to judge it, worked out once. */
interface Judged {
  lines: readonly string[];
  widths: readonly number[];
  widest: number;
  /** Its own form rules joining out, whatever the rest of the text looks like. */
  kept: boolean;
}

function judge(p: WrapParagraph): Judged {
  const widths = widthsOf(p);
  let widest = 0;
  for (const w of widths) widest = Math.max(widest, w);
  const inner = p.lines.slice(0, -1);
  const kept =
    p.keepBreaks === true ||
    looksStructured(p.lines) ||
    // Every line a sentence; or every line starting with a capital and ending in punctuation: verse, even at full width.
    (inner.length >= 2 && inner.every((line) => SENTENCE_END.test(line))) ||
    (inner.length >= 3 &&
      p.lines.slice(1).every((line) => STARTS_CAPITAL.test(line)) &&
      inner.every((line) => LINE_END_PUNCTUATION.test(line)));
  return { lines: p.lines, widths, widest, kept };
}

/** The line was cut because the next word would not have fitted, or it ends close to the width. */
function isFull(p: Judged, i: number, width: number): boolean {
  const length = p.widths[i]!;
  return length >= width * (1 - FULL_SLACK) || length + 1 + firstWordLength(p.lines[i + 1]!) > width;
}

function wrapWidth(paragraphs: readonly Judged[]): number | undefined {
  const prose = paragraphs.filter((p) => p.lines.length > 0 && !p.kept);
  const multiline = prose.filter((p) => p.lines.length >= 2);
  let width = 0;
  for (const p of multiline) {
    for (let i = 0; i < p.lines.length - 1; i++) {
      // A single long token (a URL) cannot be broken: it says nothing about the width.
      if (/\s/.test(p.lines[i]!.trim())) width = Math.max(width, p.widths[i]!);
    }
  }
  if (width < MIN_WRAP_WIDTH) return undefined;

  let full = 0;
  let short = 0;
  let midSentence = 0;
  let capitals = 0;
  let punctuated = 0;
  for (const p of multiline) {
    // Short lines throughout (an address, a sign-off, a signature) neither show nor contradict wrapping.
    if (p.widest <= width * SHORT_LINES) continue;
    for (let i = 0; i < p.lines.length - 1; i++) {
      if (!isFull(p, i, width)) {
        short++;
        continue;
      }
      full++;
      if (!SENTENCE_END.test(p.lines[i]!)) midSentence++;
      if (STARTS_CAPITAL.test(p.lines[i + 1]!)) capitals++;
      if (LINE_END_PUNCTUATION.test(p.lines[i]!)) punctuated++;
    }
  }
  if (full < MIN_INNER_LINES || full < (full + short) * MIN_FULL_SHARE) return undefined;
  if (midSentence < full * MIN_MID_SENTENCE_SHARE) return undefined;
  const verseLike = capitals >= full * MAX_VERSE_SHARE && punctuated >= full * MAX_VERSE_SHARE;
  if (full >= MIN_LINES_FOR_VERSE_TEST && verseLike) return undefined;

  let lines = 0;
  let overlong = 0;
  for (const [index, p] of prose.entries()) {
    for (let i = 0; i < p.lines.length; i++) {
      lines++;
      // A title longer than the body's width is common; it is the first line of the text.
      const isTitle = index === 0 && i === 0 && p.lines.length === 1;
      if (!isTitle && p.widths[i]! > width * OVERLONG_FACTOR && /\s/.test(p.lines[i]!.trim())) overlong++;
    }
  }
  if (overlong > lines * MAX_OVERLONG_SHARE) return undefined;
  return width;
}

function isWrapped(p: Judged, width: number): boolean {
  if (p.lines.length < 2 || p.kept) return false;
  for (let i = 0; i < p.lines.length - 1; i++) if (!isFull(p, i, width)) return false;
  return true;
}

/**
 * Which paragraphs of a text to join: none unless the text is clearly hard-wrapped — inner
 * lines of its prose paragraphs end near a common width of at least 50 characters, mostly
 * inside sentences, few lines run past that width, and the breaks do not look like verse —
 * and then only those whose every line but the last is full. Paragraphs whose own form rules
 * joining out (lists, quotes, tables, code, headers, verse, one sentence per line) never
 * count as evidence either way.
 */
export function wrappedParagraphs(paragraphs: readonly WrapParagraph[]): boolean[] {
  const judged = paragraphs.map(judge);
  const width = wrapWidth(judged);
  return judged.map((p) => width !== undefined && isWrapped(p, width));
}

/** The lines as one: a space at each break, none after a hyphen or dash attached to a word ("pre-\nwar"). */
export function joinWrappedLines(text: string): string {
  const lines = text.split('\n');
  const parts = [lines[0]!];
  for (let i = 1; i < lines.length; i++) {
    const next = lines[i]!;
    parts.push(ATTACHED_DASH.test(lines[i - 1]!) && STARTS_WORD.test(next) ? next : ` ${next}`);
  }
  return parts.join('');
}

/**
 * Plain text with the lines of its hard-wrapped paragraphs joined; unchanged (and `joined`
 * false) unless the text clearly is hard-wrapped. Expects normalized text (no trailing spaces).
 */
export function reflowText(text: string): ReflowResult {
  // Fast exit: no line is followed directly by another, so nothing could be joined.
  if (!/[^\n]\n[^\n]/.test(text)) return { text, joined: false };
  const lines = text.split('\n');
  const paragraphs: Array<WrapParagraph & { start: number }> = [];
  for (let i = 0; i < lines.length; ) {
    if (lines[i]!.trim() === '') {
      i++;
      continue;
    }
    const start = i;
    while (i < lines.length && lines[i]!.trim() !== '') i++;
    paragraphs.push({ start, lines: lines.slice(start, i) });
  }
  const wrapped = wrappedParagraphs(paragraphs);
  if (!wrapped.includes(true)) return { text, joined: false };

  const out: string[] = [];
  let next = 0;
  let joined = false;
  for (const [index, p] of paragraphs.entries()) {
    for (; next < p.start; next++) out.push(lines[next]!);
    if (wrapped[index]) {
      out.push(joinWrappedLines(p.lines.join('\n')));
      joined = true;
    } else {
      out.push(...p.lines);
    }
    next = p.start + p.lines.length;
  }
  for (; next < lines.length; next++) out.push(lines[next]!);
  return joined ? { text: out.join('\n'), joined } : { text, joined: false };
}
