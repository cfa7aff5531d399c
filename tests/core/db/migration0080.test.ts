import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/projectDatabase';
import { migrations } from '../../../electron/core/db/migrations/migrations';
import { tempDir } from '../../helpers/tempDir';

const at = '2026-01-01T00:00:00.000Z';

function versionFifty(): Database.Database {
  const db = new Database(path.join(tempDir(), 'm.dossier'));
  db.pragma('foreign_keys = ON');
  migrate(db, migrations, 50);
  db.prepare(
    `INSERT INTO sources (id, title, format, sha256, char_count, created_at, updated_at, created_by, updated_by, reliability)
     VALUES ('s1', 'Report', 'txt', 'abc', 11, @at, @at, 'a', 'a', 'B')`,
  ).run({ at });
  db.prepare("INSERT INTO source_texts (source_id, text) VALUES ('s1', 'Hello world')").run();
  db.prepare(
    `INSERT INTO annotations (id, source_id, start_pos, end_pos, exact, prefix, suffix, created_at, updated_at, created_by, updated_by)
     VALUES ('a1', 's1', 0, 5, 'Hello', '', ' world', @at, @at, 'a', 'a')`,
  ).run({ at });
  return db;
}

describe('migration 0080-document-formats', () => {
  it('keeps every source row, its id, text and highlights, and accepts docx and pdf sources', () => {
    const db = versionFifty();
    const insertPdf = () =>
      db
        .prepare(
          `INSERT INTO sources (id, title, format, sha256, char_count, created_at, updated_at, created_by, updated_by)
           VALUES ('s2', 'Scan', 'pdf', 'def', 3, @at, @at, 'a', 'a')`,
        )
        .run({ at });
    expect(insertPdf).toThrow(/CHECK/);

    const rowidBefore = db.prepare("SELECT rowid FROM sources WHERE id = 's1'").pluck().get();
    migrate(db, migrations, 80);
    expect(db.pragma('user_version', { simple: true })).toBe(80);
    expect(db.prepare("SELECT rowid FROM sources WHERE id = 's1'").pluck().get()).toBe(rowidBefore);
    expect(db.prepare("SELECT id, title, format, reliability FROM sources").all()).toEqual([
      { id: 's1', title: 'Report', format: 'txt', reliability: 'B' },
    ]);
    insertPdf();
    db.prepare("INSERT INTO source_pages (source_id, page, start_pos) VALUES ('s2', 1, 0), ('s2', 2, 40)").run();
    expect(db.prepare("SELECT page, start_pos FROM source_pages WHERE source_id = 's2' ORDER BY page").all()).toEqual([
      { page: 1, start_pos: 0 },
      { page: 2, start_pos: 40 },
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('makes again the triggers other migrations put on sources (e.g. a search index kept up to date)', () => {
    const db = versionFifty();
    db.exec(`CREATE TABLE touched (id TEXT);
      CREATE TRIGGER sources_touch AFTER UPDATE OF title ON sources BEGIN INSERT INTO touched VALUES (new.id); END;`);
    migrate(db, migrations, 80);
    db.prepare("UPDATE sources SET title = 'Renamed' WHERE id = 's1'").run();
    expect(db.prepare('SELECT id FROM touched').pluck().all()).toEqual(['s1']);
  });

  it('keeps the foreign keys, the index on sha256 and the immutability of texts and pages', () => {
    const db = versionFifty();
    migrate(db, migrations, 80);
    expect(() => db.prepare("UPDATE source_texts SET text = 'x' WHERE source_id = 's1'").run()).toThrow(/never changes/);
    expect(() => db.prepare("INSERT INTO source_texts (source_id, text) VALUES ('nope', 'x')").run()).toThrow(/FOREIGN KEY/);
    expect(() =>
      db.prepare(
        `INSERT INTO annotations (id, source_id, start_pos, end_pos, exact, prefix, suffix, created_at, updated_at, created_by, updated_by)
         VALUES ('a2', 'nope', 0, 5, 'Hello', '', '', @at, @at, 'a', 'a')`,
      ).run({ at }),
    ).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO source_pages (source_id, page, start_pos) VALUES ('nope', 1, 0)").run()).toThrow(/FOREIGN KEY/);
    db.prepare("INSERT INTO source_pages (source_id, page, start_pos) VALUES ('s1', 1, 0)").run();
    expect(() => db.prepare("UPDATE source_pages SET start_pos = 3").run()).toThrow(/never change/);
    const indexes = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'sources' AND sql IS NOT NULL").pluck().all();
    expect(indexes).toContain('sources_sha256');
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM sources WHERE sha256 = 'abc'").all() as { detail: string }[];
    expect(plan.map((r) => r.detail).join()).toMatch(/sources_sha256/);
    // Other tables still name sources, not the temporary table.
    const stale = db.prepare("SELECT name FROM sqlite_schema WHERE sql LIKE '%sources_0080%'").pluck().all();
    expect(stale).toEqual([]);
  });
});
