import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/projectDatabase';
import { migrations, LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations/migrations';
import { tempDir } from '../../helpers/tempDir';

function freshDb(): Database.Database {
  const db = new Database(path.join(tempDir(), 'm.dossier'));
  db.pragma('foreign_keys = ON');
  return db;
}

const row = { now: '2026-01-01T00:00:00.000Z', by: 'a' };

describe('migration 0010-initial', () => {
  it('creates the tables from an empty file and records version 10', () => {
    const db = freshDb();
    migrate(db, migrations, 10);
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
      (t) => t.name,
    );
    expect(tables).toEqual(['annotation_labels', 'annotations', 'labels', 'project_meta', 'source_texts', 'sources']);
  });

  it('keeps source texts immutable and enforces grades, ranges and references', () => {
    const db = freshDb();
    migrate(db, migrations, 10);
    db.prepare(
      `INSERT INTO sources (id, title, format, sha256, char_count, created_at, updated_at, created_by, updated_by)
       VALUES ('s1', 'T', 'paste', 'h', 5, @now, @now, @by, @by)`,
    ).run(row);
    db.prepare("INSERT INTO source_texts (source_id, text) VALUES ('s1', 'hello')").run();
    expect(() => db.prepare("UPDATE source_texts SET text = 'changed' WHERE source_id = 's1'").run()).toThrow(/never changes/);
    expect(() => db.prepare("UPDATE sources SET reliability = 'G' WHERE id = 's1'").run()).toThrow(/CHECK/);
    const insertAnnotation = db.prepare(
      `INSERT INTO annotations (id, source_id, start_pos, end_pos, exact, prefix, suffix, created_at, updated_at, created_by, updated_by)
       VALUES (@id, @source, @start, @end, '', '', '', @now, @now, @by, @by)`,
    );
    expect(() => insertAnnotation.run({ ...row, id: 'a1', source: 's1', start: 3, end: 3 })).toThrow(/CHECK/);
    expect(() => insertAnnotation.run({ ...row, id: 'a2', source: 'missing', start: 0, end: 2 })).toThrow(/FOREIGN KEY/);
    insertAnnotation.run({ ...row, id: 'a3', source: 's1', start: 0, end: 2 });
    expect(db.prepare('SELECT count(*) AS n FROM annotations').get()).toEqual({ n: 1 });
  });

  it('is the latest version and migrating again changes nothing', () => {
    const db = freshDb();
    migrate(db);
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
  });

  it('rolls back every statement when a migration fails', () => {
    const db = freshDb();
    const broken = [
      ...migrations,
      {
        version: 9990,
        name: 'broken',
        up(d: Database.Database) {
          d.exec('CREATE TABLE half_done (x)');
          d.exec('THIS IS NOT SQL');
        },
      },
    ];
    expect(() => migrate(db, broken)).toThrow(/syntax error/);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get()).toEqual({ n: 0 });
  });
});
