import { DossierError } from '../../../shared/api/errors';
import type { EventType } from '../../../shared/api/timelineTypes';
import { nowIso } from '../db/nowIso';
import type { ProjectDb } from '../db/projectDatabase';
import { statement } from '../db/statement';
import { newId } from '../ids/newId';
import { moveToPosition, nextPosition } from './orderedRows';

const GONE = 'That event type no longer exists (it may have been moved to the Trash).';

export function listEventTypes(db: ProjectDb): EventType[] {
  return statement(db, 'SELECT id, name, color, position FROM event_types WHERE deleted_at IS NULL ORDER BY position, created_at, id').all() as EventType[];
}

export function getEventType(db: ProjectDb, id: string): EventType {
  const row = statement(db, 'SELECT id, name, color, position FROM event_types WHERE id = ? AND deleted_at IS NULL').get(id) as EventType | undefined;
  if (!row) throw new DossierError('NOT_FOUND', GONE);
  return row;
}

/** Type names are matched without regard to case (imports find "summit" as Summit), so two live types never share one. */
export function assertEventTypeNameFree(db: ProjectDb, name: string, exceptId?: string): void {
  const clash = statement(db, 'SELECT id FROM event_types WHERE name = ? COLLATE NOCASE AND deleted_at IS NULL AND id IS NOT ?').get(
    name,
    exceptId ?? null,
  );
  if (clash) throw new DossierError('ALREADY_EXISTS', `There is already an event type called “${name}”.`);
}

/** The live type with this name (any case), if any. */
export function findEventTypeByName(db: ProjectDb, name: string): EventType | undefined {
  return statement(db, 'SELECT id, name, color, position FROM event_types WHERE name = ? COLLATE NOCASE AND deleted_at IS NULL').get(name) as
    | EventType
    | undefined;
}

/** Inserts without a transaction of its own: imports create many inside theirs. */
export function insertEventType(db: ProjectDb, author: string, input: { name: string; color: string }, now: string): string {
  assertEventTypeNameFree(db, input.name);
  const id = newId();
  statement(
    db,
    'INSERT INTO event_types (id, name, color, position, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(id, input.name, input.color.toLowerCase(), nextPosition(db, 'event_types'), now, now, author, author);
  return id;
}

export function createEventType(db: ProjectDb, author: string, input: { name: string; color: string }): EventType {
  const id = db.transaction(() => insertEventType(db, author, input, nowIso()))();
  return getEventType(db, id);
}

export function updateEventType(db: ProjectDb, author: string, input: { id: string; name?: string; color?: string; position?: number }): EventType {
  db.transaction(() => {
    getEventType(db, input.id);
    const now = nowIso();
    if (input.name !== undefined) {
      assertEventTypeNameFree(db, input.name, input.id);
      statement(db, 'UPDATE event_types SET name = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(input.name, now, author, input.id);
    }
    if (input.color !== undefined) {
      statement(db, 'UPDATE event_types SET color = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(input.color.toLowerCase(), now, author, input.id);
    }
    if (input.position !== undefined) moveToPosition(db, 'event_types', input.id, input.position, author, now);
  })();
  return getEventType(db, input.id);
}

/** To the Trash. Events keep type_id; lists show no type while it is trashed, and it comes back on restore. */
export function deleteEventType(db: ProjectDb, author: string, id: string): void {
  const now = nowIso();
  const result = statement(
    db,
    'UPDATE event_types SET deleted_at = ?, deleted_by = ?, updated_at = ?, updated_by = ? WHERE id = ? AND deleted_at IS NULL',
  ).run(now, author, now, author, id);
  if (result.changes === 0) throw new DossierError('NOT_FOUND', 'That event type no longer exists (it may already be in the Trash).');
}
