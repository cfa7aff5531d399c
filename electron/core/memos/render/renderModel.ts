import type { CitationInfo, MemoExportOptions, RemovedSource } from '../../../../shared/api/memoTypes';
import { describeEdtf } from '../../../../shared/dates/edtf';
import type { BlockContent, InlineNode, MemoBlock, MemoDoc } from '../../../../shared/memos/memoDoc';
import { citationsOf } from '../../../../shared/memos/memoStats';
import type { ProjectDb } from '../../db/projectDatabase';
import { citationInfos } from '../citationInfos';
import { liveBlockContent } from '../liveBlocks';

/**
 * The one intermediate form every export is written from: the stored memo
 * resolved against the project. Citations are numbered notes (in order of
 * first use), live blocks are plain tables of their current (or frozen)
 * content, and every note's wording is decided here, once.
 */
export type RenderInline =
  | { t: 'text'; text: string; bold: boolean; italic: boolean; underline: boolean }
  | { t: 'break' }
  /** A citation: note n; `first` is its first use (where DOCX puts the real footnote). */
  | { t: 'note'; n: number; first: boolean };

export interface RenderCell {
  header: boolean;
  colspan: number;
  rowspan: number;
  blocks: RenderBlock[];
}

export type RenderBlock =
  | { t: 'heading'; level: 1 | 2 | 3; inlines: RenderInline[] }
  | { t: 'paragraph'; inlines: RenderInline[] }
  | { t: 'list'; ordered: boolean; start: number; items: RenderBlock[][] }
  | { t: 'quote'; blocks: RenderBlock[] }
  | { t: 'rule' }
  /** `title` and `note` are '' for the analyst's own tables. */
  | { t: 'table'; title: string; note: string; rows: RenderCell[][] }
  | { t: 'sources' };

export interface RenderNote {
  n: number;
  info: CitationInfo;
  /** The footnote: quote, source, date and grade, or "[source removed]". */
  text: string;
  /** The Sources entry: source, outlet, date and grade, or "[source removed]". */
  source: string;
}

export interface RenderModel {
  title: string;
  /** The date in words ("27 March 2026"), '' for none. */
  date: string;
  marking: string;
  blocks: RenderBlock[];
  notes: RenderNote[];
  removedSources: RemovedSource[];
}

export const SOURCE_REMOVED = '[source removed]';
const MAX_QUOTE = 400;

function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat}”`;
}

function sourceParts(info: CitationInfo): string[] {
  return [info.sourceTitle, info.outlet, info.published === '' ? '' : describeEdtf(info.published)].filter((part) => part.trim() !== '');
}

function noteText(info: CitationInfo): string {
  if (info.removed) return SOURCE_REMOVED;
  const parts: string[] = [];
  if (info.statement) parts.push(`${info.statement.trim().replace(/[.\s]+$/, '')}.`);
  // A passage from a PDF cites its page, as a printed source would be cited.
  const source = [...sourceParts(info), ...(info.page === undefined ? [] : [`p. ${info.page}`])];
  if (info.quote) parts.push(`${quoted(info.quote)}${source.length > 0 ? ` — ${source.join(', ')}.` : ''}`);
  else if (info.kind === 'claim') parts.push('(its cited passages are no longer in the project)');
  if (info.grade) parts.push(`Grade ${info.grade}.`);
  return parts.join(' ');
}

function sourceEntry(info: CitationInfo): string {
  if (info.removed) return SOURCE_REMOVED;
  const source = sourceParts(info);
  const head = source.length > 0 ? source.join(', ') : 'No source left for this claim';
  return `${head}. Grade ${info.grade}.`;
}

function textCell(text: string, header: boolean): RenderCell {
  return {
    header,
    colspan: 1,
    rowspan: 1,
    blocks: [{ t: 'paragraph', inlines: text === '' ? [] : [{ t: 'text', text, bold: false, italic: false, underline: false }] }],
  };
}

function tableOfContent(content: BlockContent): RenderBlock {
  const cell = textCell;
  const rows: RenderCell[][] = [];
  if (content.columns.length > 0) rows.push(content.columns.map((c) => cell(c, true)));
  // A card (no header row) shows its labels as header cells in the first column.
  for (const row of content.rows) rows.push(row.map((text, i) => cell(text, content.columns.length === 0 && i === 0)));
  return { t: 'table', title: content.title, note: content.note, rows };
}

export function buildRenderModel(
  db: ProjectDb,
  memo: { title: string; doc: MemoDoc },
  options: Pick<MemoExportOptions, 'marking' | 'date'>,
): RenderModel {
  const uses = citationsOf(memo.doc);
  const numbers = new Map<string, number>();
  const distinct: { kind: 'claim' | 'annotation'; refId: string }[] = [];
  for (const ref of uses) {
    const key = `${ref.kind}:${ref.refId}`;
    if (!numbers.has(key)) {
      numbers.set(key, distinct.length + 1);
      distinct.push(ref);
    }
  }
  const infos = citationInfos(db, distinct);
  const notes = infos.map((info, i): RenderNote => ({ n: i + 1, info, text: noteText(info), source: sourceEntry(info) }));
  const seen = new Set<number>();

  const inlines = (content: readonly InlineNode[] | undefined): RenderInline[] =>
    (content ?? []).map((node): RenderInline => {
      if (node.type === 'hardBreak') return { t: 'break' };
      if (node.type === 'citation') {
        const n = numbers.get(`${node.attrs.kind}:${node.attrs.refId}`)!;
        const first = !seen.has(n);
        seen.add(n);
        return { t: 'note', n, first };
      }
      const marks = new Set((node.marks ?? []).map((m) => m.type));
      return { t: 'text', text: node.text, bold: marks.has('bold'), italic: marks.has('italic'), underline: marks.has('underline') };
    });

  let hasSources = false;
  // Recursion follows the document's nesting, which the schema bounds (MAX_MEMO_DEPTH).
  const blocks = (content: readonly MemoBlock[]): RenderBlock[] =>
    content.map((block): RenderBlock => {
      switch (block.type) {
        case 'paragraph':
          return { t: 'paragraph', inlines: inlines(block.content) };
        case 'heading':
          return { t: 'heading', level: block.attrs.level, inlines: inlines(block.content) };
        case 'bulletList':
        case 'orderedList':
          return {
            t: 'list',
            ordered: block.type === 'orderedList',
            start: block.type === 'orderedList' ? (block.attrs?.start ?? 1) : 1,
            items: block.content.map((item) => blocks(item.content)),
          };
        case 'blockquote':
          return { t: 'quote', blocks: blocks(block.content) };
        case 'horizontalRule':
          return { t: 'rule' };
        case 'table':
          return {
            t: 'table',
            title: '',
            note: '',
            rows: block.content.map((row) =>
              row.content.map((cell) => ({
                header: cell.type === 'tableHeader',
                colspan: cell.attrs?.colspan ?? 1,
                rowspan: cell.attrs?.rowspan ?? 1,
                blocks: blocks(cell.content),
              })),
            ),
          };
        case 'entityCard':
        case 'timelineTable':
        case 'claimsTable':
          return tableOfContent(liveBlockContent(db, block));
        case 'indicatorsTable':
          return tableOfContent({
            title: '',
            columns: ['Figure', 'Indicator', 'Why it matters'],
            rows: block.attrs.rows.map((r) => [r.figure, r.label, r.explanation]),
            note: '',
          });
        case 'sourcesList':
          hasSources = true;
          return { t: 'sources' };
      }
    });

  const rendered = blocks(memo.doc.content);
  // A memo that cites without a Sources section gets one at the end.
  if (!hasSources && notes.length > 0) rendered.push({ t: 'heading', level: 1, inlines: [{ t: 'text', text: 'Sources', bold: false, italic: false, underline: false }] }, { t: 'sources' });
  return {
    title: memo.title,
    date: options.date ? describeEdtf(options.date) : '',
    marking: options.marking,
    blocks: rendered,
    notes,
    removedSources: notes.filter((note) => note.info.removed).map((note) => ({ n: note.n, kind: note.info.kind, refId: note.info.refId })),
  };
}
