/** What "Export project file…" puts in the file. */
export interface ExportScope {
  /** Only these sources and everything attached to them; omitted: the whole project. */
  sourceIds?: string[];
  includeMemos: boolean;
  /**
   * Personal drafts: the memos' automatic history (autosaves, conflict and
   * before-restore versions) and the analyst's own memo templates. Named
   * versions always travel with their memo.
   */
  includeDrafts: boolean;
}

/** Live items (not in the Trash) the file will hold, per kind. */
export interface ExportCounts {
  sources: number;
  annotations: number;
  labels: number;
  claims: number;
  entities: number;
  events: number;
  timelines: number;
  memos: number;
  /** Memo versions and templates that travel (named versions always; the rest only with drafts). */
  memoVersions: number;
  templates: number;
}

export interface ExportPreview {
  counts: ExportCounts;
  /** Drafts left out by includeDrafts: false (0 when included). */
  draftsLeftOut: number;
  /** The project file's current size: the export is at most about this big. */
  projectBytes: number;
}

export interface ExportResult {
  fileName: string;
  sizeBytes: number;
  counts: ExportCounts;
  /** Hand to shell.saveDownload: the file waits in a staging folder until it is saved or expires. */
  downloadId: string;
}
