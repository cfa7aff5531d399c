import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/projectDatabase';
import { migrations } from '../../../electron/core/db/migrations/migrations';
import { SEED_EVENT_TYPES } from '../../../electron/core/db/migrations/0030-timelines';
import { tempDir } from '../../helpers/tempDir';

const stamps = { now: '2026-01-01T00:00:00.000Z', by: 'a' };

describe('migration 0030-timelines', () => {
  it('adds timelines to a version-20 project, keeps its rows and seeds the event types', () => {
    const db = new Database(path.join(tempDir(), 'm.dossier'));
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, 20);
    db.prepare(
      `INSERT INTO entities (id, kind, name, created_at, updated_at, created_by, updated_by) VALUES ('e1', 'place', 'Dravik', @now, @now, @by, @by)`,
    ).run(stamps);

    migrate(db, migrations, 30);
    expect(db.pragma('user_version', { simple: true })).toBe(30);
    expect(db.prepare('SELECT name FROM entities').get()).toEqual({ name: 'Dravik' });
    const types = db.prepare('SELECT name, color, position FROM event_types ORDER BY position').all() as { name: string; color: string }[];
    expect(types.map((t) => t.name)).toEqual(['Summit', 'Statement', 'Disclosure', 'Warning', 'Turning point']);
    expect(new Set(types.map((t) => t.color)).size).toBe(SEED_EVENT_TYPES.length);

    db.prepare(
      `INSERT INTO events (id, title, date_edtf, date_earliest, date_latest, place_entity_id, manual_order, created_at, updated_at, created_by, updated_by)
       VALUES ('ev1', 'Talks', '2022-03', 1, 2, 'e1', 1, @now, @now, @by, @by)`,
    ).run(stamps);
    expect(() =>
      db
        .prepare(
          `INSERT INTO events (id, title, date_earliest, manual_order, created_at, updated_at, created_by, updated_by)
           VALUES ('ev2', 'Half a key', 1, 2, @now, @now, @by, @by)`,
        )
        .run(stamps),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO event_evidence (event_id, kind, ref_id, created_at, updated_at, created_by, updated_by) VALUES ('ev1', 'memo', 'x', @now, @now, @by, @by)`,
        )
        .run(stamps),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO timeline_events (timeline_id, event_id, created_at, updated_at, created_by, updated_by) VALUES ('nope', 'ev1', @now, @now, @by, @by)`,
        )
        .run(stamps),
    ).toThrow(/FOREIGN KEY/);
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM events WHERE deleted_at IS NULL ORDER BY date_earliest, date_latest, manual_order")
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('events_by_date');
  });
});
