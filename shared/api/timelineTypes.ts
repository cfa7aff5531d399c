/**
 * Timelines: analyst-built chronologies. Types of the API results declared in
 * contract.ts. Dates are EDTF strings kept exactly as typed; their sort keys
 * (ms since 1970 UTC, see shared/dates/edtf.ts) are derived by core.
 */
import type { EntityKind } from './types';

/** An analyst-defined category with a colour: Summit, Statement, Disclosure, Warning, Turning point... */
export interface EventType {
  id: string;
  name: string;
  color: string;
  position: number;
}

export interface Timeline {
  id: string;
  name: string;
  position: number;
  eventCount: number;
  /** The grid's column layout (AG Grid column state as JSON), remembered per timeline. */
  columnState: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface TimelineList {
  timelines: Timeline[];
  /** Column layout of the "All events" view. */
  allEventsColumnState: string | null;
}

export type EvidenceKind = 'claim' | 'annotation' | 'source';

export interface EventEvidence {
  kind: EvidenceKind;
  /** The claim, annotation or source id. */
  refId: string;
  /** The claim's statement, the passage's quote or the source's title. */
  label: string;
  /** The source the evidence comes from (for a claim: its first cited source), to open it in the reader. */
  sourceId: string | null;
  sourceTitle: string | null;
  /** For a passage: where it is in the source text. */
  start: number | null;
  end: number | null;
  /** The evidence was deleted (it is in the Trash): the event keeps the reference, marked missing. */
  missing: boolean;
}

export interface TimelineEvent {
  id: string;
  title: string;
  description: string;
  /** As typed; '' when the event has no date yet. Invalid EDTF is kept as typed (never rewritten). */
  dateEdtf: string;
  /** Sort keys, null when the date is empty or invalid. */
  earliest: number | null;
  latest: number | null;
  typeId: string | null;
  placeEntityId: string | null;
  entityIds: string[];
  evidence: EventEvidence[];
  timelineIds: string[];
  /** Keeps ties in the order the analyst chose (drag in the grid). */
  manualOrder: number;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
}

/**
 * One event as a row of `events.list`, positionally (100,000 rows must load
 * in well under a second, so no repeated keys): see EVENT_ROW.
 */
export type EventRowTuple = [
  id: string,
  title: string,
  description: string,
  dateEdtf: string,
  earliest: number | null,
  latest: number | null,
  typeId: string | null,
  placeEntityId: string | null,
  entityIds: string[],
  evidenceCount: number,
  missingEvidence: boolean,
  manualOrder: number,
  timelineIds: string[],
  updatedAt: string,
];

/** Positions in EventRowTuple, declared once for core and renderer. */
export const EVENT_ROW = {
  id: 0,
  title: 1,
  description: 2,
  dateEdtf: 3,
  earliest: 4,
  latest: 5,
  typeId: 6,
  placeEntityId: 7,
  entityIds: 8,
  evidenceCount: 9,
  missingEvidence: 10,
  manualOrder: 11,
  timelineIds: 12,
  updatedAt: 13,
} as const;

export interface EventList {
  rows: EventRowTuple[];
  /** Names of the entities the rows refer to (places and involved), once each. */
  entities: Record<string, { name: string; kind: EntityKind }>;
}

/** A date found in a passage by the offline date parser, relative phrases resolved against the source's published date. */
export interface DateSuggestion {
  /** EDTF for the analyst to confirm or edit. */
  edtf: string;
  words: string;
  /** The words in the text that gave it ("last week", "on March 27"). */
  matchedText: string;
  /** The reference date used for relative phrases (the source's published date), if any. */
  referenceDate: string | null;
}

export type TimelineFileFormat = 'csv' | 'timelinejs';

export interface ImportPreviewRow {
  /** 1-based line of the file's data (after the header). */
  rowNumber: number;
  title: string;
  dateEdtf: string;
  /** Plain words for the date, or '' when invalid. */
  dateWords: string;
  typeName: string;
  /** Why the row cannot be imported as is; empty when it can. */
  errors: string[];
  /** Problems that do not stop the import (e.g. an unknown type that will be created). */
  warnings: string[];
}

export interface ImportPreview {
  /** Pass back to timelines.importCommit; valid for this project until the next preview. */
  token: string;
  format: TimelineFileFormat;
  encoding: string;
  totalRows: number;
  validRows: number;
  /** Header names that were not understood and will be ignored. */
  ignoredColumns: string[];
  /** Expected columns the file lacks. */
  missingColumns: string[];
  /** The first rows and every row with an error (capped), for the preview table. */
  rows: ImportPreviewRow[];
}

export interface ImportCommitResult {
  timelineId: string;
  created: number;
  skipped: number;
}

/** A row exported without a date TimelineJS can place: it will not show in TimelineJS. */
export interface TimelineExportWarning {
  title: string;
  /** In plain words, with the date as typed. */
  reason: string;
}

export interface TimelineExport {
  fileName: string;
  mimeType: string;
  text: string;
  /** How many events were written. */
  eventCount: number;
  /** TimelineJS: every row left without a Year (no date, an invalid one, or one its columns cannot hold); empty for CSV. */
  warnings: TimelineExportWarning[];
}
