import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/projectDatabase';
import { migrations } from '../../../electron/core/db/migrations/migrations';
import { tempDir } from '../../helpers/tempDir';

const stamps = { now: '2026-01-01T00:00:00.000Z', by: 'a' };

describe('migration 0020-entities-claims', () => {
  it('adds entities and claims to a version-10 project and keeps its rows', () => {
    const db = new Database(path.join(tempDir(), 'm.dossier'));
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, 10);
    db.prepare(
      `INSERT INTO sources (id, title, format, sha256, char_count, created_at, updated_at, created_by, updated_by)
       VALUES ('s1', 'Report', 'paste', 'h', 5, @now, @now, @by, @by)`,
    ).run(stamps);
    db.prepare(
      `INSERT INTO annotations (id, source_id, start_pos, end_pos, exact, prefix, suffix, created_at, updated_at, created_by, updated_by)
       VALUES ('a1', 's1', 0, 3, 'Rep', '', 'ort', @now, @now, @by, @by)`,
    ).run(stamps);

    migrate(db, migrations, 20);
    expect(db.pragma('user_version', { simple: true })).toBe(20);
    expect(db.prepare('SELECT title FROM sources').get()).toEqual({ title: 'Report' });
    db.prepare(
      `INSERT INTO entities (id, kind, name, created_at, updated_at, created_by, updated_by) VALUES ('e1', 'person', 'Vorontsov', @now, @now, @by, @by)`,
    ).run(stamps);
    db.prepare(
      `INSERT INTO claims (id, statement, reliability, credibility, created_at, updated_at, created_by, updated_by)
       VALUES ('c1', 'Deal is close', 'B', 2, @now, @now, @by, @by)`,
    ).run(stamps);
    db.prepare(
      `INSERT INTO claim_citations (claim_id, annotation_id, created_at, updated_at, created_by, updated_by) VALUES ('c1', 'a1', @now, @now, @by, @by)`,
    ).run(stamps);
    expect(() => db.prepare("UPDATE claims SET credibility = 7 WHERE id = 'c1'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE entities SET kind = 'animal' WHERE id = 'e1'").run()).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO claim_links (id, from_claim_id, to_claim_id, relation, created_at, updated_at, created_by, updated_by)
           VALUES ('l1', 'c1', 'c1', 'supports', @now, @now, @by, @by)`,
        )
        .run(stamps),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO claim_citations (claim_id, annotation_id, created_at, updated_at, created_by, updated_by) VALUES ('c1', 'missing', @now, @now, @by, @by)`,
        )
        .run(stamps),
    ).toThrow(/FOREIGN KEY/);
  });
});
