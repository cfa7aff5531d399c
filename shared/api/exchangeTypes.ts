/** What a team merge shows and returns (see electron/core/exchange). */

export const mergeKinds = ['sources', 'annotations', 'labels', 'entities', 'claims', 'events', 'timelines', 'memos', 'savedSearches'] as const;
export type MergeKind = (typeof mergeKinds)[number];

/** One row named in a preview list. */
export interface MergeItem {
  table: string;
  id: string;
  title: string;
}

export interface MergeKindSummary {
  kind: MergeKind;
  added: number;
  updated: number;
  deleted: number;
  conflicts: number;
  /** Links added, changed or removed (a label on a highlight, a citation, an entity on an event): counted apart from the items. */
  linkChanges: number;
  /** The named rows behind the counts (at most a few hundred each; link rows are only counted). */
  lists: { added: MergeItem[]; updated: MergeItem[]; deleted: MergeItem[]; conflicts: MergeItem[] };
}

export interface ExchangeHistoryEntry {
  id: string;
  peerProjectId: string;
  peerName: string;
  exportedBy: string;
  exportedAt: string;
  fileName: string;
  mergedAt: string;
  mergedBy: string;
  counts: Record<MergeKind, { added: number; updated: number; deleted: number; conflicts: number }>;
}

export interface MergePreview {
  fileName: string;
  peerProjectId: string;
  peerName: string;
  exportedBy: string;
  exportedAt: string;
  /** The last merge of a file from the same colleague's project, if any. */
  lastExchange: ExchangeHistoryEntry | null;
  kinds: MergeKindSummary[];
  /** Same texts imported separately on both sides, found by content hash and made one source. */
  duplicateSources: number;
  /** Entity merges made on the other side that will be replayed here. */
  entityMerges: number;
  /** Total rows the merge would write (0: the file brings nothing new). */
  changes: number;
}

export interface MergeResult extends MergePreview {
  historyId: string;
}

export interface MergeConflict {
  id: string;
  kind: MergeKind;
  table: string;
  rowKey: string;
  title: string;
  peerProjectId: string;
  peerName: string;
  /** Which version the merge kept (the other is the one shown as losing). */
  kept: 'mine' | 'theirs';
  mine: Record<string, unknown> | null;
  theirs: Record<string, unknown> | null;
  detectedAt: string;
  resolvedAt: string | null;
  resolution: 'mine' | 'theirs' | null;
}
