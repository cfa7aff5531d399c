/**
 * A memo as stored: the Tiptap editor's `getJSON()` (ProseMirror JSON), limited
 * to the nodes and marks Dossier's editor has. Node and attribute names are
 * Tiptap's own (StarterKit, @tiptap/extension-table) plus Dossier's nodes:
 * citations and live blocks. Documents are data, never HTML: text is plain,
 * and there are no link, image or style nodes that could reach outside.
 *
 * The editor must be configured to this schema: StarterKit without strike,
 * code, codeBlock and link; TableKit; and the Dossier nodes below with these
 * names and attributes. memoDocSchema.ts refuses anything else.
 */
import type { ClaimStatus } from '../api/types';

export type MemoMark = { type: 'bold' } | { type: 'italic' } | { type: 'underline' };
export type MemoMarkType = MemoMark['type'];

export interface TextNode {
  type: 'text';
  text: string;
  marks?: MemoMark[];
}

export interface HardBreakNode {
  type: 'hardBreak';
}

export type CitationKind = 'claim' | 'annotation';

/** An inline atom: a footnote to a claim or a highlighted passage. */
export interface CitationNode {
  type: 'citation';
  attrs: { kind: CitationKind; refId: string };
}

export type InlineNode = TextNode | HardBreakNode | CitationNode;

export interface ParagraphNode {
  type: 'paragraph';
  content?: InlineNode[];
}

export type HeadingLevel = 1 | 2 | 3;

export interface HeadingNode {
  type: 'heading';
  attrs: { level: HeadingLevel };
  content?: InlineNode[];
}

export interface ListItemNode {
  type: 'listItem';
  content: MemoBlock[];
}

export interface BulletListNode {
  type: 'bulletList';
  content: ListItemNode[];
}

export interface OrderedListNode {
  type: 'orderedList';
  attrs?: { start?: number };
  content: ListItemNode[];
}

export interface BlockquoteNode {
  type: 'blockquote';
  content: MemoBlock[];
}

export interface HorizontalRuleNode {
  type: 'horizontalRule';
}

export interface TableCellAttrs {
  colspan?: number;
  rowspan?: number;
  colwidth?: number[] | null;
}

export interface TableCellNode {
  type: 'tableCell' | 'tableHeader';
  attrs?: TableCellAttrs;
  content: MemoBlock[];
}

export interface TableRowNode {
  type: 'tableRow';
  content: TableCellNode[];
}

export interface TableNode {
  type: 'table';
  content: TableRowNode[];
}

/**
 * What a live block shows, computed from the project (memos.liveBlock) or
 * kept as it was when the analyst froze it. A table: header cells (none for a
 * card), rows of plain text, and a note shown when there are no rows.
 */
export interface BlockContent {
  title: string;
  columns: string[];
  rows: string[][];
  note: string;
}

/** Live blocks carry `frozen: null` while live, or the content they were frozen with. */
export interface EntityCardNode {
  type: 'entityCard';
  attrs: { entityId: string; frozen: BlockContent | null };
}

export interface TimelineTableNode {
  type: 'timelineTable';
  attrs: {
    /** null: all events. */
    timelineId: string | null;
    /** Only events of these types; null or empty: every type. */
    typeIds: string[] | null;
    /** EDTF bounds: events that may fall on or after `from` and on or before `to`. */
    from: string | null;
    to: string | null;
    frozen: BlockContent | null;
  };
}

export interface ClaimsTableNode {
  type: 'claimsTable';
  attrs: {
    /** Claims by or about this entity; null: all claims. */
    entityId: string | null;
    status: ClaimStatus | null;
    /** An Admiralty grade like "B2": claims at least this reliable and this credible. */
    minGrade: string | null;
    frozen: BlockContent | null;
  };
}

export interface IndicatorRow {
  figure: string;
  label: string;
  explanation: string;
}

/** Key indicators: typed by the analyst, so always plain content (nothing to refresh). */
export interface IndicatorsTableNode {
  type: 'indicatorsTable';
  attrs: { rows: IndicatorRow[] };
}

/** Where the generated Sources list goes; a memo without one gets it at the end when it cites anything. */
export interface SourcesListNode {
  type: 'sourcesList';
}

export type LiveBlockNode = EntityCardNode | TimelineTableNode | ClaimsTableNode;

export type MemoBlock =
  | ParagraphNode
  | HeadingNode
  | BulletListNode
  | OrderedListNode
  | BlockquoteNode
  | HorizontalRuleNode
  | TableNode
  | LiveBlockNode
  | IndicatorsTableNode
  | SourcesListNode;

export interface MemoDoc {
  type: 'doc';
  content: MemoBlock[];
}

export const EMPTY_MEMO_DOC: MemoDoc = { type: 'doc', content: [{ type: 'paragraph' }] };

/** Node and mark names Dossier's editor uses, for the editor's configuration and tests. */
export const MEMO_NODE_TYPES = [
  'doc',
  'paragraph',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'blockquote',
  'horizontalRule',
  'hardBreak',
  'text',
  'table',
  'tableRow',
  'tableHeader',
  'tableCell',
  'citation',
  'entityCard',
  'timelineTable',
  'claimsTable',
  'indicatorsTable',
  'sourcesList',
] as const;
export const MEMO_MARK_TYPES: readonly MemoMarkType[] = ['bold', 'italic', 'underline'];
