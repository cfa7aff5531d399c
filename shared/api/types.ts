/** Domain types returned by the API. Inputs are declared as schemas in contract.ts. */

export type Reliability = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

export type SourceFormat = 'paste' | 'txt' | 'md' | 'html';

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
  counts: { sources: number; annotations: number; labels: number; trash: number };
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
}

export type ImportStatus = 'imported' | 'duplicate' | 'failed';

export interface ImportResult {
  name: string;
  status: ImportStatus;
  sourceId?: string;
  title?: string;
  /** For duplicates: the id of the source that already has this text. */
  duplicateOf?: string;
  /** Plain-English reason for failures and duplicates, or a note on what was done (e.g. encoding detected). */
  message?: string;
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

export type TrashKind = 'source' | 'annotation' | 'label';

export interface TrashItem {
  kind: TrashKind;
  id: string;
  title: string;
  detail: string;
  deletedAt: string;
  deletedBy: string;
}

export interface SearchHit {
  kind: 'source' | 'annotation';
  id: string;
  sourceId: string;
  sourceTitle: string;
  /** Where the match is in the source text, so the reader can land on it. */
  start: number;
  end: number;
  before: string;
  match: string;
  after: string;
}
