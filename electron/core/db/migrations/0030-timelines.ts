import type { Migration } from './Migration';
import { newId } from '../../ids/newId';
import { nowIso } from '../nowIso';

const rowStamps = `created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT`;

/**
 * The types every project starts with. Okabe–Ito colours: told apart with
 * the common colour-vision deficiencies, and dark enough for white text.
 */
export const SEED_EVENT_TYPES: readonly { name: string; color: string }[] = [
  { name: 'Summit', color: '#0072b2' },
  { name: 'Statement', color: '#009e73' },
  { name: 'Disclosure', color: '#e69f00' },
  { name: 'Warning', color: '#d55e00' },
  { name: 'Turning point', color: '#cc79a7' },
];

/** The author of rows Dossier makes itself (seeded types), not a person. */
export const SEED_AUTHOR = 'Dossier';

/**
 * Timelines of events. An event's date is kept exactly as typed (EDTF, or
 * not yet valid); its sort keys are derived by core and NULL when the date
 * is empty or invalid. Evidence points at claims, passages or sources by
 * kind and id, so it has no foreign key: a trashed target is shown missing.
 */
export const migration0030Timelines: Migration = {
  version: 30,
  name: 'timelines',
  up(db) {
    db.exec(`
      CREATE TABLE event_types (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        color TEXT NOT NULL,
        position INTEGER NOT NULL,
        ${rowStamps}
      ) STRICT;

      CREATE TABLE timelines (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        position INTEGER NOT NULL,
        -- The grid's column layout (AG Grid column state, JSON) for this timeline.
        column_state TEXT,
        ${rowStamps}
      ) STRICT;

      CREATE TABLE events (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        date_edtf TEXT NOT NULL DEFAULT '',
        date_earliest REAL,
        date_latest REAL,
        type_id TEXT REFERENCES event_types (id),
        place_entity_id TEXT REFERENCES entities (id),
        -- Order among events with the same date keys (fractional, so a move rewrites one row).
        manual_order REAL NOT NULL,
        ${rowStamps},
        CHECK ((date_earliest IS NULL) = (date_latest IS NULL))
      ) STRICT;
      CREATE INDEX events_by_date ON events (date_earliest, date_latest, manual_order);
      CREATE INDEX events_by_place ON events (place_entity_id) WHERE place_entity_id IS NOT NULL;
      CREATE INDEX events_by_type ON events (type_id);
      -- New and moved-last events go after max(manual_order).
      CREATE INDEX events_by_manual_order ON events (manual_order);

      CREATE TABLE event_entities (
        event_id TEXT NOT NULL REFERENCES events (id),
        entity_id TEXT NOT NULL REFERENCES entities (id),
        ${rowStamps},
        PRIMARY KEY (event_id, entity_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX event_entities_by_entity ON event_entities (entity_id);

      CREATE TABLE event_evidence (
        event_id TEXT NOT NULL REFERENCES events (id),
        kind TEXT NOT NULL CHECK (kind IN ('claim','annotation','source')),
        ref_id TEXT NOT NULL,
        ${rowStamps},
        PRIMARY KEY (event_id, kind, ref_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX event_evidence_by_ref ON event_evidence (ref_id);

      CREATE TABLE timeline_events (
        timeline_id TEXT NOT NULL REFERENCES timelines (id),
        event_id TEXT NOT NULL REFERENCES events (id),
        ${rowStamps},
        PRIMARY KEY (timeline_id, event_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX timeline_events_by_event ON timeline_events (event_id);
    `);
    const now = nowIso();
    const insert = db.prepare(
      `INSERT INTO event_types (id, name, color, position, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    SEED_EVENT_TYPES.forEach(({ name, color }, position) => insert.run(newId(), name, color, position, now, now, SEED_AUTHOR, SEED_AUTHOR));
  },
};
