/** Domain types returned by the API. Inputs are declared as schemas in contract.ts. */

export type Reliability = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

export type SourceFormat = 'paste' | 'txt' | 'md' | 'html' | 'docx' | 'pdf';

export interface AppInfo {
  version: string;
  schemaVersion: number;
  host: 'desktop' | 'browser';
  projectsDir: string;
  userName: string;
}

export interface ProjectFileInfo {
  path: string;
  fileName: string;
  name: string;
  modifiedAt: string;
  sizeBytes: number;
}

export interface RecentProject {
  path: string;
  name: string;
  openedAt: string;
  exists: boolean;
}

export interface ProjectInfo {
  id: string;
  name: string;
  path: string;
  fileName: string;
  schemaVersion: number;
  createdAt: string;
  /** What the navigation shows beside each view; trash is exactly what trash.list lists. */
  counts: { sources: number; annotations: number; labels: number; claims: number; entities: number; timelines: number; memos: number; trash: number };
}

export interface SourceSummary {
  id: string;
  title: string;
  outlet: string;
  author: string;
  published: string;
  url: string;
  reliability: Reliability;
  format: SourceFormat;
  originalName: string;
  charCount: number;
  annotationCount: number;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
}

export interface Source extends SourceSummary {
  notes: string;
  text: string;
  sha256: string;
  /** Sources from PDFs: where each page starts in text (page 1 at index 0), so a passage can cite its page. */
  pageStarts?: number[];
}

/** 'review': read, but held back until its text is reviewed (a PDF with headers/footers or hyphenation to clean up). */
export type ImportStatus = 'imported' | 'duplicate' | 'failed' | 'review';

export interface ImportResult {
  name: string;
  status: ImportStatus;
  sourceId?: string;
  title?: string;
  /** For duplicates: the id of the source that already has this text. */
  duplicateOf?: string;
  /** Plain-English reason for failures and duplicates, or a note on what was done (e.g. encoding detected). */
  message?: string;
  /** Status 'review': what was read, to be reviewed and then imported with sources.importReviewed. */
  review?: PdfReview;
}

/** A PDF's pages as read and what could be cleaned up in them. */
export interface PdfReview {
  pages: string[][];
  artifacts: { repeated: string[]; pageNumbers: number; hyphenations: number };
  title?: string;
  author?: string;
  /** Notes from reading it (e.g. it holds JavaScript, which was not run). */
  info?: string;
}

/** Where a batch import is; sent as it moves (event import.progress) and on request (sources.importJob.get). */
export interface ImportJobProgress {
  jobId: string;
  total: number;
  /** Files finished (imported, duplicate, failed or held for review). */
  done: number;
  /** The file being read now. */
  current: string | null;
  imported: number;
  duplicates: number;
  failed: number;
  review: number;
  /** Estimated time left, from the pace so far; null until the first file is done. */
  etaMs: number | null;
  finished: boolean;
  cancelled: boolean;
}

export interface ImportJobState extends ImportJobProgress {
  /** One per finished file, in the order the files were given. */
  results: ImportResult[];
}

export interface Annotation {
  id: string;
  sourceId: string;
  /** TextPositionSelector over the source's normalized text (UTF-16 code units). */
  start: number;
  end: number;
  /** TextQuoteSelector. */
  exact: string;
  prefix: string;
  suffix: string;
  note: string;
  labelIds: string[];
  /** Entities the analyst tagged this highlight with. */
  entityIds: string[];
  createdAt: string;
  updatedAt: string;
  createdBy: string;
}

export interface LabelledHighlight {
  annotation: Annotation;
  sourceTitle: string;
}

export interface Label {
  id: string;
  name: string;
  color: string;
  usageCount: number;
  createdAt: string;
  updatedAt: string;
}

export type TrashKind = 'source' | 'annotation' | 'label' | 'entity' | 'claim' | 'event' | 'timeline' | 'eventType' | 'memo' | 'memoTemplate' | 'savedSearch';

export interface TrashItem {
  kind: TrashKind;
  id: string;
  title: string;
  detail: string;
  deletedAt: string;
  deletedBy: string;
}

/** What global search looks in. */
export const searchKinds = ['source', 'annotation', 'claim', 'entity', 'event', 'memo'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** Narrows a search; every filter is optional and applies to the kinds it makes sense for. */
export interface SearchFilters {
  /** Only these kinds; empty or missing: all. */
  kinds?: SearchKind[];
  /** The source itself, its highlights, and claims citing it. */
  sourceId?: string;
  /** Highlights with this label, and claims citing such a highlight. */
  labelId?: string;
  /** EDTF bounds on the item's date: a source's published date, a claim's or event's date. Items without one are left out. */
  from?: string;
  to?: string;
  /** Like "B2": claims at least this reliable and credible; sources at least this reliable. */
  minGrade?: string;
}

/** The matched words in context, taken from the original text (not the folded index). */
export interface SearchSnippet {
  before: string;
  match: string;
  after: string;
}

export interface SearchResult {
  kind: SearchKind;
  id: string;
  /** The source's title, the claim's statement, the entity's name, the event's or memo's title. */
  title: string;
  /** Where the words matched; null when they matched the title only. */
  snippet: SearchSnippet | null;
  /** Where the reader lands (sources and highlights): the exact span matched, or the highlight. */
  sourceId: string | null;
  start: number | null;
  end: number | null;
  /** A short line: the source of a highlight, a claim's grade and status, an entity's kind, an event's date. */
  detail: string;
}

export interface SearchGroup {
  kind: SearchKind;
  /** Every match of this kind, not only those listed. */
  total: number;
  results: SearchResult[];
}

export interface SearchResponse {
  groups: SearchGroup[];
  total: number;
}

/** A search kept to be run again. */
export interface SavedSearch {
  id: string;
  name: string;
  query: string;
  filters: SearchFilters;
  updatedAt: string;
}

export type EntityKind = 'person' | 'organization' | 'place' | 'event' | 'other';

export interface EntityAlias {
  id: string;
  alias: string;
  /** Other entities that have the same name or alias (folded): shown, never merged silently. */
  conflicts: { entityId: string; name: string }[];
}

export interface EntitySummary {
  id: string;
  kind: EntityKind;
  name: string;
  description: string;
  /** EDTF, '' when none. */
  dateEdtf: string;
  aliases: string[];
  mentionCount: number;
  claimCount: number;
  /** How many of its names another entity also uses. */
  conflictCount: number;
  updatedAt: string;
}

export interface Entity extends EntitySummary {
  notes: string;
  aliasRows: EntityAlias[];
  createdAt: string;
  createdBy: string;
}

export interface MentionInContext {
  sourceId: string;
  sourceTitle: string;
  start: number;
  end: number;
  before: string;
  match: string;
  after: string;
}

export interface EntityPage {
  entity: Entity;
  /** Mentions across sources, in source order; at most `limit` of `mentionTotal`. */
  mentions: MentionInContext[];
  mentionTotal: number;
  claimsBy: ClaimRow[];
  claimsAbout: ClaimRow[];
  cooccurring: { entityId: string; name: string; kind: EntityKind; count: number }[];
}

export interface SourceMention {
  entityId: string;
  start: number;
  end: number;
}

export interface EntitySuggestion {
  /** Stable for a name: what a dismissal remembers. */
  key: string;
  type: 'new' | 'alias';
  name: string;
  kind: EntityKind;
  /** Occurrences in the source. */
  count: number;
  /** For alias suggestions: the existing entity the name probably belongs to. */
  entityId?: string;
  entityName?: string;
  reason?: string;
}

export type ClaimStatus = 'unverified' | 'corroborated' | 'disputed' | 'refuted';
export type Credibility = 1 | 2 | 3 | 4 | 5 | 6;
export type ClaimRole = 'subject' | 'object' | 'mentioned';
export type ClaimRelation = 'supports' | 'contradicts';

export interface ClaimEntityRef {
  entityId: string;
  name: string;
  kind: EntityKind;
  role: ClaimRole;
}

export interface ClaimRow {
  id: string;
  statement: string;
  asserterEntityId: string | null;
  /** The asserting entity's name, or the free text ("senior official, unnamed"). */
  asserterName: string;
  dateEdtf: string;
  status: ClaimStatus;
  reliability: Reliability;
  credibility: Credibility;
  /** Admiralty grade as shown, e.g. "B2". */
  grade: string;
  entities: ClaimEntityRef[];
  citationCount: number;
  sourceTitles: string[];
  /** A cited passage was deleted: the claim stays, its evidence is missing. */
  missingEvidence: boolean;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
}

/**
 * claims.list's answer, compact: each claim is a row of values in a fixed
 * order, and the entities and source titles the rows refer to are listed
 * once and referred to by index. 50,000 claims as ClaimRow objects are over
 * 35 MB of JSON; this is less than half, and cheaper to parse and to send.
 * shared/claims/claimTable.ts turns it into ClaimRow objects.
 */
export interface ClaimTable {
  rows: ClaimTableRow[];
  /** Live entities that assert or are about the claims listed. */
  entities: { id: string; name: string; kind: EntityKind }[];
  /** Titles of the sources of live cited passages. */
  sourceTitles: string[];
  /** How many claims the whole list has: more than `rows` when only the first ones were asked for. */
  total: number;
}

export type ClaimTableRow = [
  id: string,
  statement: string,
  /** Index into `entities` of the asserting entity, or -1 (free text, or the entity is in the Trash). */
  asserter: number,
  asserterText: string,
  dateEdtf: string,
  status: ClaimStatus,
  reliability: Reliability,
  credibility: Credibility,
  /** The entities it is about: index into `entities`, role. */
  entities: [entity: number, role: ClaimRole][],
  citationCount: number,
  /** Indexes into `sourceTitles`. */
  sourceTitles: number[],
  /** 1 when a cited passage (or its source) is in the Trash. */
  missingEvidence: 0 | 1,
  createdAt: string,
  /** '' when the same as createdAt (a claim never edited): most are, and the list is about a tenth shorter for it. */
  updatedAt: string,
  createdBy: string,
];

export interface ClaimCitation {
  annotationId: string;
  sourceId: string;
  sourceTitle: string;
  exact: string;
  start: number;
  end: number;
  /** The passage or its source is in the Trash. */
  missing: boolean;
}

export interface ClaimLink {
  id: string;
  relation: ClaimRelation;
  /** 'outgoing': this claim supports/contradicts the other; 'incoming': the other one does. */
  direction: 'outgoing' | 'incoming';
  otherClaimId: string;
  otherStatement: string;
}

export interface Claim extends ClaimRow {
  asserterText: string;
  notes: string;
  citations: ClaimCitation[];
  links: ClaimLink[];
}
