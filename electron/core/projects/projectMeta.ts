import { statement } from '../db/statement';
import type { ProjectDb } from '../db/projectDatabase';

/**
 * mentions_stale: '0' when mention_index matches the current names and texts.
 * all_events_column_state: the grid layout of the "All events" timeline view ('' when none).
 * exported_by, exported_at, export_scope: set only in files made by "Export project file…" (who, when, what: JSON).
 * replica_id, replica_path: which copy of the project this file is (see replicaIdentity.ts).
 */
export type ProjectMetaKey =
  | 'project_id'
  | 'name'
  | 'created_at'
  | 'created_by'
  | 'mentions_stale'
  | 'all_events_column_state'
  | 'exported_by'
  | 'exported_at'
  | 'export_scope'
  | 'replica_id'
  | 'replica_path';

export function readProjectMeta(db: ProjectDb, key: ProjectMetaKey): string | undefined {
  const row = statement(db, 'SELECT value FROM project_meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

export function writeProjectMeta(db: ProjectDb, key: ProjectMetaKey, value: string): void {
  statement(db, 'INSERT INTO project_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    key,
    value,
  );
}
