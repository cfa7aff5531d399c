import type { ProjectDb } from '../db/projectDatabase';
import { readProjectMeta } from '../projects/projectMeta';
import { codePointOffsets, type CodePointOffsets } from './codePointOffsets';

interface Row {
  id: string;
  source_id: string;
  source_title: string;
  start_pos: number;
  end_pos: number;
  exact: string;
  prefix: string;
  suffix: string;
  note: string;
  created_at: string;
  updated_at: string;
  created_by: string;
  labels: string;
}

/** One W3C Web Annotation (https://www.w3.org/TR/annotation-model/). */
export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  creator: { type: 'Person'; name: string };
  body?: ({ type: 'TextualBody'; purpose: 'commenting'; value: string; format: 'text/plain' } | { type: 'TextualBody'; purpose: 'tagging'; value: string })[];
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
}

export interface AnnotationCollection {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generator: { id: string; type: 'Software'; name: string };
  generated: string;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/**
 * Every live highlight as a W3C Web Annotation, in one AnnotationCollection with
 * one AnnotationPage. Targets name sources by urn:uuid; TextPositionSelector
 * counts code points, as the model asks; notes are commenting bodies and
 * labels tagging bodies.
 */
export function exportWebAnnotations(db: ProjectDb, options: { appVersion: string; now?: string }): AnnotationCollection {
  const rows = db
    .prepare(
      `SELECT a.id, a.source_id, s.title AS source_title, a.start_pos, a.end_pos, a.exact, a.prefix, a.suffix, a.note,
         a.created_at, a.updated_at, a.created_by,
         (SELECT coalesce(json_group_array(l.name), '[]') FROM annotation_labels al JOIN labels l ON l.id = al.label_id
           WHERE al.annotation_id = a.id AND al.deleted_at IS NULL AND l.deleted_at IS NULL) AS labels
       FROM annotations a JOIN sources s ON s.id = a.source_id AND s.deleted_at IS NULL
       WHERE a.deleted_at IS NULL ORDER BY s.created_at, s.id, a.start_pos, a.end_pos, a.id`,
    )
    .all() as Row[];
  const textOf = db.prepare('SELECT text FROM source_texts WHERE source_id = ?');
  const offsetsBySource = new Map<string, CodePointOffsets>();
  const offsetsFor = (sourceId: string): CodePointOffsets => {
    let offsets = offsetsBySource.get(sourceId);
    if (!offsets) {
      offsets = codePointOffsets((textOf.get(sourceId) as { text: string }).text);
      offsetsBySource.set(sourceId, offsets);
    }
    return offsets;
  };
  const projectId = readProjectMeta(db, 'project_id') ?? '';
  const items = rows.map((row): WebAnnotation => {
    const offsets = offsetsFor(row.source_id);
    const labels = (JSON.parse(row.labels) as string[]).sort((a, b) => a.localeCompare(b));
    const body: NonNullable<WebAnnotation['body']> = [
      ...(row.note ? [{ type: 'TextualBody' as const, purpose: 'commenting' as const, value: row.note, format: 'text/plain' as const }] : []),
      ...labels.map((value) => ({ type: 'TextualBody' as const, purpose: 'tagging' as const, value })),
    ];
    return {
      id: `urn:uuid:${row.id}`,
      type: 'Annotation',
      motivation: row.note ? 'commenting' : 'highlighting',
      created: row.created_at,
      modified: row.updated_at,
      creator: { type: 'Person', name: row.created_by },
      ...(body.length > 0 ? { body } : {}),
      target: {
        source: `urn:uuid:${row.source_id}`,
        selector: [
          { type: 'TextQuoteSelector', exact: row.exact, prefix: row.prefix, suffix: row.suffix },
          { type: 'TextPositionSelector', start: offsets.toCodePoint(row.start_pos), end: offsets.toCodePoint(row.end_pos) },
        ],
      },
    };
  });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:uuid:${projectId}`,
    type: 'AnnotationCollection',
    label: `Highlights in ${readProjectMeta(db, 'name') ?? 'a Dossier project'}`,
    total: items.length,
    generator: { id: 'urn:dossier:app', type: 'Software', name: `Dossier ${options.appVersion}` },
    generated: options.now ?? new Date().toISOString(),
    first: { id: `urn:uuid:${projectId}#page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
