import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/projectDatabase';
import { migrations } from '../../../electron/core/db/migrations/migrations';
import { tempDir } from '../../helpers/tempDir';

const newestFirst = 'SELECT id FROM claims c WHERE c.deleted_at IS NULL ORDER BY c.created_at DESC, c.id DESC';

describe('migration 0050-claim-order', () => {
  it('lets a version-40 project list its live claims newest first without sorting them, rows kept', () => {
    const db = new Database(path.join(tempDir(), 'm.dossier'));
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, 40);
    const insert = db.prepare(
      `INSERT INTO claims (id, statement, created_at, updated_at, created_by, updated_by, deleted_at)
       VALUES (@id, 'Said', @at, @at, 'a', 'a', @deleted)`,
    );
    insert.run({ id: 'c1', at: '2026-01-01T00:00:00.000Z', deleted: null });
    insert.run({ id: 'c3', at: '2026-01-02T00:00:00.000Z', deleted: null });
    insert.run({ id: 'c2', at: '2026-01-02T00:00:00.000Z', deleted: null });
    insert.run({ id: 'c4', at: '2026-01-03T00:00:00.000Z', deleted: '2026-01-04T00:00:00.000Z' });
    const plan = () => (db.prepare(`EXPLAIN QUERY PLAN ${newestFirst}`).all() as { detail: string }[]).map((r) => r.detail).join('; ');
    expect(plan()).toMatch(/TEMP B-TREE/);

    migrate(db, migrations, 50);
    expect(db.pragma('user_version', { simple: true })).toBe(50);
    expect(plan()).not.toMatch(/TEMP B-TREE/);
    expect(plan()).toMatch(/claims_live_newest_first/);
    expect(db.prepare(newestFirst).pluck().all()).toEqual(['c3', 'c2', 'c1']);
  });
});
