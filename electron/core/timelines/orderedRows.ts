import type { ProjectDb } from '../db/projectDatabase';
import { statement } from '../db/statement';

type OrderedTable = 'event_types' | 'timelines';

/** The next position at the end of the live rows. */
export function nextPosition(db: ProjectDb, table: OrderedTable): number {
  return (statement(db, `SELECT coalesce(max(position) + 1, 0) AS n FROM ${table} WHERE deleted_at IS NULL`).get() as { n: number }).n;
}

/**
 * Moves a row to `position` among the live rows (clamped) and renumbers them
 * 0..n-1, so positions stay dense whatever was deleted or restored before.
 */
export function moveToPosition(db: ProjectDb, table: OrderedTable, id: string, position: number, author: string, now: string): void {
  const ids = (statement(db, `SELECT id FROM ${table} WHERE deleted_at IS NULL ORDER BY position, created_at, id`).all() as { id: string }[])
    .map((r) => r.id)
    .filter((other) => other !== id);
  ids.splice(Math.min(position, ids.length), 0, id);
  const update = statement(db, `UPDATE ${table} SET position = ?, updated_at = ?, updated_by = ? WHERE id = ? AND position IS NOT ?`);
  ids.forEach((rowId, index) => update.run(index, now, author, rowId, index));
}
