/**
 * Briefing memos: types of the API results declared in contract.ts. A memo's
 * document is Tiptap/ProseMirror JSON (shared/memos/memoDoc.ts); word and
 * citation counts are computed by core from the stored document.
 */
import type { BlockContent, CitationKind, MemoDoc } from '../memos/memoDoc';

export interface MemoSummary {
  id: string;
  title: string;
  wordCount: number;
  /** Citation marks in the text, each use counted. */
  citationCount: number;
  /** Goes up by one with every save or restore: memos.save's baseRevision. */
  revision: number;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  updatedBy: string;
}

export interface Memo extends MemoSummary {
  doc: MemoDoc;
  /** The template it was made from (a built-in or an analyst's), if any. */
  templateId: string | null;
}

/** What memos.save answers: cheap, the document is not sent back. */
export interface MemoSaveResult {
  revision: number;
  updatedAt: string;
  wordCount: number;
  citationCount: number;
  /** An automatic version was kept before this save (at most one per 10 minutes of editing). */
  autoVersionId: string | null;
}

/**
 * named: the analyst's snapshot. auto: kept while editing, at most one per 10
 * minutes. beforeRestore: the memo as it was before a version was restored.
 * conflict: a save made against an older revision, kept rather than lost.
 */
export type MemoVersionKind = 'named' | 'auto' | 'beforeRestore' | 'conflict';

export interface MemoVersionSummary {
  id: string;
  memoId: string;
  kind: MemoVersionKind;
  /** The analyst's name for a named snapshot; '' otherwise. */
  name: string;
  title: string;
  /** The memo revision the version was taken from (for a conflict: the revision the rejected save was based on). */
  revision: number;
  wordCount: number;
  createdAt: string;
  createdBy: string;
}

export interface MemoVersion extends MemoVersionSummary {
  doc: MemoDoc;
}

export interface MemoTemplateSummary {
  id: string;
  name: string;
  description: string;
  /** Built-in templates cannot be renamed or deleted. */
  builtin: boolean;
  updatedAt: string | null;
}

export interface MemoTemplate extends MemoTemplateSummary {
  doc: MemoDoc;
}

/** What a citation points at, for the editor's hover card, footnotes and the Sources list. */
export interface CitationInfo {
  kind: CitationKind;
  refId: string;
  /** The claim or passage (or its source) is in the Trash: shown as "[source removed]". */
  removed: boolean;
  /** The claim's statement; '' for a passage. */
  statement: string;
  /** The passage's words (for a claim: its first live cited passage). */
  quote: string;
  sourceId: string | null;
  sourceTitle: string;
  outlet: string;
  /** The source's published date as stored (EDTF or free text), '' when unknown. */
  published: string;
  /** Admiralty grade: the claim's, e.g. "B2"; for a passage its source's reliability, e.g. "B". */
  grade: string;
  /** Where the passage is in the source text, to open it in the reader. */
  start: number | null;
  end: number | null;
  /** For a passage from a PDF: the page it starts on. */
  page?: number;
}

export type MemoExportFormat = 'html' | 'markdown' | 'docx' | 'printHtml';
export type PageSize = 'A4' | 'Letter';

export interface MemoExportOptions {
  pageSize: PageSize;
  /** Page margins in millimetres. */
  margins: { top: number; right: number; bottom: number; left: number };
  /** Handling marking printed at the top and bottom of every page ("INTERNAL — DO NOT FORWARD"); '' for none. */
  marking: string;
  /** The date printed on the memo (YYYY-MM-DD); '' for none. */
  date: string;
}

/** A citation whose claim or passage is gone: the export shows "[source removed]" in its place. */
export interface RemovedSource {
  /** Its footnote number. */
  n: number;
  kind: CitationKind;
  refId: string;
}

export interface MemoExport {
  fileName: string;
  mimeType: string;
  /** Text formats (html, markdown, printHtml). */
  text?: string;
  /** Binary formats (docx). */
  dataBase64?: string;
  removedSources: RemovedSource[];
}

export type { BlockContent };
