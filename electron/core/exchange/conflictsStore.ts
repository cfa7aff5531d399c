import { DossierError } from '../../../shared/api/errors';
import type { MergeConflict, MergeKind } from '../../../shared/api/exchangeTypes';
import { nowIso } from '../db/nowIso';
import type { ProjectDb } from '../db/projectDatabase';
import { statement } from '../db/statement';
import { markMentionsStale } from '../entities/mentionIndex';
import { mergeTables } from './mergeTables';

interface ConflictRow {
  id: string;
  kind: MergeKind;
  table_name: string;
  row_key: string;
  title: string;
  peer_project_id: string;
  kept: 'mine' | 'theirs';
  mine: string | null;
  theirs: string | null;
  detected_at: string;
  resolved_at: string | null;
  resolution: 'mine' | 'theirs' | null;
}

function toConflict(db: ProjectDb, r: ConflictRow): MergeConflict {
  const peer = statement(db, 'SELECT peer_name FROM exchange_history WHERE peer_project_id = ? ORDER BY merged_at DESC LIMIT 1').get(r.peer_project_id) as
    | { peer_name: string }
    | undefined;
  return {
    id: r.id,
    kind: r.kind,
    table: r.table_name,
    rowKey: r.row_key,
    title: r.title,
    peerProjectId: r.peer_project_id,
    peerName: peer?.peer_name ?? '',
    kept: r.kept,
    mine: r.mine === null ? null : (JSON.parse(r.mine) as Record<string, unknown>),
    theirs: r.theirs === null ? null : (JSON.parse(r.theirs) as Record<string, unknown>),
    detectedAt: r.detected_at,
    resolvedAt: r.resolved_at,
    resolution: r.resolution,
  };
}

/** Conflicts from merges, open ones first (newest first), then resolved ones when asked for. */
export function listConflicts(db: ProjectDb, options: { includeResolved?: boolean } = {}): MergeConflict[] {
  const rows = statement(
    db,
    `SELECT * FROM merge_conflicts WHERE resolved_at IS NULL OR ? ORDER BY resolved_at IS NOT NULL, detected_at DESC, id DESC`,
  ).all(options.includeResolved ? 1 : 0) as ConflictRow[];
  return rows.map((r) => toConflict(db, r));
}

export function countOpenConflicts(db: ProjectDb): number {
  return (statement(db, 'SELECT count(*) AS n FROM merge_conflicts WHERE resolved_at IS NULL').get() as { n: number }).n;
}

/**
 * Settles a conflict. Keeping the version the merge already kept changes no
 * row; choosing the other writes it back as a fresh edit, so it wins at the
 * next exchange with the colleague too.
 */
export function resolveConflict(db: ProjectDb, author: string, id: string, keep: 'mine' | 'theirs'): MergeConflict {
  db.transaction(() => {
    const row = statement(db, 'SELECT * FROM merge_conflicts WHERE id = ?').get(id) as ConflictRow | undefined;
    if (!row) throw new DossierError('NOT_FOUND', 'That conflict no longer exists.');
    if (row.resolved_at !== null) throw new DossierError('BAD_INPUT', 'That conflict has already been resolved.');
    const now = nowIso();
    if (keep !== row.kept) {
      const chosenJson = keep === 'mine' ? row.mine : row.theirs;
      const spec = mergeTables.find((t) => t.table === row.table_name);
      if (!spec || chosenJson === null) throw new DossierError('BAD_INPUT', 'That version can no longer be restored.');
      const chosen = JSON.parse(chosenJson) as Record<string, string | number | null>;
      const columns = (db.prepare('SELECT name FROM pragma_table_info(?)').all(spec.table) as { name: string }[]).map((c) => c.name);
      const current = db.prepare(`SELECT * FROM ${spec.table} WHERE ${spec.key.map((k) => `${k} = ?`).join(' AND ')}`).get(
        ...spec.key.map((k) => chosen[k] ?? null),
      ) as Record<string, string | number | null> | undefined;
      if (!current) throw new DossierError('NOT_FOUND', 'The item of that conflict no longer exists.');
      const next: Record<string, string | number | null> = { ...chosen, updated_at: now, updated_by: author };
      if (columns.includes('revision')) next.revision = Number(current.revision ?? 0) + 1;
      const setCols = columns.filter((c) => !spec.key.includes(c) && c !== 'created_at' && c !== 'created_by');
      db.prepare(
        `UPDATE ${spec.table} SET ${setCols.map((c) => `${c} = ?`).join(', ')} WHERE ${spec.key.map((k) => `${k} = ?`).join(' AND ')}`,
      ).run(...setCols.map((c) => next[c] ?? null), ...spec.key.map((k) => chosen[k] ?? null));
      markMentionsStale(db);
    }
    statement(db, 'UPDATE merge_conflicts SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE id = ?').run(now, author, keep, id);
  })();
  const done = statement(db, 'SELECT * FROM merge_conflicts WHERE id = ?').get(id) as ConflictRow;
  return toConflict(db, done);
}
