import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/projectDatabase';
import { migrations } from '../../../electron/core/db/migrations/migrations';
import { tempDir } from '../../helpers/tempDir';

describe('migration 0060-exchange', () => {
  it('adds exchange history, per-peer base state, duplicate aliases and merge conflicts to a version-50 project, rows kept', () => {
    const db = new Database(path.join(tempDir(), 'm.dossier'));
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, 50);
    db.prepare(
      `INSERT INTO labels (id, name, color, created_at, updated_at, created_by, updated_by) VALUES ('l1', 'Key', '#112233', 'x', 'x', 'a', 'a')`,
    ).run();
    migrate(db, migrations, 60);
    expect(db.pragma('user_version', { simple: true })).toBe(60);
    expect(db.prepare('SELECT name FROM labels').pluck().all()).toEqual(['Key']);
    db.prepare(
      `INSERT INTO exchange_history (id, peer_project_id, file_name, merged_at, merged_by, counts) VALUES ('h1', 'p', 'f.dossier', 't', 'a', '{}')`,
    ).run();
    db.prepare(`INSERT INTO exchange_base (peer_project_id, table_name, row_key, row_hash) VALUES ('p', 'labels', 'l1', 'h')`).run();
    db.prepare(`INSERT INTO exchange_aliases (table_name, alias_id, canonical_id) VALUES ('sources', 's2', 's1')`).run();
    const conflict = db.prepare(
      `INSERT INTO merge_conflicts (id, kind, table_name, row_key, peer_project_id, kept, mine, theirs, detected_at) VALUES (?, 'labels', 'labels', 'l1', 'p', ?, ?, '{}', 't')`,
    );
    conflict.run('c1', 'mine', '{"name":"Key"}');
    expect(() => conflict.run('c2', 'both', '{}')).toThrow(/CHECK/);
    expect(() => conflict.run('c3', 'theirs', 'not json')).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO exchange_history (id, peer_project_id, file_name, merged_at, merged_by, counts) VALUES ('h2', 'p', 'f', 't', 'a', 'x')`).run()).toThrow(
      /CHECK/,
    );
  });
});
