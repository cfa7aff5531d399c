import { DossierError } from '../../../shared/api/errors';
import type { Annotation, LabelledHighlight } from '../../../shared/api/types';
import { checkRange, describeSpan } from '../../../shared/anchors/textSelectors';
import { nowIso } from '../db/nowIso';
import { statement } from '../db/statement';
import type { ProjectDb } from '../db/projectDatabase';
import { newId } from '../ids/newId';
import { setAnnotationEntities } from '../entities/entitiesStore';
import { getSourceText } from '../sources/sourcesStore';

interface AnnotationRow {
  id: string;
  source_id: string;
  start_pos: number;
  end_pos: number;
  exact: string;
  prefix: string;
  suffix: string;
  note: string;
  label_ids: string;
  entity_ids: string;
  created_at: string;
  updated_at: string;
  created_by: string;
}

const selectAnnotation = `SELECT a.id, a.source_id, a.start_pos, a.end_pos, a.exact, a.prefix, a.suffix, a.note,
    a.created_at, a.updated_at, a.created_by,
    (SELECT coalesce(json_group_array(al.label_id), '[]') FROM annotation_labels al JOIN labels l ON l.id = al.label_id
      WHERE al.annotation_id = a.id AND al.deleted_at IS NULL AND l.deleted_at IS NULL) AS label_ids,
    (SELECT coalesce(json_group_array(ae.entity_id), '[]') FROM annotation_entities ae JOIN entities e ON e.id = ae.entity_id
      WHERE ae.annotation_id = a.id AND ae.deleted_at IS NULL AND e.deleted_at IS NULL) AS entity_ids
  FROM annotations a`;

function toAnnotation(row: AnnotationRow): Annotation {
  return {
    id: row.id,
    sourceId: row.source_id,
    start: row.start_pos,
    end: row.end_pos,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    note: row.note,
    labelIds: JSON.parse(row.label_ids) as string[],
    entityIds: JSON.parse(row.entity_ids) as string[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: row.created_by,
  };
}

export function listAnnotations(db: ProjectDb, sourceId: string): Annotation[] {
  getSourceText(db, sourceId);
  const rows = statement(db, `${selectAnnotation} WHERE a.source_id = ? AND a.deleted_at IS NULL ORDER BY a.start_pos, a.end_pos, a.id`)
    .all(sourceId) as AnnotationRow[];
  return rows.map(toAnnotation);
}

export function listAnnotationsByLabel(db: ProjectDb, labelId: string): LabelledHighlight[] {
  const rows = statement(
    db,
    `${selectAnnotation.replace('FROM annotations a', ', s.title AS source_title FROM annotations a')}
     JOIN sources s ON s.id = a.source_id AND s.deleted_at IS NULL
     JOIN annotation_labels al ON al.annotation_id = a.id AND al.label_id = ? AND al.deleted_at IS NULL
     WHERE a.deleted_at IS NULL ORDER BY s.title COLLATE NOCASE, s.id, a.start_pos, a.end_pos`,
  ).all(labelId) as (AnnotationRow & { source_title: string })[];
  return rows.map((row) => ({ annotation: toAnnotation(row), sourceTitle: row.source_title }));
}

export function getAnnotation(db: ProjectDb, id: string): Annotation {
  const row = statement(db, 
      `${selectAnnotation} JOIN sources s ON s.id = a.source_id WHERE a.id = ? AND a.deleted_at IS NULL AND s.deleted_at IS NULL`,
    )
    .get(id) as AnnotationRow | undefined;
  if (!row) throw new DossierError('NOT_FOUND', 'That highlight no longer exists (it may have been moved to the Trash).');
  return toAnnotation(row);
}

function assertLabelsExist(db: ProjectDb, labelIds: readonly string[]): void {
  const live = statement(db, 'SELECT 1 FROM labels WHERE id = ? AND deleted_at IS NULL');
  for (const labelId of labelIds) {
    if (!live.get(labelId)) throw new DossierError('NOT_FOUND', 'One of the chosen labels no longer exists; pick the labels again.');
  }
}

/** Makes the annotation's live labels exactly `labelIds`, keeping tombstones for removed ones. */
function setLabels(db: ProjectDb, author: string, annotationId: string, labelIds: readonly string[], now: string): void {
  const wanted = new Set(labelIds);
  const current = statement(db, 'SELECT label_id, deleted_at FROM annotation_labels WHERE annotation_id = ?')
    .all(annotationId) as { label_id: string; deleted_at: string | null }[];
  const remove = statement(db, 
    'UPDATE annotation_labels SET deleted_at = @now, deleted_by = @by, updated_at = @now, updated_by = @by WHERE annotation_id = @a AND label_id = @l',
  );
  const revive = statement(db, 
    'UPDATE annotation_labels SET deleted_at = NULL, deleted_by = NULL, updated_at = @now, updated_by = @by WHERE annotation_id = @a AND label_id = @l',
  );
  const insert = statement(db, 
    `INSERT INTO annotation_labels (annotation_id, label_id, created_at, updated_at, created_by, updated_by)
     VALUES (@a, @l, @now, @now, @by, @by)`,
  );
  const known = new Map(current.map((row) => [row.label_id, row.deleted_at]));
  for (const row of current) {
    if (!wanted.has(row.label_id) && row.deleted_at === null) remove.run({ now, by: author, a: annotationId, l: row.label_id });
  }
  for (const labelId of wanted) {
    if (!known.has(labelId)) insert.run({ a: annotationId, l: labelId, now, by: author });
    else if (known.get(labelId) !== null) revive.run({ now, by: author, a: annotationId, l: labelId });
  }
}

export interface NewAnnotation {
  sourceId: string;
  start: number;
  end: number;
  note?: string;
  labelIds?: string[];
  entityIds?: string[];
}

export function createAnnotation(db: ProjectDb, author: string, input: NewAnnotation): Annotation {
  const id = newId();
  db.transaction(() => {
    const { title, text } = getSourceText(db, input.sourceId);
    const problem = checkRange(text.length, input.start, input.end);
    if (problem) {
      throw new DossierError(
        'RANGE_OUTSIDE_TEXT',
        problem === 'empty'
          ? 'Select some text to highlight first.'
          : `That highlight (${input.start}–${input.end}) falls outside the text of “${title}” (${text.length} characters).`,
      );
    }
    const labelIds = [...new Set(input.labelIds ?? [])];
    assertLabelsExist(db, labelIds);
    const { quote } = describeSpan(text, input.start, input.end);
    const now = nowIso();
    statement(db, 
      `INSERT INTO annotations (id, source_id, start_pos, end_pos, exact, prefix, suffix, note, created_at, updated_at, created_by, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, input.sourceId, input.start, input.end, quote.exact, quote.prefix, quote.suffix, input.note ?? '', now, now, author, author);
    setLabels(db, author, id, labelIds, now);
    if (input.entityIds) setAnnotationEntities(db, author, id, input.entityIds, now);
  })();
  return getAnnotation(db, id);
}

export function updateAnnotation(
  db: ProjectDb,
  author: string,
  input: { id: string; note?: string; labelIds?: string[]; entityIds?: string[] },
): Annotation {
  db.transaction(() => {
    getAnnotation(db, input.id);
    const now = nowIso();
    if (input.note !== undefined) {
      statement(db, 'UPDATE annotations SET note = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(input.note, now, author, input.id);
    }
    if (input.labelIds !== undefined) {
      const labelIds = [...new Set(input.labelIds)];
      assertLabelsExist(db, labelIds);
      setLabels(db, author, input.id, labelIds, now);
      statement(db, 'UPDATE annotations SET updated_at = ?, updated_by = ? WHERE id = ?').run(now, author, input.id);
    }
    if (input.entityIds !== undefined) {
      setAnnotationEntities(db, author, input.id, input.entityIds, now);
      statement(db, 'UPDATE annotations SET updated_at = ?, updated_by = ? WHERE id = ?').run(now, author, input.id);
    }
  })();
  return getAnnotation(db, input.id);
}

export function deleteAnnotation(db: ProjectDb, author: string, id: string): void {
  const now = nowIso();
  const result = statement(db, 'UPDATE annotations SET deleted_at = ?, deleted_by = ?, updated_at = ?, updated_by = ? WHERE id = ? AND deleted_at IS NULL')
    .run(now, author, now, author, id);
  if (result.changes === 0) throw new DossierError('NOT_FOUND', 'That highlight no longer exists (it may already be in the Trash).');
}
