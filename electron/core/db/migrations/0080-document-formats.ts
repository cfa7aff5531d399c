import type { Migration } from './Migration';

/** Every format a source can come from; the CHECK of sources.format lists these. */
const FORMATS = "'paste','txt','md','html','docx','pdf'";

/**
 * Sources from Word and PDF files: sources.format accepts 'docx' and 'pdf', and a PDF's page
 * boundaries are kept (source_pages) so that a passage can cite its page.
 *
 * SQLite cannot change a CHECK in place, so sources is rebuilt: same columns, same ids, rows
 * copied as they are. Foreign keys from other tables name `sources`, so they point at the new
 * table once it takes the name (the runner turns foreign keys off for this and checks them before commit). The indexes and triggers
 * on sources (whichever migrations made them) are read first and made again on the new table.
 */
export const migration0080DocumentFormats: Migration = {
  version: 80,
  name: 'document-formats',
  rebuildsTables: true,
  up(db) {
    const attached = db
      .prepare("SELECT sql FROM sqlite_schema WHERE tbl_name = 'sources' AND type IN ('index', 'trigger') AND sql IS NOT NULL")
      .pluck()
      .all() as string[];
    const tableSql = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'sources'").pluck().get() as string;
    const widened = tableSql.replace(/format TEXT NOT NULL CHECK \(format IN \([^)]*\)\)/, `format TEXT NOT NULL CHECK (format IN (${FORMATS}))`);
    if (widened === tableSql) throw new Error('migration 0080: the sources.format CHECK was not found');
    const columns = (db.prepare('PRAGMA table_info(sources)').all() as { name: string }[]).map((c) => c.name).join(', ');

    // Renaming must not rewrite the other tables' references to the dropped name.
    db.pragma('legacy_alter_table = ON');
    try {
      db.exec(widened.replace(/^CREATE TABLE "?sources"?/, 'CREATE TABLE sources_0080'));
      // Rowids kept too: an external-content index (FTS5 content='sources') finds rows by rowid.
      db.exec(`INSERT INTO sources_0080 (rowid, ${columns}) SELECT rowid, ${columns} FROM sources`);
      db.exec('DROP TABLE sources');
      db.exec('ALTER TABLE sources_0080 RENAME TO sources');
    } finally {
      db.pragma('legacy_alter_table = OFF');
    }
    for (const sql of attached) db.exec(sql);

    db.exec(`
      -- Where each page of a PDF starts in the source's text; page 1 starts at 0. Like the text, never changed.
      CREATE TABLE source_pages (
        source_id TEXT NOT NULL REFERENCES sources (id),
        page INTEGER NOT NULL CHECK (page >= 1),
        start_pos INTEGER NOT NULL CHECK (start_pos >= 0),
        PRIMARY KEY (source_id, page)
      ) STRICT, WITHOUT ROWID;
      CREATE TRIGGER source_pages_immutable BEFORE UPDATE ON source_pages
      BEGIN
        SELECT RAISE(ABORT, 'page boundaries never change after import');
      END;
    `);
  },
};
