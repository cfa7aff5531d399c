import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/projectDatabase';
import { migrations } from '../../../electron/core/db/migrations/migrations';
import { tempDir } from '../../helpers/tempDir';

const stamps = { now: '2026-01-01T00:00:00.000Z', by: 'a' };

describe('migration 0040-memos', () => {
  it('adds memos, their versions and templates to a version-30 project and keeps its rows', () => {
    const db = new Database(path.join(tempDir(), 'm.dossier'));
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, 30);
    db.prepare(`INSERT INTO timelines (id, name, position, created_at, updated_at, created_by, updated_by) VALUES ('t1', 'Talks', 0, @now, @now, @by, @by)`).run(stamps);

    migrate(db, migrations, 40);
    expect(db.pragma('user_version', { simple: true })).toBe(40);
    expect(db.prepare('SELECT name FROM timelines').get()).toEqual({ name: 'Talks' });

    const doc = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph' }] });
    db.prepare(
      `INSERT INTO memos (id, title, doc, created_at, updated_at, created_by, updated_by) VALUES ('m1', 'Brief', @doc, @now, @now, @by, @by)`,
    ).run({ ...stamps, doc });
    expect(db.prepare('SELECT revision, word_count, citation_count, deleted_at FROM memos').get()).toEqual({
      revision: 0,
      word_count: 0,
      citation_count: 0,
      deleted_at: null,
    });
    expect(() =>
      db.prepare(`INSERT INTO memos (id, title, doc, created_at, updated_at, created_by, updated_by) VALUES ('m2', 'Bad', '{oops', @now, @now, @by, @by)`).run(stamps),
    ).toThrow(/CHECK/);
    const version = db.prepare(
      `INSERT INTO memo_versions (id, memo_id, kind, title, doc, revision, word_count, created_at, created_by) VALUES (@id, @memo, @kind, 'Brief', @doc, 0, 0, @now, @by)`,
    );
    version.run({ ...stamps, doc, id: 'v1', memo: 'm1', kind: 'named' });
    expect(() => version.run({ ...stamps, doc, id: 'v2', memo: 'm1', kind: 'draft' })).toThrow(/CHECK/);
    expect(() => version.run({ ...stamps, doc, id: 'v3', memo: 'nope', kind: 'auto' })).toThrow(/FOREIGN KEY/);
    db.prepare(`INSERT INTO memo_templates (id, name, doc, created_at, updated_at, created_by, updated_by) VALUES ('t1', 'Weekly', @doc, @now, @now, @by, @by)`).run({
      ...stamps,
      doc,
    });
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT id FROM memo_versions WHERE memo_id = ? ORDER BY created_at DESC').all('m1') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('memo_versions_by_memo');
  });
});
