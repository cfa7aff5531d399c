import type { Migration } from './Migration';

/** Marks an item for (re)indexing: triggers only write here, so they need no app functions (trusted_schema stays off). */
function dirtyTriggers(table: string, kind: string, idExpr: { new: string; old: string }, columns: string): string {
  const mark = (id: string) => `INSERT OR IGNORE INTO search_dirty (kind, item_id) VALUES ('${kind}', ${id});`;
  return `
    CREATE TRIGGER search_dirty_${table}_insert AFTER INSERT ON ${table} BEGIN ${mark(idExpr.new)} END;
    CREATE TRIGGER search_dirty_${table}_update AFTER UPDATE OF ${columns} ON ${table} BEGIN ${mark(idExpr.new)} ${idExpr.new === idExpr.old ? '' : mark(idExpr.old)} END;
    CREATE TRIGGER search_dirty_${table}_delete AFTER DELETE ON ${table} BEGIN ${mark(idExpr.old)} END;`;
}

/**
 * Full-text search (FTS5). The index holds folded text (case, accents and
 * compatibility forms removed in every script, shared/search/foldText.ts), so
 * it is contentless: the texts stay where they are and snippets come from
 * them. Every write that changes something searchable marks the item in
 * search_dirty, in the same transaction, through triggers — whoever writes
 * (the app, a merge, an import). Search flushes the marks before it reads,
 * so results always match the project, and a crash loses no marks.
 */
export const migration0070Search: Migration = {
  version: 70,
  name: 'search',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE search_fts USING fts5 (
        title, body,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0'
      );
      -- Which item each index row is (FTS5 rowid = rowid here).
      CREATE TABLE search_items (
        rowid INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        item_id TEXT NOT NULL,
        UNIQUE (kind, item_id)
      ) STRICT;
      CREATE TABLE search_dirty (
        kind TEXT NOT NULL,
        item_id TEXT NOT NULL,
        PRIMARY KEY (kind, item_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE saved_searches (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        query TEXT NOT NULL,
        filters TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(filters)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT
      ) STRICT;

      ${dirtyTriggers('sources', 'source', { new: 'NEW.id', old: 'OLD.id' }, 'title, outlet, author, deleted_at')}
      -- A source in the Trash takes its highlights' notes out of search, and back when restored.
      CREATE TRIGGER search_dirty_source_notes AFTER UPDATE OF deleted_at ON sources BEGIN
        INSERT OR IGNORE INTO search_dirty (kind, item_id) SELECT 'annotation', id FROM annotations WHERE source_id = NEW.id;
      END;
      CREATE TRIGGER search_dirty_source_texts_insert AFTER INSERT ON source_texts BEGIN
        INSERT OR IGNORE INTO search_dirty (kind, item_id) VALUES ('source', NEW.source_id);
      END;
      ${dirtyTriggers('annotations', 'annotation', { new: 'NEW.id', old: 'OLD.id' }, 'note, deleted_at')}
      ${dirtyTriggers('claims', 'claim', { new: 'NEW.id', old: 'OLD.id' }, 'statement, asserter_text, notes, deleted_at')}
      ${dirtyTriggers('entities', 'entity', { new: 'NEW.id', old: 'OLD.id' }, 'name, description, notes, merged_into, deleted_at')}
      ${dirtyTriggers('entity_aliases', 'entity', { new: 'NEW.entity_id', old: 'OLD.entity_id' }, 'alias, entity_id, deleted_at')}
      ${dirtyTriggers('events', 'event', { new: 'NEW.id', old: 'OLD.id' }, 'title, description, deleted_at')}
      ${dirtyTriggers('memos', 'memo', { new: 'NEW.id', old: 'OLD.id' }, 'title, doc, deleted_at')}

      -- What the project holds already is indexed on the first search.
      INSERT INTO search_dirty (kind, item_id)
        SELECT 'source', id FROM sources UNION ALL
        SELECT 'annotation', id FROM annotations UNION ALL
        SELECT 'claim', id FROM claims UNION ALL
        SELECT 'entity', id FROM entities UNION ALL
        SELECT 'event', id FROM events UNION ALL
        SELECT 'memo', id FROM memos;
    `);
  },
};
