import type { Migration } from './Migration';

const rowStamps = `created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT`;

/**
 * Briefing memos. A memo's document is the editor's JSON, saved whole on
 * every autosave; `revision` goes up by one each time, for optimistic
 * concurrency. Word and citation counts are derived by core from the
 * document and kept for the list. Versions are immutable copies of a memo's
 * document (never edited, never deleted on their own: they go with their
 * memo), so they carry only their creation stamps. Citations point at claims
 * or passages inside the JSON: no foreign key, a trashed target renders as
 * "[source removed]".
 */
export const migration0040Memos: Migration = {
  version: 40,
  name: 'memos',
  up(db) {
    db.exec(`
      CREATE TABLE memos (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        doc TEXT NOT NULL CHECK (json_valid(doc)),
        revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
        word_count INTEGER NOT NULL DEFAULT 0,
        citation_count INTEGER NOT NULL DEFAULT 0,
        -- A built-in template ('builtin:…') or a memo_templates id; kept as made from, so no foreign key.
        template_id TEXT,
        ${rowStamps}
      ) STRICT;
      CREATE INDEX memos_by_updated ON memos (updated_at);

      CREATE TABLE memo_versions (
        id TEXT PRIMARY KEY,
        memo_id TEXT NOT NULL REFERENCES memos (id),
        kind TEXT NOT NULL CHECK (kind IN ('named','auto','beforeRestore','conflict')),
        name TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL,
        doc TEXT NOT NULL CHECK (json_valid(doc)),
        revision INTEGER NOT NULL,
        word_count INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX memo_versions_by_memo ON memo_versions (memo_id, created_at);

      CREATE TABLE memo_templates (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        doc TEXT NOT NULL CHECK (json_valid(doc)),
        ${rowStamps}
      ) STRICT;
    `);
  },
};
