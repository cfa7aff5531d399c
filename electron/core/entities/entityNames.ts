import type { ProjectDb } from '../db/projectDatabase';
import { statement } from '../db/statement';

/** Every live name and alias, for matching. */
export function liveNames(db: ProjectDb): { entityId: string; name: string; aliasId: string | null }[] {
  return statement(
    db,
    `SELECT e.id AS entityId, e.name AS name, NULL AS aliasId FROM entities e WHERE e.deleted_at IS NULL
     UNION ALL
     SELECT a.entity_id, a.alias, a.id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
     WHERE a.deleted_at IS NULL AND e.deleted_at IS NULL`,
  ).all() as { entityId: string; name: string; aliasId: string | null }[];
}

