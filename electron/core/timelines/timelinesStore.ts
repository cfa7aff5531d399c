import { DossierError } from '../../../shared/api/errors';
import type { Timeline, TimelineList } from '../../../shared/api/timelineTypes';
import { nowIso } from '../db/nowIso';
import type { ProjectDb } from '../db/projectDatabase';
import { statement } from '../db/statement';
import { newId } from '../ids/newId';
import { readProjectMeta, writeProjectMeta } from '../projects/projectMeta';
import { moveToPosition, nextPosition } from './orderedRows';

interface TimelineRow {
  id: string;
  name: string;
  position: number;
  column_state: string | null;
  event_count: number;
  created_at: string;
  updated_at: string;
}

const GONE = 'That timeline no longer exists (it may have been moved to the Trash).';

function toTimeline(row: TimelineRow): Timeline {
  return {
    id: row.id,
    name: row.name,
    position: row.position,
    eventCount: row.event_count,
    columnState: row.column_state,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const selectTimelines = `SELECT t.id, t.name, t.position, t.column_state, t.created_at, t.updated_at,
    (SELECT count(*) FROM timeline_events te JOIN events e ON e.id = te.event_id AND e.deleted_at IS NULL
      WHERE te.timeline_id = t.id AND te.deleted_at IS NULL) AS event_count
  FROM timelines t`;

export function listTimelines(db: ProjectDb): TimelineList {
  const rows = statement(db, `${selectTimelines} WHERE t.deleted_at IS NULL ORDER BY t.position, t.created_at, t.id`).all() as TimelineRow[];
  // '' is stored when the layout was reset.
  return { timelines: rows.map(toTimeline), allEventsColumnState: readProjectMeta(db, 'all_events_column_state') || null };
}

export function getTimeline(db: ProjectDb, id: string): Timeline {
  const row = statement(db, `${selectTimelines} WHERE t.id = ? AND t.deleted_at IS NULL`).get(id) as TimelineRow | undefined;
  if (!row) throw new DossierError('NOT_FOUND', GONE);
  return toTimeline(row);
}

export function assertLiveTimeline(db: ProjectDb, id: string): void {
  if (!statement(db, 'SELECT 1 FROM timelines WHERE id = ? AND deleted_at IS NULL').get(id)) throw new DossierError('NOT_FOUND', GONE);
}

/** Inserts without a transaction of its own, for imports into a new timeline. */
export function insertTimeline(db: ProjectDb, author: string, name: string, now: string): string {
  const id = newId();
  statement(
    db,
    'INSERT INTO timelines (id, name, position, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(id, name, nextPosition(db, 'timelines'), now, now, author, author);
  return id;
}

export function createTimeline(db: ProjectDb, author: string, name: string): Timeline {
  const id = db.transaction(() => insertTimeline(db, author, name, nowIso()))();
  return getTimeline(db, id);
}

export function updateTimeline(db: ProjectDb, author: string, input: { id: string; name?: string; position?: number }): Timeline {
  db.transaction(() => {
    assertLiveTimeline(db, input.id);
    const now = nowIso();
    if (input.name !== undefined) {
      statement(db, 'UPDATE timelines SET name = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(input.name, now, author, input.id);
    }
    if (input.position !== undefined) moveToPosition(db, 'timelines', input.id, input.position, author, now);
  })();
  return getTimeline(db, input.id);
}

/** The column layout is a view preference: it does not count as an edit of the timeline (updated_at stays). */
export function saveTimelineLayout(db: ProjectDb, timelineId: string | null, columnState: string): void {
  if (columnState !== '') {
    try {
      JSON.parse(columnState);
    } catch {
      throw new DossierError('BAD_INPUT', 'The column layout is not valid JSON.');
    }
  }
  const stored = columnState === '' ? null : columnState;
  if (timelineId === null) {
    writeProjectMeta(db, 'all_events_column_state', stored ?? '');
    return;
  }
  assertLiveTimeline(db, timelineId);
  statement(db, 'UPDATE timelines SET column_state = ? WHERE id = ?').run(stored, timelineId);
}

/** To the Trash; the events stay in the project and on their other timelines. */
export function deleteTimeline(db: ProjectDb, author: string, id: string): void {
  const now = nowIso();
  const result = statement(
    db,
    'UPDATE timelines SET deleted_at = ?, deleted_by = ?, updated_at = ?, updated_by = ? WHERE id = ? AND deleted_at IS NULL',
  ).run(now, author, now, author, id);
  if (result.changes === 0) throw new DossierError('NOT_FOUND', 'That timeline no longer exists (it may already be in the Trash).');
}
