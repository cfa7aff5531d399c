import { DossierError } from '../../../shared/api/errors';
import type { Label } from '../../../shared/api/types';
import { nowIso } from '../db/nowIso';
import { statement } from '../db/statement';
import type { ProjectDb } from '../db/projectDatabase';
import { newId } from '../ids/newId';

interface LabelRow {
  id: string;
  name: string;
  color: string;
  usage_count: number;
  created_at: string;
  updated_at: string;
}

const selectLabel = `SELECT l.id, l.name, l.color, l.created_at, l.updated_at,
    (SELECT count(*) FROM annotation_labels al
       JOIN annotations a ON a.id = al.annotation_id AND a.deleted_at IS NULL
       JOIN sources s ON s.id = a.source_id AND s.deleted_at IS NULL
     WHERE al.label_id = l.id AND al.deleted_at IS NULL) AS usage_count
  FROM labels l`;

function toLabel(row: LabelRow): Label {
  return {
    id: row.id,
    name: row.name,
    color: row.color,
    usageCount: row.usage_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listLabels(db: ProjectDb): Label[] {
  const rows = statement(db, `${selectLabel} WHERE l.deleted_at IS NULL ORDER BY l.name COLLATE NOCASE, l.id`).all() as LabelRow[];
  return rows.map(toLabel);
}

export function getLabel(db: ProjectDb, id: string): Label {
  const row = statement(db, `${selectLabel} WHERE l.id = ? AND l.deleted_at IS NULL`).get(id) as LabelRow | undefined;
  if (!row) throw new DossierError('NOT_FOUND', 'That label no longer exists (it may have been moved to the Trash).');
  return toLabel(row);
}

/** Live label names are unique, ignoring case. */
export function assertLabelNameFree(db: ProjectDb, name: string, exceptId?: string): void {
  const clash = statement(db, 'SELECT id FROM labels WHERE deleted_at IS NULL AND lower(name) = lower(?) AND id IS NOT ?')
    .get(name, exceptId ?? null) as { id: string } | undefined;
  if (clash) throw new DossierError('ALREADY_EXISTS', `There is already a label called “${name}”.`);
}

export function createLabel(db: ProjectDb, author: string, input: { name: string; color: string }): Label {
  const id = newId();
  db.transaction(() => {
    assertLabelNameFree(db, input.name);
    const now = nowIso();
    statement(db, 
      'INSERT INTO labels (id, name, color, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(id, input.name, input.color.toLowerCase(), now, now, author, author);
  })();
  return getLabel(db, id);
}

export function updateLabel(db: ProjectDb, author: string, input: { id: string; name?: string; color?: string }): Label {
  db.transaction(() => {
    getLabel(db, input.id);
    const now = nowIso();
    if (input.name !== undefined) {
      assertLabelNameFree(db, input.name, input.id);
      statement(db, 'UPDATE labels SET name = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(input.name, now, author, input.id);
    }
    if (input.color !== undefined) {
      statement(db, 'UPDATE labels SET color = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
        input.color.toLowerCase(),
        now,
        author,
        input.id,
      );
    }
  })();
  return getLabel(db, input.id);
}

export function deleteLabel(db: ProjectDb, author: string, id: string): void {
  const now = nowIso();
  const result = statement(db, 'UPDATE labels SET deleted_at = ?, deleted_by = ?, updated_at = ?, updated_by = ? WHERE id = ? AND deleted_at IS NULL')
    .run(now, author, now, author, id);
  if (result.changes === 0) throw new DossierError('NOT_FOUND', 'That label no longer exists (it may already be in the Trash).');
}
