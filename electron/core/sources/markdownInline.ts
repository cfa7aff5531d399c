/**
 * The inline part of Markdown read as plain text, following CommonMark: emphasis and code
 * markers dropped, links as their text, images as their alt text, backslash escapes and
 * character references resolved, inline HTML tags of known elements dropped (scripts and
 * styles with their content). Line breaks stay where they were. Anything that is not
 * Markdown syntax by CommonMark's rules stays exactly as written.
 */
import { decodeEntity } from './markdownEntities';
import { HIDDEN_ELEMENT_SET, hiddenElementEnd, htmlTagAt } from './markdownHtml';

/** Link reference definitions: normalized label → destination. */
export type LinkReferences = ReadonlyMap<string, string>;

export interface InlineText {
  text: string;
  /** A hard line break (backslash at a line end, or <br>): that line break is meant. */
  hardBreak: boolean;
}

interface Piece {
  text: string;
  delimiter?: Delimiter;
}

interface Delimiter {
  piece: Piece;
  char: '*' | '_';
  /** Characters still unmatched; the rest were emphasis markers. */
  count: number;
  original: number;
  canOpen: boolean;
  canClose: boolean;
  prev: Delimiter | undefined;
  next: Delimiter | undefined;
}

interface Bracket {
  pieceIndex: number;
  image: boolean;
  active: boolean;
  /** Where the bracketed text starts in the source. */
  textStart: number;
  /** The top of the delimiter stack when the bracket opened. */
  delimitersBelow: Delimiter | undefined;
}

const SPECIAL = /[\\`*_[\]!<&\n]/g;
/** Marks where something was removed (normalized text has no NUL), so the spaces around it can close up. */
const REMOVED = '\u0000';
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const ENTITY = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/y;
// eslint-disable-next-line no-control-regex
const DESTINATION_END = /[\s\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const URI_AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>\u0000-\u001f]*)>/y;
const EMAIL_AUTOLINK =
  /<([a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)>/y;
const MAX_LABEL = 999;
/** Link destinations and titles longer than this are not looked for: unmatched brackets must stay cheap. */
const MAX_LINK_TAIL = 4096;

/** CommonMark's label matching: case-insensitive, inner whitespace collapsed. */
export function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase().toUpperCase();
}

/** Backslash escapes and character references resolved, as in link destinations and titles. */
export function unescapeMarkdown(text: string): string {
  return text
    .replace(/\\([!-/:-@[-`{-~])|&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g, (match, escaped?: string) =>
      escaped ?? decodeEntity(match) ?? match,
    );
}

const isWhitespace = (ch: string): boolean => ch === '' || /\s/u.test(ch);
const isPunctuation = (ch: string): boolean => /[\p{P}\p{S}]/u.test(ch);

function charBefore(text: string, at: number): string {
  if (at <= 0) return '';
  const code = text.charCodeAt(at - 1);
  return code >= 0xdc00 && code <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text[at - 1]!;
}

function charAt(text: string, at: number): string {
  if (at >= text.length) return '';
  return String.fromCodePoint(text.codePointAt(at)!);
}

/** An inline link's `(destination "title")` starting at `at`: where it ends and its destination. */
function inlineLinkTail(text: string, at: number): { end: number; destination: string } | undefined {
  if (text[at] !== '(') return undefined;
  let i = skipSpace(text, at + 1);
  let destination = '';
  if (text[i] === '<') {
    const close = /^<((?:[^<>\n\\]|\\.)*)>/.exec(text.slice(i, i + 4096));
    if (!close) return undefined;
    destination = close[1]!;
    i += close[0].length;
  } else {
    const start = i;
    let depth = 0;
    for (; i < text.length; i++) {
      if (i - start > MAX_LINK_TAIL) return undefined;
      const ch = text[i]!;
      if (ch === '\\' && i + 1 < text.length && ASCII_PUNCTUATION.test(text[i + 1]!)) {
        i++;
      } else if (ch === '(') {
        if (++depth > 32) return undefined;
      } else if (ch === ')') {
        if (depth === 0) break;
        depth--;
      } else if (DESTINATION_END.test(ch)) {
        break;
      }
    }
    if (depth !== 0) return undefined;
    destination = text.slice(start, i);
  }
  const afterDestination = i;
  i = skipSpace(text, i);
  if (i > afterDestination && (text[i] === '"' || text[i] === "'" || text[i] === '(')) {
    const closer = text[i] === '(' ? ')' : text[i]!;
    let j = i + 1;
    for (; j < text.length && text[j] !== closer; j++) {
      if (j - i > MAX_LINK_TAIL) return undefined;
      if (text[j] === '\\') j++;
      else if (closer === ')' && text[j] === '(') return undefined;
      else if (text[j] === '\n' && text[j + 1] === '\n') return undefined;
    }
    if (j >= text.length) return undefined;
    i = skipSpace(text, j + 1);
  }
  if (text[i] !== ')') return undefined;
  return { end: i + 1, destination: unescapeMarkdown(destination) };
}

/** Spaces and tabs, with at most one line break among them. */
function skipSpace(text: string, at: number): number {
  let i = at;
  let newlines = 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || (text[i] === '\n' && newlines++ === 0))) i++;
  return i;
}

/** A `[label]` starting at `at`: its end and its text; undefined when it is not a label. */
function linkLabel(text: string, at: number): { end: number; label: string } | undefined {
  if (text[at] !== '[') return undefined;
  for (let i = at + 1; i < text.length && i - at <= MAX_LABEL + 1; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === '[') return undefined;
    else if (ch === ']') return { end: i + 1, label: text.slice(at + 1, i) };
  }
  return undefined;
}

/** "a <!-- x --> b" reads "a b", not "a  b"; nothing removed leaves a space at a line's start or end. */
function closeUpRemovals(text: string): string {
  if (!text.includes(REMOVED)) return text;
  // eslint-disable-next-line no-control-regex
  return text.replace(/ *\u0000[\u0000 ]*/g, (match: string, offset: number) => {
    const end = offset + match.length;
    const atLineEdge = offset === 0 || text[offset - 1] === '\n' || end === text.length || text[end] === '\n';
    return !atLineEdge && match.includes(' ') ? ' ' : '';
  });
}

/** Converts one paragraph's (or heading's, or table cell's) inline Markdown to text. */
export function markdownInlineToText(source: string, references: LinkReferences = new Map()): InlineText {
  const pieces: Piece[] = [];
  const delimiters: Delimiter[] = [];
  const brackets: Bracket[] = [];
  let top: Delimiter | undefined;
  let hardBreak = false;
  // Searches that failed once fail for every later start too: remember, so unmatched markers cost nothing.
  const noCodeCloser = new Set<number>();
  let noCommentEnd = false;

  const pushText = (text: string): void => {
    if (text !== '') pieces.push({ text });
  };

  const remove = (d: Delimiter): void => {
    if (d.prev) d.prev.next = d.next;
    if (d.next) d.next.prev = d.prev;
    if (top === d) top = d.prev;
  };

  /** CommonMark's "process emphasis" over the delimiters above `bottom`. */
  const processEmphasis = (bottom: Delimiter | undefined): void => {
    if (top === bottom) return;
    let closer = top;
    while (closer && closer.prev !== bottom) closer = closer.prev;
    const openersBottom = new Map<string, Delimiter | undefined>();
    while (closer) {
      if (!closer.canClose) {
        closer = closer.next;
        continue;
      }
      const key = `${closer.char}${closer.canOpen ? 1 : 0}${closer.original % 3}`;
      const floor = openersBottom.has(key) ? openersBottom.get(key) : bottom;
      let opener = closer.prev;
      while (opener && opener !== bottom && opener !== floor) {
        const oddMatch =
          (opener.canClose || closer.canOpen) &&
          (opener.original + closer.original) % 3 === 0 &&
          !(opener.original % 3 === 0 && closer.original % 3 === 0);
        if (opener.char === closer.char && opener.canOpen && !oddMatch) break;
        opener = opener.prev;
      }
      if (opener && opener !== bottom && opener !== floor) {
        const used = closer.count >= 2 && opener.count >= 2 ? 2 : 1;
        opener.count -= used;
        closer.count -= used;
        for (let d = closer.prev; d && d !== opener; d = d.prev) remove(d);
        if (opener.count === 0) remove(opener);
        if (closer.count === 0) {
          const next = closer.next;
          remove(closer);
          closer = next;
        }
      } else {
        openersBottom.set(key, closer.prev);
        const next = closer.next;
        if (!closer.canOpen) remove(closer);
        closer = next;
      }
    }
    for (let d = top; d && d !== bottom; d = d.prev) remove(d);
  };

  const textOf = (piece: Piece): string =>
    piece.delimiter ? piece.delimiter.char.repeat(piece.delimiter.count) : piece.text;

  let i = 0;
  let plainFrom = 0;
  SPECIAL.lastIndex = 0;
  while (i < source.length) {
    SPECIAL.lastIndex = i;
    const found = SPECIAL.exec(source);
    if (!found) break;
    i = found.index;
    const ch = source[i]!;
    pushText(source.slice(plainFrom, i));

    if (ch === '\n') {
      pushText('\n');
      i++;
    } else if (ch === '\\') {
      const next = source[i + 1];
      if (next === '\n') {
        pushText('\n');
        hardBreak = true;
        i += 2;
      } else if (next !== undefined && ASCII_PUNCTUATION.test(next)) {
        pushText(next);
        i += 2;
      } else {
        pushText('\\');
        i++;
      }
    } else if (ch === '`') {
      let n = 1;
      while (source[i + n] === '`') n++;
      let close = -1;
      if (!noCodeCloser.has(n)) {
        for (let j = source.indexOf('`', i + n); j >= 0; ) {
          let m = 1;
          while (source[j + m] === '`') m++;
          if (m === n) {
            close = j;
            break;
          }
          j = source.indexOf('`', j + m);
        }
        if (close < 0) noCodeCloser.add(n);
      }
      if (close < 0) {
        pushText('`'.repeat(n));
        i += n;
      } else {
        let code = source.slice(i + n, close);
        if (/^[ \n].*[ \n]$/s.test(code) && /[^ \n]/.test(code)) code = code.slice(1, -1);
        pushText(code);
        i = close + n;
      }
    } else if (ch === '*' || ch === '_') {
      let n = 1;
      while (source[i + n] === ch) n++;
      const before = charBefore(source, i);
      const after = charAt(source, i + n);
      const left = !isWhitespace(after) && (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before));
      const right = !isWhitespace(before) && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after));
      const canOpen = ch === '*' ? left : left && (!right || isPunctuation(before));
      const canClose = ch === '*' ? right : right && (!left || isPunctuation(after));
      const piece: Piece = { text: '' };
      if (canOpen || canClose) {
        const d: Delimiter = { piece, char: ch, count: n, original: n, canOpen, canClose, prev: top, next: undefined };
        if (top) top.next = d;
        top = d;
        piece.delimiter = d;
        delimiters.push(d);
      } else {
        piece.text = ch.repeat(n);
      }
      pieces.push(piece);
      i += n;
    } else if (ch === '[' || (ch === '!' && source[i + 1] === '[')) {
      const image = ch === '!';
      const width = image ? 2 : 1;
      brackets.push({ pieceIndex: pieces.length, image, active: true, textStart: i + width, delimitersBelow: top });
      pieces.push({ text: source.slice(i, i + width) });
      i += width;
    } else if (ch === ']') {
      const opener = brackets.pop();
      if (!opener?.active) {
        pushText(']');
        i++;
      } else {
        let end = -1;
        let destination: string | undefined;
        const inline = inlineLinkTail(source, i + 1);
        if (inline) {
          end = inline.end;
          destination = inline.destination;
        } else {
          const full = linkLabel(source, i + 1);
          const ownText = source.slice(opener.textStart, i);
          if (full && full.label.trim() !== '') {
            destination = references.get(normalizeLabel(full.label));
            end = destination === undefined ? -1 : full.end;
          } else if (ownText.length <= MAX_LABEL && ownText.trim() !== '') {
            // Collapsed `[text][]` or shortcut `[text]`.
            destination = references.get(normalizeLabel(ownText));
            if (destination !== undefined) end = full ? full.end : i + 1;
          }
        }
        if (end < 0 || destination === undefined) {
          pushText(']');
          i++;
        } else {
          processEmphasis(opener.delimitersBelow);
          pieces[opener.pieceIndex]!.text = '';
          const linkText = pieces.slice(opener.pieceIndex + 1).map(textOf).join('');
          // A link with no text is read as its address; an image with no alt text is nothing.
          if (linkText.replaceAll(REMOVED, '').trim() === '') pushText(opener.image ? REMOVED : destination);
          if (!opener.image) for (const b of brackets) if (!b.image) b.active = false;
          i = end;
        }
      }
    } else if (ch === '!') {
      pushText('!');
      i++;
    } else if (ch === '<') {
      URI_AUTOLINK.lastIndex = i;
      EMAIL_AUTOLINK.lastIndex = i;
      const autolink = URI_AUTOLINK.exec(source) ?? EMAIL_AUTOLINK.exec(source);
      const tag = autolink ? undefined : htmlTagAt(source, i);
      if (autolink) {
        pushText(autolink[1]!);
        i += autolink[0].length;
      } else if (source.startsWith('<!--', i) && !noCommentEnd) {
        const close = source.indexOf('-->', i + 4);
        if (close < 0) {
          noCommentEnd = true;
          pushText('<');
          i++;
        } else {
          pushText(REMOVED);
          i = close + 3;
        }
      } else if (tag) {
        i += tag.length;
        if (!tag.closing && HIDDEN_ELEMENT_SET.has(tag.name)) i = hiddenElementEnd(source, tag.name, i);
        if (tag.name === 'br') {
          pushText('\n');
          hardBreak = true;
        } else {
          pushText(REMOVED);
        }
      } else {
        pushText('<');
        i++;
      }
    } else {
      // '&'
      ENTITY.lastIndex = i;
      const reference = ENTITY.exec(source);
      const decoded = reference ? decodeEntity(reference[0]) : undefined;
      if (reference && decoded !== undefined) {
        pushText(decoded);
        i += reference[0].length;
      } else {
        pushText('&');
        i++;
      }
    }
    plainFrom = i;
  }
  pushText(source.slice(plainFrom));
  processEmphasis(undefined);
  return { text: closeUpRemovals(pieces.map(textOf).join('')), hardBreak };
}
