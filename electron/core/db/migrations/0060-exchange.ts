import type { Migration } from './Migration';

/**
 * Team exchange. `exchange_history` lists every colleague's file merged in
 * (peer project, when, which file, what changed). `exchange_base` keeps, per
 * peer, a hash of each row as it was in that peer's last file: a row whose
 * hash still equals the base has not changed since the last exchange on that
 * side, which is what a three-way merge needs. `exchange_aliases` records
 * rows found to be the same thing under two ids (a source imported by both
 * analysts, a seeded event type): the alias is kept as a tombstone and
 * everything pointing at it points at the canonical row. `merge_conflicts`
 * keeps the version that lost when both sides changed a row.
 */
export const migration0060Exchange: Migration = {
  version: 60,
  name: 'exchange',
  up(db) {
    db.exec(`
      CREATE TABLE exchange_history (
        id TEXT PRIMARY KEY,
        peer_project_id TEXT NOT NULL,
        peer_name TEXT NOT NULL DEFAULT '',
        exported_by TEXT NOT NULL DEFAULT '',
        exported_at TEXT NOT NULL DEFAULT '',
        file_name TEXT NOT NULL,
        merged_at TEXT NOT NULL,
        merged_by TEXT NOT NULL,
        -- JSON: per kind { added, updated, deleted, conflicts }.
        counts TEXT NOT NULL CHECK (json_valid(counts))
      ) STRICT;
      CREATE INDEX exchange_history_by_peer ON exchange_history (peer_project_id, merged_at);

      CREATE TABLE exchange_base (
        peer_project_id TEXT NOT NULL,
        table_name TEXT NOT NULL,
        row_key TEXT NOT NULL,
        row_hash TEXT NOT NULL,
        PRIMARY KEY (peer_project_id, table_name, row_key)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE exchange_aliases (
        table_name TEXT NOT NULL,
        alias_id TEXT NOT NULL,
        canonical_id TEXT NOT NULL,
        PRIMARY KEY (table_name, alias_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE merge_conflicts (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        table_name TEXT NOT NULL,
        row_key TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        peer_project_id TEXT NOT NULL,
        -- Which side the merge kept: 'mine' or 'theirs'. Both rows are JSON objects (NULL: the row did not exist).
        kept TEXT NOT NULL CHECK (kept IN ('mine','theirs')),
        mine TEXT CHECK (mine IS NULL OR json_valid(mine)),
        theirs TEXT CHECK (theirs IS NULL OR json_valid(theirs)),
        detected_at TEXT NOT NULL,
        resolved_at TEXT,
        resolved_by TEXT,
        resolution TEXT CHECK (resolution IS NULL OR resolution IN ('mine','theirs'))
      ) STRICT;
      CREATE INDEX merge_conflicts_open ON merge_conflicts (detected_at) WHERE resolved_at IS NULL;
    `);
  },
};
