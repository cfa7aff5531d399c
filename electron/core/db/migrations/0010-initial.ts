import type { Migration } from './Migration';

/**
 * The first schema. Every row a user makes carries a UUIDv7 id, timestamps,
 * its author and a soft-delete tombstone, so deletions can be restored from
 * the Trash and travel in a merge.
 */
export const migration0010Initial: Migration = {
  version: 10,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE project_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE sources (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        outlet TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL DEFAULT '',
        published TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        reliability TEXT NOT NULL DEFAULT 'F' CHECK (reliability IN ('A','B','C','D','E','F')),
        notes TEXT NOT NULL DEFAULT '',
        format TEXT NOT NULL CHECK (format IN ('paste','txt','md','html')),
        original_name TEXT NOT NULL DEFAULT '',
        sha256 TEXT NOT NULL,
        char_count INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT
      ) STRICT;
      CREATE INDEX sources_sha256 ON sources (sha256);

      -- Kept apart from sources so listing never reads the texts.
      CREATE TABLE source_texts (
        source_id TEXT PRIMARY KEY REFERENCES sources (id),
        text TEXT NOT NULL
      ) STRICT;
      -- Annotations point into the text: it never changes once imported.
      CREATE TRIGGER source_texts_immutable BEFORE UPDATE ON source_texts
      BEGIN
        SELECT RAISE(ABORT, 'a source text never changes after import');
      END;

      CREATE TABLE labels (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        color TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT
      ) STRICT;

      CREATE TABLE annotations (
        id TEXT PRIMARY KEY,
        source_id TEXT NOT NULL REFERENCES sources (id),
        start_pos INTEGER NOT NULL CHECK (start_pos >= 0),
        end_pos INTEGER NOT NULL CHECK (end_pos > start_pos),
        exact TEXT NOT NULL,
        prefix TEXT NOT NULL,
        suffix TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT
      ) STRICT;
      CREATE INDEX annotations_by_source ON annotations (source_id, start_pos);

      CREATE TABLE annotation_labels (
        annotation_id TEXT NOT NULL REFERENCES annotations (id),
        label_id TEXT NOT NULL REFERENCES labels (id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT,
        PRIMARY KEY (annotation_id, label_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX annotation_labels_by_label ON annotation_labels (label_id);
    `);
  },
};
