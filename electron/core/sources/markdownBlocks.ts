/**
 * The block structure of a Markdown text, after CommonMark (with GFM tables): headings,
 * paragraphs, code, block quotes, lists, tables, HTML blocks, rules. Inline content is kept
 * raw for markdownInline. Link reference definitions are collected and dropped.
 *
 * A simplified parser: containers are read by their own lines and lazy continuation lines,
 * which covers what people write; CommonMark's rarer corners (lists inside lazy quote lines,
 * tabs split across containers) come out as plain text, never lost.
 */
import { normalizeLabel, unescapeMarkdown } from './markdownInline';
import { HTML_ELEMENTS } from './markdownHtml';

/** A line of a container's content, and the line of the file it came from. */
export interface SourceLine {
  text: string;
  index: number;
}

interface BlockBase {
  /** Blank lines before this block in its container. */
  gap: number;
}

export interface ParagraphBlock extends BlockBase {
  kind: 'paragraph';
  lines: SourceLine[];
}

export interface ListItem {
  /** The number written (ordered lists), else 0. */
  number: number;
  children: MarkdownBlock[];
  gap: number;
}

export type MarkdownBlock =
  | ParagraphBlock
  | (BlockBase & { kind: 'heading'; level: number; content: string })
  | (BlockBase & { kind: 'code'; lines: string[] })
  | (BlockBase & { kind: 'html'; lines: string[] })
  | (BlockBase & { kind: 'quote'; children: MarkdownBlock[] })
  | (BlockBase & { kind: 'list'; ordered: boolean; delimiter: string; items: ListItem[] })
  | (BlockBase & { kind: 'table'; rows: string[][] })
  | (BlockBase & { kind: 'rule' });

const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t](.*))?$/;
const RULE = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT_1 = /^ {0,3}=+[ \t]*$/;
const SETEXT_2 = /^ {0,3}-+[ \t]*$/;
const QUOTE = /^ {0,3}>/;
const BULLET = /^( {0,3})([-+*])([ \t]+|$)/;
const ORDERED = /^( {0,3})(\d{1,9})([.)])([ \t]+|$)/;
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const REFERENCE_DEFINITION =
  /^ {0,3}\[((?:[^\\[\]]|\\.){1,999})\]:[ \t]*(<(?:[^<>\n\\]|\\.)*>|\S+)(?:[ \t]+("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?[ \t]*$/;

/** CommonMark's HTML block kind 6: block-level tags that start an HTML block anywhere. */
const BLOCK_TAGS = new Set(
  (
    'address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div ' +
    'dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe ' +
    'legend li link main menu menuitem nav noframes ol optgroup option p param search section summary table ' +
    'tbody td tfoot th thead title tr track ul'
  ).split(' '),
);

const isBlank = (text: string): boolean => /^[ \t]*$/.test(text);

/** Columns of leading whitespace, tabs to the next multiple of 4. */
function indentWidth(text: string): number {
  let column = 0;
  for (const ch of text) {
    if (ch === ' ') column++;
    else if (ch === '\t') column += 4 - (column % 4);
    else break;
  }
  return column;
}

/** The text with `columns` columns of leading whitespace removed (a tab split in two leaves spaces). */
function stripIndent(text: string, columns: number): string {
  let column = 0;
  let i = 0;
  while (i < text.length && column < columns) {
    const ch = text[i];
    if (ch === ' ') column++;
    else if (ch === '\t') column += 4 - (column % 4);
    else break;
    i++;
  }
  return ' '.repeat(Math.max(0, column - columns)) + text.slice(i);
}

interface ListMarker {
  ordered: boolean;
  /** Bullet character, or the ordered delimiter. */
  kind: string;
  number: number;
  /** Column where the item's content starts. */
  contentColumn: number;
  /** The first line's content. */
  rest: string;
  empty: boolean;
}

function listMarker(text: string): ListMarker | undefined {
  if (RULE.test(text)) return undefined;
  const m = BULLET.exec(text) ?? ORDERED.exec(text);
  if (!m) return undefined;
  const ordered = m.length === 5;
  const indent = m[1]!.length;
  const markerWidth = ordered ? m[2]!.length + 1 : 1;
  const spaces = m[ordered ? 4 : 3]!;
  const rest = text.slice(m[0].length);
  const empty = isBlank(rest);
  const spaceColumns = indentWidth(spaces);
  // Five or more spaces after the marker: the content is indented code, one space counts.
  const padding = empty || spaceColumns > 4 ? 1 : spaceColumns;
  return {
    ordered,
    kind: ordered ? m[3]! : m[2]!,
    number: ordered ? Number(m[2]) : 0,
    contentColumn: indent + markerWidth + padding,
    rest: empty ? '' : ' '.repeat(spaceColumns - padding) + rest,
    empty,
  };
}

/** Kinds 1–7 of CommonMark's HTML blocks: the condition that ends the block, or undefined if none starts here. */
function htmlBlockStart(text: string, inParagraph: boolean): ((line: string) => boolean) | 'blank' | undefined {
  if (!/^ {0,3}</.test(text)) return undefined;
  const t = text.trimStart();
  const raw = /^<(script|pre|style|textarea)(?:[\s>]|$)/i.exec(t);
  if (raw) return (line) => /<\/(?:script|pre|style|textarea)>/i.test(line);
  if (t.startsWith('<!--')) return (line) => line.includes('-->');
  if (t.startsWith('<?')) return (line) => line.includes('?>');
  if (t.startsWith('<![CDATA[')) return (line) => line.includes(']]>');
  if (/^<![A-Za-z]/.test(t)) return (line) => line.includes('>');
  const block = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?:[\s/>]|$)/.exec(t);
  if (block && BLOCK_TAGS.has(block[1]!.toLowerCase())) return 'blank';
  // Kind 7: a whole line that is one open or closing tag of a known element; it cannot interrupt a paragraph.
  const whole = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?:\s(?:"[^"]*"|'[^']*'|[^'">])*)?\/?>[ \t]*$/.exec(t);
  if (!inParagraph && whole && HTML_ELEMENTS.has(whole[1]!.toLowerCase())) return 'blank';
  return undefined;
}

/** A line that ends a paragraph without a blank line before it. */
function interruptsParagraph(text: string): boolean {
  if (ATX.test(text) || RULE.test(text) || QUOTE.test(text)) return true;
  const fence = FENCE.exec(text);
  if (fence && !(fence[2]![0] === '`' && fence[3]!.includes('`'))) return true;
  const marker = listMarker(text);
  if (marker && !marker.empty && (!marker.ordered || marker.number === 1)) return true;
  return htmlBlockStart(text, true) !== undefined;
}

function splitRow(text: string): string[] {
  let row = text.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|') && !row.endsWith('\\|')) row = row.slice(0, -1);
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\' && row[i + 1] === '|') {
      // An escaped pipe is part of the cell; the inline reader turns `\|` into `|`.
      cell += '\\|';
      i++;
    } else if (row[i] === '|') {
      cells.push(cell.trim());
      cell = '';
    } else {
      cell += row[i];
    }
  }
  cells.push(cell.trim());
  return cells;
}

/** A GFM table starts here: a row with a pipe, then a delimiter row with as many cells. */
function startsTable(lines: readonly SourceLine[], i: number): boolean {
  const header = lines[i]?.text;
  const delimiter = lines[i + 1]?.text;
  if (header === undefined || delimiter === undefined || !header.includes('|') || !delimiter.includes('|')) return false;
  if (indentWidth(header) >= 4 || !TABLE_DELIMITER.test(delimiter)) return false;
  return splitRow(header).length === splitRow(delimiter).length;
}

/** Link reference definitions found while parsing. */
export type ReferenceMap = Map<string, string>;

/** Quotes and lists nested deeper than this are read as paragraphs: a hostile file must not exhaust the stack. */
const MAX_DEPTH = 24;

/** Parses a container's lines into blocks; link reference definitions go into `references`. */
export function parseMarkdownBlocks(lines: readonly SourceLine[], references: ReferenceMap, depth = 0): MarkdownBlock[] {
  const nests = depth < MAX_DEPTH;
  const blocks: MarkdownBlock[] = [];
  let gap = 0;
  // Blank lines before something that vanished (link definitions) still separate what is around it.
  let carried = 0;
  const push = (block: MarkdownBlock): void => {
    block.gap = Math.max(block.gap, carried);
    blocks.push(block);
    gap = 0;
    carried = 0;
  };
  let i = 0;
  while (i < lines.length) {
    const text = lines[i]!.text;
    if (isBlank(text)) {
      gap++;
      i++;
      continue;
    }

    if (indentWidth(text) >= 4) {
      let end = i;
      for (let j = i; j < lines.length && (isBlank(lines[j]!.text) || indentWidth(lines[j]!.text) >= 4); j++) {
        if (!isBlank(lines[j]!.text)) end = j + 1;
      }
      // Kept as written, indentation and all: it reads as code, and stays code if converted again.
      push({ kind: 'code', gap, lines: lines.slice(i, end).map((l) => l.text) });
      i = end;
      continue;
    }

    const fence = FENCE.exec(text);
    if (fence && !(fence[2]![0] === '`' && fence[3]!.includes('`'))) {
      const indent = fence[1]!.length;
      const mark = fence[2]!;
      const content: string[] = [];
      let j = i + 1;
      for (; j < lines.length; j++) {
        const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(lines[j]!.text);
        if (close && close[1]![0] === mark[0] && close[1]!.length >= mark.length) break;
        content.push(stripIndent(lines[j]!.text, indent));
      }
      push({ kind: 'code', gap, lines: content });
      i = j + 1;
      continue;
    }

    const atx = ATX.exec(text);
    if (atx) {
      const content = (atx[2] ?? '').trim().replace(/(?:^|[ \t]+)#+[ \t]*$/, '');
      push({ kind: 'heading', gap, level: atx[1]!.length, content });
      i++;
      continue;
    }

    if (RULE.test(text)) {
      push({ kind: 'rule', gap });
      i++;
      continue;
    }

    if (nests && QUOTE.test(text)) {
      const inner: SourceLine[] = [];
      let j = i;
      for (; j < lines.length; j++) {
        const line = lines[j]!;
        if (QUOTE.test(line.text)) {
          inner.push({ text: line.text.replace(/^ {0,3}> ?/, ''), index: line.index });
          continue;
        }
        // A lazy continuation line: paragraph text of the quote, without its marker.
        const previous = inner[inner.length - 1]!;
        if (isBlank(line.text) || isBlank(previous.text) || interruptsParagraph(line.text)) break;
        if (indentWidth(previous.text) >= 4 || FENCE.test(previous.text)) break;
        inner.push(line);
      }
      push({ kind: 'quote', gap, children: parseMarkdownBlocks(inner, references, depth + 1) });
      i = j;
      continue;
    }

    const first = nests ? listMarker(text) : undefined;
    if (first) {
      const items: ListItem[] = [];
      let itemGap = 0;
      let j = i;
      while (j < lines.length) {
        const marker = listMarker(lines[j]!.text);
        if (!marker || marker.ordered !== first.ordered || marker.kind !== first.kind) break;
        const content: SourceLine[] = [{ text: marker.rest, index: lines[j]!.index }];
        for (j++; j < lines.length; j++) {
          const line = lines[j]!;
          if (isBlank(line.text)) content.push({ text: '', index: line.index });
          else if (indentWidth(line.text) >= marker.contentColumn) {
            content.push({ text: stripIndent(line.text, marker.contentColumn), index: line.index });
          } else {
            const previous = content[content.length - 1]!;
            const lazy =
              !isBlank(previous.text) &&
              indentWidth(previous.text) < 4 &&
              !interruptsParagraph(line.text) &&
              listMarker(line.text) === undefined;
            if (!lazy) break;
            content.push(line);
          }
        }
        let trailing = 0;
        while (content.length > 1 && isBlank(content[content.length - 1]!.text)) {
          content.pop();
          trailing++;
        }
        items.push({ number: marker.number, gap: itemGap, children: parseMarkdownBlocks(content, references, depth + 1) });
        itemGap = trailing;
        const next = lines[j] ? listMarker(lines[j]!.text) : undefined;
        if (!next || next.ordered !== first.ordered || next.kind !== first.kind) {
          // Blank lines after the list belong to what follows it.
          j -= trailing;
          break;
        }
      }
      push({ kind: 'list', gap, ordered: first.ordered, delimiter: first.kind, items });
      i = j;
      continue;
    }

    const html = htmlBlockStart(text, false);
    if (html) {
      let j = i;
      if (html === 'blank') {
        while (j < lines.length && !isBlank(lines[j]!.text)) j++;
      } else {
        while (j < lines.length && !html(lines[j]!.text)) j++;
        j = Math.min(j + 1, lines.length);
      }
      push({ kind: 'html', gap, lines: lines.slice(i, j).map((l) => l.text) });
      i = j;
      continue;
    }

    if (startsTable(lines, i)) {
      const columns = splitRow(text).length;
      const rows = [splitRow(text)];
      let j = i + 2;
      for (; j < lines.length; j++) {
        const row = lines[j]!.text;
        if (isBlank(row) || interruptsParagraph(row)) break;
        rows.push(splitRow(row).slice(0, columns));
      }
      push({ kind: 'table', gap, rows });
      i = j;
      continue;
    }

    // A paragraph, which may turn out to be link reference definitions or a Setext heading.
    const paragraph: SourceLine[] = [lines[i]!];
    let j = i + 1;
    let setext = 0;
    for (; j < lines.length; j++) {
      const line = lines[j]!.text;
      if (isBlank(line)) break;
      if (SETEXT_1.test(line) || SETEXT_2.test(line)) {
        setext = SETEXT_1.test(line) ? 1 : 2;
        break;
      }
      if (interruptsParagraph(line) || startsTable(lines, j)) break;
      paragraph.push(lines[j]!);
    }
    while (paragraph.length > 0) {
      const definition = REFERENCE_DEFINITION.exec(paragraph[0]!.text);
      if (!definition || definition[1]!.startsWith('^') || definition[1]!.trim() === '') break;
      const label = normalizeLabel(definition[1]!);
      const destination = definition[2]!.startsWith('<') ? definition[2]!.slice(1, -1) : definition[2]!;
      if (!references.has(label)) references.set(label, unescapeMarkdown(destination));
      paragraph.shift();
    }
    if (setext > 0 && paragraph.length > 0) {
      const content = paragraph.map((l) => l.text.trim()).join('\n');
      push({ kind: 'heading', gap, level: setext, content });
      i = j + 1;
    } else if (paragraph.length > 0) {
      push({ kind: 'paragraph', gap, lines: paragraph });
      i = j;
    } else {
      // Only definitions: the underline, if any, is read again on its own.
      carried = Math.max(carried, gap);
      gap = 0;
      i = j;
    }
  }
  return blocks;
}
