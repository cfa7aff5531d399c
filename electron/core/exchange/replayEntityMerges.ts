import type { ProjectDb } from '../db/projectDatabase';

type Cell = string | null;

const linkTables = [
  { table: 'annotation_entities', owner: 'annotation_id', role: false },
  { table: 'claim_entities', owner: 'claim_id', role: true },
  { table: 'event_entities', owner: 'event_id', role: false },
] as const;

function later(a: string, b: string): string {
  return a > b ? a : b;
}

/**
 * Replays entity merges on links that still point at a merged entity (a
 * colleague tagged it before learning of the merge, or the merge came in
 * from their file): the link moves to the surviving entity, as
 * mergeEntities moves it. Stamps are the merge's own or the link's, never
 * "now", so both copies replay to identical rows.
 */
export function replayEntityMerges(db: ProjectDb): number {
  const merged = db
    .prepare('SELECT id, merged_into, deleted_at, deleted_by FROM entities WHERE merged_into IS NOT NULL AND deleted_at IS NOT NULL')
    .all() as { id: string; merged_into: string; deleted_at: string; deleted_by: string }[];
  if (merged.length === 0) return 0;
  const byId = new Map(merged.map((m) => [m.id, m]));
  const survivor = (id: string): string => {
    let current = id;
    for (let i = 0; i < 32; i++) {
      const next = byId.get(current);
      if (!next) return current;
      current = next.merged_into;
    }
    return current;
  };
  let moved = 0;
  for (const { table, owner, role } of linkTables) {
    const rows = db
      .prepare(
        `SELECT l.* FROM ${table} l JOIN entities e ON e.id = l.entity_id
         WHERE l.deleted_at IS NULL AND e.merged_into IS NOT NULL AND e.deleted_at IS NOT NULL`,
      )
      .all() as Record<string, Cell>[];
    const tombstone = db.prepare(
      `UPDATE ${table} SET deleted_at = ?, deleted_by = ?, updated_at = ?, updated_by = ? WHERE ${owner} = ? AND entity_id = ?`,
    );
    const existing = db.prepare(`SELECT deleted_at, updated_at FROM ${table} WHERE ${owner} = ? AND entity_id = ?`);
    const revive = db.prepare(
      `UPDATE ${table} SET deleted_at = NULL, deleted_by = NULL, updated_at = ?, updated_by = ?${role ? ', role = ?' : ''} WHERE ${owner} = ? AND entity_id = ?`,
    );
    const insert = db.prepare(
      role
        ? `INSERT INTO claim_entities (claim_id, entity_id, role, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)`
        : `INSERT INTO ${table} (${owner}, entity_id, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    for (const row of rows) {
      const from = byId.get(String(row.entity_id));
      if (!from) continue;
      const into = survivor(from.id);
      const stamp = later(from.deleted_at, String(row.updated_at));
      const by = from.deleted_by;
      const ownerId = String(row[owner]);
      tombstone.run(stamp, by, stamp, by, ownerId, from.id);
      const there = existing.get(ownerId, into) as { deleted_at: string | null; updated_at: string } | undefined;
      if (!there) {
        if (role) insert.run(ownerId, into, row.role, stamp, stamp, by, by);
        else insert.run(ownerId, into, stamp, stamp, by, by);
      } else if (there.deleted_at !== null && there.updated_at < stamp) {
        if (role) revive.run(stamp, by, row.role, ownerId, into);
        else revive.run(stamp, by, ownerId, into);
      }
      moved += 1;
    }
  }
  for (const { table, column } of [
    { table: 'claims', column: 'asserter_entity_id' },
    { table: 'events', column: 'place_entity_id' },
  ]) {
    const rows = db
      .prepare(
        `SELECT t.id, t.${column} AS entity_id, t.updated_at, t.updated_by FROM ${table} t JOIN entities e ON e.id = t.${column}
         WHERE e.merged_into IS NOT NULL AND e.deleted_at IS NOT NULL`,
      )
      .all() as { id: string; entity_id: string; updated_at: string; updated_by: string }[];
    const update = db.prepare(`UPDATE ${table} SET ${column} = ?, updated_at = ?, updated_by = ? WHERE id = ?`);
    for (const row of rows) {
      const from = byId.get(row.entity_id);
      if (!from) continue;
      const newer = from.deleted_at > row.updated_at;
      update.run(survivor(from.id), newer ? from.deleted_at : row.updated_at, newer ? from.deleted_by : row.updated_by, row.id);
      moved += 1;
    }
  }
  return moved;
}
