/** Results of the interop calls: REFI-QDA project exchange and W3C Web Annotation export. */
import type { ProjectInfo } from './types';

/** How many things went into (or came out of) a .qdpx. */
export interface QdpxCounts {
  sources: number;
  /** Labels ⇄ REFI-QDA Codes. */
  labels: number;
  /** Highlights ⇄ PlainTextSelections. */
  highlights: number;
  /** Highlight notes ⇄ Notes. */
  notes: number;
  /** Entities ⇄ Cases. */
  entities: number;
}

export interface QdpxExport {
  fileName: string;
  dataBase64: string;
  counts: QdpxCounts;
}

export interface QdpxImport {
  /** The new project the .qdpx became; it is open now. */
  project: ProjectInfo;
  counts: QdpxCounts;
  /** What the file carried that Dossier could not take (picture or PDF sources, project notes, …), one sentence each. */
  skipped: string[];
}

export interface WebAnnotationExport {
  fileName: string;
  /** JSON-LD (application/ld+json), an AnnotationCollection with one AnnotationPage. */
  json: string;
  count: number;
}
