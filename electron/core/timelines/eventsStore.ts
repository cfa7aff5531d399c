import { DossierError } from '../../../shared/api/errors';
import type { EntityKind } from '../../../shared/api/types';
import type { EventEvidence, EventList, EventRowTuple, EvidenceKind, TimelineEvent } from '../../../shared/api/timelineTypes';
import { parseEdtf } from '../../../shared/dates/edtf';
import { assertLiveAnnotation } from '../claims/claimsStore';
import { nowIso } from '../db/nowIso';
import type { ProjectDb } from '../db/projectDatabase';
import { statement } from '../db/statement';
import { getLiveEntityRow, setEventEntities } from '../entities/entitiesStore';
import { newId } from '../ids/newId';
import { getEventType } from './eventTypesStore';
import { assertLiveTimeline } from './timelinesStore';

export interface EvidenceRef {
  kind: EvidenceKind;
  refId: string;
}

export interface EventFields {
  title?: string;
  description?: string;
  dateEdtf?: string;
  typeId?: string | null;
  placeEntityId?: string | null;
  entityIds?: string[];
  timelineIds?: string[];
}

export interface NewEvent extends EventFields {
  title: string;
  evidence?: EvidenceRef[];
}

const GONE = 'That event no longer exists (it may have been moved to the Trash).';

/** Sort keys of a date as typed: null for an empty or invalid value, which is kept but sorts apart. */
export function dateKeys(dateEdtf: string): { earliest: number | null; latest: number | null } {
  if (dateEdtf.trim() === '') return { earliest: null, latest: null };
  const parsed = parseEdtf(dateEdtf);
  return parsed.ok ? { earliest: parsed.date.earliest, latest: parsed.date.latest } : { earliest: null, latest: null };
}

/**
 * Checks that referenced rows exist and are not in the Trash, each id once
 * per call: a pasted batch of 10,000 rows names the same few types and places.
 */
export class ReferenceCheck {
  private readonly seen = new Set<string>();

  constructor(private readonly db: ProjectDb) {}

  private once(key: string, check: () => void): void {
    if (this.seen.has(key)) return;
    check();
    this.seen.add(key);
  }

  type(id: string): void {
    this.once(`type:${id}`, () => {
      try {
        getEventType(this.db, id);
      } catch {
        throw new DossierError('NOT_FOUND', 'The chosen event type no longer exists (it may have been moved to the Trash); choose another.');
      }
    });
  }

  place(id: string): void {
    this.once(`entity:${id}`, () => {
      try {
        getLiveEntityRow(this.db, id);
      } catch {
        throw new DossierError('NOT_FOUND', 'The chosen place no longer exists (it may have been moved to the Trash or merged); choose it again.');
      }
    });
  }

  entity(id: string): void {
    this.once(`entity:${id}`, () => getLiveEntityRow(this.db, id));
  }

  timeline(id: string): void {
    this.once(`timeline:${id}`, () => assertLiveTimeline(this.db, id));
  }

  evidence(ref: EvidenceRef): void {
    this.once(`${ref.kind}:${ref.refId}`, () => assertLiveEvidence(this.db, ref));
  }

  fields(fields: EventFields & { evidence?: EvidenceRef[] }): void {
    if (fields.typeId) this.type(fields.typeId);
    if (fields.placeEntityId) this.place(fields.placeEntityId);
    for (const id of fields.entityIds ?? []) this.entity(id);
    for (const id of fields.timelineIds ?? []) this.timeline(id);
    for (const ref of fields.evidence ?? []) this.evidence(ref);
  }
}

export function assertLiveEvidence(db: ProjectDb, ref: EvidenceRef): void {
  if (ref.kind === 'annotation') {
    assertLiveAnnotation(db, ref.refId);
  } else if (ref.kind === 'claim') {
    if (!statement(db, 'SELECT 1 FROM claims WHERE id = ? AND deleted_at IS NULL').get(ref.refId)) {
      throw new DossierError('NOT_FOUND', 'That claim no longer exists (it may have been moved to the Trash).');
    }
  } else if (!statement(db, 'SELECT 1 FROM sources WHERE id = ? AND deleted_at IS NULL').get(ref.refId)) {
    throw new DossierError('NOT_FOUND', 'That source no longer exists (it may have been moved to the Trash).');
  }
}

// ---------------------------------------------------------------------------
// Reading

/**
 * Whether a piece of evidence is gone (its claim, passage or source is in the
 * Trash, or never existed here), as a SQL expression over `ev` joined as below.
 */
const evidenceJoins = `LEFT JOIN claims c ON ev.kind = 'claim' AND c.id = ev.ref_id
  LEFT JOIN annotations a ON ev.kind = 'annotation' AND a.id = ev.ref_id
  LEFT JOIN sources s ON s.id = CASE ev.kind WHEN 'source' THEN ev.ref_id WHEN 'annotation' THEN a.source_id END`;
const evidenceMissing = `CASE ev.kind
    WHEN 'claim' THEN c.id IS NULL OR c.deleted_at IS NOT NULL
    WHEN 'annotation' THEN a.id IS NULL OR a.deleted_at IS NOT NULL OR s.deleted_at IS NOT NULL
    ELSE s.id IS NULL OR s.deleted_at IS NOT NULL END`;

type EventColumns = [string, string, string, string, number | null, number | null, string | null, string | null, number, string];

/** Dated events by earliest, then latest key, then manual order; undated ones last, in manual order. */
function byDateThenManualOrder(a: EventColumns, b: EventColumns): number {
  const [ea, la, ma] = [a[4], a[5], a[8]];
  const [eb, lb, mb] = [b[4], b[5], b[8]];
  if (ea === null || eb === null) return ea === eb ? ma - mb : ea === null ? 1 : -1;
  return ea - eb || (la ?? 0) - (lb ?? 0) || ma - mb;
}

/**
 * The grid's rows, positionally. Events and each kind of link are read in
 * flat queries (no per-row subqueries) and put together here: 100,000 events
 * load in a few hundred milliseconds this way.
 */
export function listEvents(db: ProjectDb, filter: { timelineId?: string } = {}): EventList {
  if (filter.timelineId) assertLiveTimeline(db, filter.timelineId);
  const params = { timeline: filter.timelineId ?? null };
  // A timeline's view reads only its own events' links.
  const onTimeline = (eventColumn: string): string =>
    filter.timelineId
      ? `JOIN timeline_events onto ON onto.event_id = ${eventColumn} AND onto.timeline_id = @timeline AND onto.deleted_at IS NULL`
      : '';

  // No joins and no ORDER BY: a plain scan and a sort here take half the time of SQLite walking the date index.
  const events = statement(
    db,
    `SELECT e.id, e.title, e.description, e.date_edtf, e.date_earliest, e.date_latest, e.type_id, e.place_entity_id, e.manual_order, e.updated_at
     FROM events e ${onTimeline('e.id')} WHERE e.deleted_at IS NULL`,
  )
    .raw()
    .all(params) as EventColumns[];
  events.sort(byDateThenManualOrder);
  const liveTypes = new Set((statement(db, 'SELECT id FROM event_types WHERE deleted_at IS NULL').raw().all() as [string][]).map(([id]) => id));

  // Live entities once (a project has thousands at most), rather than joining them to 100,000 rows.
  const liveEntities = new Map(
    (statement(db, 'SELECT id, name, kind FROM entities WHERE deleted_at IS NULL').raw().all() as [string, string, EntityKind][]).map(
      ([id, name, kind]) => [id, { name, kind }] as const,
    ),
  );
  const entities: EventList['entities'] = {};
  const entityIds = new Map<string, string[]>();
  const linkRows = statement(
    db,
    `SELECT link.event_id, link.entity_id FROM event_entities link ${onTimeline('link.event_id')} WHERE link.deleted_at IS NULL`,
  )
    .raw()
    .all(params) as [string, string][];
  for (const [eventId, entityId] of linkRows) {
    const entity = liveEntities.get(entityId);
    if (!entity) continue;
    const list = entityIds.get(eventId);
    if (list) list.push(entityId);
    else entityIds.set(eventId, [entityId]);
    entities[entityId] = entity;
  }
  for (const event of events) {
    const place = event[7] === null ? undefined : liveEntities.get(event[7]);
    if (place && event[7] !== null) entities[event[7]] = place;
  }

  const evidence = new Map<string, [count: number, missing: boolean]>();
  const evidenceRows = statement(
    db,
    `SELECT ev.event_id, count(*), max(${evidenceMissing}) FROM event_evidence ev ${onTimeline('ev.event_id')} ${evidenceJoins}
     WHERE ev.deleted_at IS NULL GROUP BY ev.event_id`,
  )
    .raw()
    .all(params) as [string, number, number][];
  for (const [eventId, count, missing] of evidenceRows) evidence.set(eventId, [count, missing === 1]);

  const timelines = new Map<string, string[]>();
  const timelineRows = statement(
    db,
    `SELECT te.event_id, te.timeline_id FROM timeline_events te ${onTimeline('te.event_id')}
     JOIN timelines tl ON tl.id = te.timeline_id AND tl.deleted_at IS NULL WHERE te.deleted_at IS NULL ORDER BY tl.position`,
  )
    .raw()
    .all(params) as [string, string][];
  for (const [eventId, timelineId] of timelineRows) {
    const list = timelines.get(eventId);
    if (list) list.push(timelineId);
    else timelines.set(eventId, [timelineId]);
  }

  const rows = events.map(([id, title, description, dateEdtf, earliest, latest, typeId, placeId, manualOrder, updatedAt]): EventRowTuple => {
    const found = evidence.get(id);
    // A trashed type or place shows as none until it is restored.
    return [
      id,
      title,
      description,
      dateEdtf,
      earliest,
      latest,
      typeId !== null && liveTypes.has(typeId) ? typeId : null,
      placeId !== null && liveEntities.has(placeId) ? placeId : null,
      entityIds.get(id) ?? [],
      found?.[0] ?? 0,
      found?.[1] ?? false,
      manualOrder,
      timelines.get(id) ?? [],
      updatedAt,
    ];
  });
  return { rows, entities };
}

interface EventRow {
  id: string;
  title: string;
  description: string;
  date_edtf: string;
  date_earliest: number | null;
  date_latest: number | null;
  type_id: string | null;
  place_entity_id: string | null;
  manual_order: number;
  created_at: string;
  updated_at: string;
  created_by: string;
}

function liveEventRow(db: ProjectDb, id: string): EventRow {
  const row = statement(
    db,
    `SELECT e.id, e.title, e.description, e.date_edtf, e.date_earliest, e.date_latest, t.id AS type_id, p.id AS place_entity_id,
       e.manual_order, e.created_at, e.updated_at, e.created_by
     FROM events e LEFT JOIN event_types t ON t.id = e.type_id AND t.deleted_at IS NULL
     LEFT JOIN entities p ON p.id = e.place_entity_id AND p.deleted_at IS NULL
     WHERE e.id = ? AND e.deleted_at IS NULL`,
  ).get(id) as EventRow | undefined;
  if (!row) throw new DossierError('NOT_FOUND', GONE);
  return row;
}

/** One event with its evidence spelled out, trashed evidence kept and marked missing. */
export function getEvent(db: ProjectDb, id: string): TimelineEvent {
  const row = liveEventRow(db, id);
  const entityIds = (
    statement(
      db,
      `SELECT link.entity_id FROM event_entities link JOIN entities x ON x.id = link.entity_id AND x.deleted_at IS NULL
       WHERE link.event_id = ? AND link.deleted_at IS NULL ORDER BY x.name COLLATE NOCASE`,
    )
      .raw()
      .all(id) as [string][]
  ).map(([entityId]) => entityId);
  const timelineIds = (
    statement(
      db,
      `SELECT te.timeline_id FROM timeline_events te JOIN timelines tl ON tl.id = te.timeline_id AND tl.deleted_at IS NULL
       WHERE te.event_id = ? AND te.deleted_at IS NULL ORDER BY tl.position`,
    )
      .raw()
      .all(id) as [string][]
  ).map(([timelineId]) => timelineId);
  const evidence = (
    statement(
      db,
      `SELECT ev.kind, ev.ref_id,
         CASE ev.kind WHEN 'claim' THEN c.statement WHEN 'annotation' THEN a.exact ELSE s.title END AS label,
         CASE ev.kind WHEN 'claim' THEN cs.id ELSE s.id END AS source_id,
         CASE ev.kind WHEN 'claim' THEN cs.title ELSE s.title END AS source_title,
         a.start_pos, a.end_pos, ${evidenceMissing} AS missing
       FROM event_evidence ev ${evidenceJoins}
       LEFT JOIN sources cs ON ev.kind = 'claim' AND cs.id = (SELECT ca.source_id FROM claim_citations cc
         JOIN annotations ca ON ca.id = cc.annotation_id WHERE cc.claim_id = c.id AND cc.deleted_at IS NULL
         ORDER BY cc.created_at, ca.start_pos LIMIT 1)
       WHERE ev.event_id = ? AND ev.deleted_at IS NULL
       ORDER BY ev.created_at, CASE ev.kind WHEN 'claim' THEN 0 WHEN 'annotation' THEN 1 ELSE 2 END, ev.ref_id`,
    ).all(id) as {
      kind: EvidenceKind;
      ref_id: string;
      label: string | null;
      source_id: string | null;
      source_title: string | null;
      start_pos: number | null;
      end_pos: number | null;
      missing: number;
    }[]
  ).map(
    (ev): EventEvidence => ({
      kind: ev.kind,
      refId: ev.ref_id,
      label: ev.label ?? '',
      sourceId: ev.source_id,
      sourceTitle: ev.source_title,
      start: ev.start_pos,
      end: ev.end_pos,
      missing: ev.missing === 1,
    }),
  );
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    dateEdtf: row.date_edtf,
    earliest: row.date_earliest,
    latest: row.date_latest,
    typeId: row.type_id,
    placeEntityId: row.place_entity_id,
    entityIds,
    evidence,
    timelineIds,
    manualOrder: row.manual_order,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: row.created_by,
  };
}

// ---------------------------------------------------------------------------
// Writing

/** Past every manual order in use: new events, and events whose date changed, go last among their ties. */
export function nextManualOrder(db: ProjectDb): number {
  const row = statement(db, 'SELECT max(manual_order) AS m FROM events').get() as { m: number | null };
  return Math.floor(row.m ?? 0) + 1;
}

function linkTimeline(db: ProjectDb, author: string, timelineId: string, eventId: string, now: string): void {
  statement(
    db,
    `INSERT INTO timeline_events (timeline_id, event_id, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (timeline_id, event_id) DO UPDATE SET deleted_at = NULL, deleted_by = NULL, updated_at = excluded.updated_at,
       updated_by = excluded.updated_by WHERE deleted_at IS NOT NULL`,
  ).run(timelineId, eventId, now, now, author, author);
}

/** Puts an event on exactly these live timelines; links to trashed timelines are left alone so a restore brings them back whole. */
function setEventTimelines(db: ProjectDb, author: string, eventId: string, timelineIds: readonly string[], now: string): void {
  const wanted = new Set(timelineIds);
  const current = statement(
    db,
    `SELECT te.timeline_id FROM timeline_events te JOIN timelines tl ON tl.id = te.timeline_id AND tl.deleted_at IS NULL
     WHERE te.event_id = ? AND te.deleted_at IS NULL`,
  )
    .raw()
    .all(eventId) as [string][];
  for (const [timelineId] of current) {
    if (wanted.has(timelineId)) continue;
    statement(
      db,
      'UPDATE timeline_events SET deleted_at = ?, deleted_by = ?, updated_at = ?, updated_by = ? WHERE timeline_id = ? AND event_id = ?',
    ).run(now, author, now, author, timelineId, eventId);
  }
  for (const timelineId of wanted) linkTimeline(db, author, timelineId, eventId, now);
}

function linkEvidence(db: ProjectDb, author: string, eventId: string, ref: EvidenceRef, now: string): void {
  statement(
    db,
    `INSERT INTO event_evidence (event_id, kind, ref_id, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (event_id, kind, ref_id) DO UPDATE SET deleted_at = NULL, deleted_by = NULL, updated_at = excluded.updated_at,
       updated_by = excluded.updated_by WHERE deleted_at IS NOT NULL`,
  ).run(eventId, ref.kind, ref.refId, now, now, author, author);
}

/**
 * Inserts one event, references already checked, without a transaction of
 * its own (callers batch many). Returns its id.
 */
export function insertEvent(db: ProjectDb, author: string, input: NewEvent, manualOrder: number, now: string): string {
  const id = newId();
  const dateEdtf = input.dateEdtf ?? '';
  const keys = dateKeys(dateEdtf);
  statement(
    db,
    `INSERT INTO events (id, title, description, date_edtf, date_earliest, date_latest, type_id, place_entity_id, manual_order,
       created_at, updated_at, created_by, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    input.title,
    input.description ?? '',
    dateEdtf,
    keys.earliest,
    keys.latest,
    input.typeId ?? null,
    input.placeEntityId ?? null,
    manualOrder,
    now,
    now,
    author,
    author,
  );
  if (input.entityIds && input.entityIds.length > 0) setEventEntities(db, author, id, input.entityIds, now);
  for (const timelineId of new Set(input.timelineIds ?? [])) linkTimeline(db, author, timelineId, id, now);
  for (const ref of input.evidence ?? []) linkEvidence(db, author, id, ref, now);
  return id;
}

export function createEvent(db: ProjectDb, author: string, input: NewEvent): TimelineEvent {
  const id = db.transaction(() => {
    new ReferenceCheck(db).fields(input);
    return insertEvent(db, author, input, nextManualOrder(db), nowIso());
  })();
  return getEvent(db, id);
}

/** Many events in one transaction, in the order given (their manual order follows it): all or nothing. */
export function createEvents(db: ProjectDb, author: string, inputs: readonly NewEvent[]): string[] {
  return db.transaction(() => {
    const check = new ReferenceCheck(db);
    inputs.forEach((input, index) => {
      try {
        check.fields(input);
      } catch (error) {
        if (error instanceof DossierError) throw new DossierError(error.code, `Row ${index + 1}: ${error.message}`);
        throw error;
      }
    });
    const first = nextManualOrder(db);
    const now = nowIso();
    return inputs.map((input, index) => insertEvent(db, author, input, first + index, now));
  })();
}

export function updateEvent(db: ProjectDb, author: string, id: string, fields: EventFields): TimelineEvent {
  db.transaction(() => {
    const before = liveEventRow(db, id);
    new ReferenceCheck(db).fields(fields);
    const now = nowIso();
    const set = (column: string, value: unknown): void => {
      statement(db, `UPDATE events SET ${column} = ?, updated_at = ?, updated_by = ? WHERE id = ?`).run(value, now, author, id);
    };
    if (fields.title !== undefined) set('title', fields.title);
    if (fields.description !== undefined) set('description', fields.description);
    if (fields.typeId !== undefined) set('type_id', fields.typeId);
    if (fields.placeEntityId !== undefined) set('place_entity_id', fields.placeEntityId);
    if (fields.dateEdtf !== undefined) {
      // Kept exactly as typed, even when invalid: the grid marks it and the analyst fixes it.
      const keys = dateKeys(fields.dateEdtf);
      statement(db, 'UPDATE events SET date_edtf = ?, date_earliest = ?, date_latest = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
        fields.dateEdtf,
        keys.earliest,
        keys.latest,
        now,
        author,
        id,
      );
      if (keys.earliest !== before.date_earliest || keys.latest !== before.date_latest) set('manual_order', nextManualOrder(db));
    }
    if (fields.entityIds !== undefined) setEventEntities(db, author, id, fields.entityIds, now);
    if (fields.timelineIds !== undefined) setEventTimelines(db, author, id, fields.timelineIds, now);
  })();
  return getEvent(db, id);
}

/**
 * Manual order among ties (events whose dates sort the same): puts `id` just
 * before `beforeId`, or last when null. Orders are fractional so a move
 * rewrites one row; when halving runs out of precision the tie group is
 * renumbered.
 */
export function moveEvent(db: ProjectDb, author: string, id: string, beforeId: string | null): void {
  db.transaction(() => {
    const moving = liveEventRow(db, id);
    const now = nowIso();
    const setOrder = (eventId: string, order: number): void => {
      statement(db, 'UPDATE events SET manual_order = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(order, now, author, eventId);
    };
    if (beforeId === null) {
      setOrder(id, nextManualOrder(db));
      return;
    }
    if (beforeId === id) return;
    const before = liveEventRow(db, beforeId);
    if (before.date_earliest !== moving.date_earliest || before.date_latest !== moving.date_latest) {
      throw new DossierError('BAD_INPUT', 'Only events with the same date can be put in another order; change the date to move it elsewhere.');
    }
    const tie = { earliest: moving.date_earliest, latest: moving.date_latest, id };
    const previous = statement(
      db,
      `SELECT max(manual_order) AS m FROM events WHERE date_earliest IS @earliest AND date_latest IS @latest AND deleted_at IS NULL
         AND id <> @id AND manual_order < @order`,
    ).get({ ...tie, order: before.manual_order }) as { m: number | null };
    const order = previous.m === null ? before.manual_order - 1 : (previous.m + before.manual_order) / 2;
    if (previous.m === null || (order > previous.m && order < before.manual_order)) {
      setOrder(id, order);
      return;
    }
    const group = (
      statement(
        db,
        `SELECT id FROM events WHERE date_earliest IS @earliest AND date_latest IS @latest AND deleted_at IS NULL AND id <> @id
         ORDER BY manual_order, id`,
      )
        .raw()
        .all(tie) as [string][]
    ).map(([eventId]) => eventId);
    group.splice(group.indexOf(beforeId), 0, id);
    group.forEach((eventId, index) => setOrder(eventId, index));
  })();
}

/** To the Trash, all or none. */
export function deleteEvents(db: ProjectDb, author: string, ids: readonly string[]): void {
  db.transaction(() => {
    const now = nowIso();
    const trash = statement(db, 'UPDATE events SET deleted_at = ?, deleted_by = ?, updated_at = ?, updated_by = ? WHERE id = ? AND deleted_at IS NULL');
    for (const id of new Set(ids)) {
      if (trash.run(now, author, now, author, id).changes === 0) {
        throw new DossierError('NOT_FOUND', `${GONE.slice(0, -1)} Nothing was deleted.`);
      }
    }
  })();
}

export function addEventEvidence(db: ProjectDb, author: string, eventId: string, ref: EvidenceRef): TimelineEvent {
  db.transaction(() => {
    liveEventRow(db, eventId);
    assertLiveEvidence(db, ref);
    const now = nowIso();
    linkEvidence(db, author, eventId, ref, now);
    statement(db, 'UPDATE events SET updated_at = ?, updated_by = ? WHERE id = ?').run(now, author, eventId);
  })();
  return getEvent(db, eventId);
}

/** Removing works on missing (trashed) evidence too: that is how the analyst clears it. */
export function removeEventEvidence(db: ProjectDb, author: string, eventId: string, ref: EvidenceRef): TimelineEvent {
  db.transaction(() => {
    liveEventRow(db, eventId);
    const now = nowIso();
    const result = statement(
      db,
      `UPDATE event_evidence SET deleted_at = ?, deleted_by = ?, updated_at = ?, updated_by = ?
       WHERE event_id = ? AND kind = ? AND ref_id = ? AND deleted_at IS NULL`,
    ).run(now, author, now, author, eventId, ref.kind, ref.refId);
    if (result.changes === 0) throw new DossierError('NOT_FOUND', 'That evidence is not attached to this event.');
    statement(db, 'UPDATE events SET updated_at = ?, updated_by = ? WHERE id = ?').run(now, author, eventId);
  })();
  return getEvent(db, eventId);
}
