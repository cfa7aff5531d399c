import { DossierError } from '../../../shared/api/errors';
import type { TrashItem, TrashKind } from '../../../shared/api/types';
import { describeEdtf } from '../../../shared/dates/edtf';
import { nowIso } from '../db/nowIso';
import type { ProjectDb } from '../db/projectDatabase';
import { restoreEntity } from '../entities/entitiesStore';
import { assertLabelNameFree } from '../labels/labelsStore';
import { assertTemplateNameFree } from '../memos/templatesStore';
import { assertEventTypeNameFree } from '../timelines/eventTypesStore';

function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * A row a team merge found to be the same as another (the same text imported
 * by both analysts, a seeded event type) is kept only as a tombstone: it is
 * not something anyone deleted, so the Trash does not offer it.
 */
function notDuplicate(table: string, idColumn: string): string {
  return `NOT EXISTS (SELECT 1 FROM exchange_aliases x WHERE x.table_name = '${table}' AND x.alias_id = ${idColumn})`;
}

/** Everything deleted, newest first. Highlights of a deleted source travel with it. */
export function listTrash(db: ProjectDb): TrashItem[] {
  const sources = db
    .prepare(
      `SELECT s.id, s.title, s.outlet, s.deleted_at, s.deleted_by,
         (SELECT count(*) FROM annotations a WHERE a.source_id = s.id AND a.deleted_at IS NULL) AS n
       FROM sources s WHERE s.deleted_at IS NOT NULL AND ${notDuplicate('sources', 's.id')}`,
    )
    .all() as { id: string; title: string; outlet: string; deleted_at: string; deleted_by: string; n: number }[];
  const annotations = db
    .prepare(
      `SELECT a.id, a.exact, a.note, a.deleted_at, a.deleted_by, s.title AS source_title
       FROM annotations a JOIN sources s ON s.id = a.source_id WHERE a.deleted_at IS NOT NULL`,
    )
    .all() as { id: string; exact: string; note: string; deleted_at: string; deleted_by: string; source_title: string }[];
  const labels = db
    .prepare('SELECT id, name, color, deleted_at, deleted_by FROM labels WHERE deleted_at IS NOT NULL')
    .all() as { id: string; name: string; color: string; deleted_at: string; deleted_by: string }[];

  const entities = db
    .prepare(
      `SELECT e.id, e.name, e.kind, e.deleted_at, e.deleted_by, m.name AS merged_into_name FROM entities e
       LEFT JOIN entities m ON m.id = e.merged_into WHERE e.deleted_at IS NOT NULL`,
    )
    .all() as { id: string; name: string; kind: string; deleted_at: string; deleted_by: string; merged_into_name: string | null }[];
  const claims = db
    .prepare('SELECT id, statement, reliability, credibility, deleted_at, deleted_by FROM claims WHERE deleted_at IS NOT NULL')
    .all() as { id: string; statement: string; reliability: string; credibility: number; deleted_at: string; deleted_by: string }[];

  const events = db
    .prepare('SELECT id, title, date_edtf, deleted_at, deleted_by FROM events WHERE deleted_at IS NOT NULL')
    .all() as { id: string; title: string; date_edtf: string; deleted_at: string; deleted_by: string }[];
  const timelines = db
    .prepare(
      `SELECT t.id, t.name, t.deleted_at, t.deleted_by, (SELECT count(*) FROM timeline_events te JOIN events e ON e.id = te.event_id
         AND e.deleted_at IS NULL WHERE te.timeline_id = t.id AND te.deleted_at IS NULL) AS n
       FROM timelines t WHERE t.deleted_at IS NOT NULL`,
    )
    .all() as { id: string; name: string; deleted_at: string; deleted_by: string; n: number }[];
  const eventTypes = db
    .prepare(`SELECT id, name, color, deleted_at, deleted_by FROM event_types WHERE deleted_at IS NOT NULL AND ${notDuplicate('event_types', 'id')}`)
    .all() as { id: string; name: string; color: string; deleted_at: string; deleted_by: string }[];

  const memos = db
    .prepare('SELECT id, title, word_count, deleted_at, deleted_by FROM memos WHERE deleted_at IS NOT NULL')
    .all() as { id: string; title: string; word_count: number; deleted_at: string; deleted_by: string }[];
  const memoTemplates = db
    .prepare('SELECT id, name, deleted_at, deleted_by FROM memo_templates WHERE deleted_at IS NOT NULL')
    .all() as { id: string; name: string; deleted_at: string; deleted_by: string }[];

  const savedSearches = db
    .prepare('SELECT id, name, query, deleted_at, deleted_by FROM saved_searches WHERE deleted_at IS NOT NULL')
    .all() as { id: string; name: string; query: string; deleted_at: string; deleted_by: string }[];

  const items: TrashItem[] = [
    ...sources.map((s) => ({
      kind: 'source' as const,
      id: s.id,
      title: s.title,
      detail: [s.outlet, plural(s.n, 'highlight')].filter(Boolean).join(' · '),
      deletedAt: s.deleted_at,
      deletedBy: s.deleted_by,
    })),
    ...annotations.map((a) => ({
      kind: 'annotation' as const,
      id: a.id,
      title: `“${excerpt(a.exact)}”`,
      detail: [`in ${a.source_title}`, a.note ? `note: ${excerpt(a.note, 60)}` : ''].filter(Boolean).join(' · '),
      deletedAt: a.deleted_at,
      deletedBy: a.deleted_by,
    })),
    ...entities.map((e) => ({
      kind: 'entity' as const,
      id: e.id,
      title: e.name,
      detail: e.merged_into_name === null ? e.kind : `${e.kind} · merged into ${e.merged_into_name}; restoring undoes the merge`,
      deletedAt: e.deleted_at,
      deletedBy: e.deleted_by,
    })),
    ...claims.map((c) => ({
      kind: 'claim' as const,
      id: c.id,
      title: `“${excerpt(c.statement)}”`,
      detail: `claim graded ${c.reliability}${c.credibility}`,
      deletedAt: c.deleted_at,
      deletedBy: c.deleted_by,
    })),
    ...events.map((e) => ({
      kind: 'event' as const,
      id: e.id,
      title: excerpt(e.title),
      detail: e.date_edtf ? `event · ${describeEdtf(e.date_edtf)}` : 'event, no date',
      deletedAt: e.deleted_at,
      deletedBy: e.deleted_by,
    })),
    ...timelines.map((t) => ({
      kind: 'timeline' as const,
      id: t.id,
      title: t.name,
      detail: `timeline of ${plural(t.n, 'event')}`,
      deletedAt: t.deleted_at,
      deletedBy: t.deleted_by,
    })),
    ...eventTypes.map((t) => ({
      kind: 'eventType' as const,
      id: t.id,
      title: t.name,
      detail: `event type ${t.color}`,
      deletedAt: t.deleted_at,
      deletedBy: t.deleted_by,
    })),
    ...memos.map((m) => ({
      kind: 'memo' as const,
      id: m.id,
      title: m.title,
      detail: `memo of ${plural(m.word_count, 'word')}`,
      deletedAt: m.deleted_at,
      deletedBy: m.deleted_by,
    })),
    ...memoTemplates.map((t) => ({
      kind: 'memoTemplate' as const,
      id: t.id,
      title: t.name,
      detail: 'memo template',
      deletedAt: t.deleted_at,
      deletedBy: t.deleted_by,
    })),
    ...savedSearches.map((x) => ({
      kind: 'savedSearch' as const,
      id: x.id,
      title: x.name,
      detail: `saved search “${excerpt(x.query, 60)}”`,
      deletedAt: x.deleted_at,
      deletedBy: x.deleted_by,
    })),
    ...labels.map((l) => ({
      kind: 'label' as const,
      id: l.id,
      title: l.name,
      detail: `label ${l.color}`,
      deletedAt: l.deleted_at,
      deletedBy: l.deleted_by,
    })),
  ];
  return items.sort((a, b) => (a.deletedAt < b.deletedAt ? 1 : a.deletedAt > b.deletedAt ? -1 : 0));
}

const tables: Record<Exclude<TrashKind, 'entity'>, string> = {
  source: 'sources',
  annotation: 'annotations',
  label: 'labels',
  claim: 'claims',
  event: 'events',
  timeline: 'timelines',
  eventType: 'event_types',
  memo: 'memos',
  memoTemplate: 'memo_templates',
  savedSearch: 'saved_searches',
};

/** Every table that has rows in the Trash, one per kind listTrash shows (entities included, merged ones too). */
const trashTables: readonly string[] = [...Object.values(tables), 'entities'];

/**
 * How many items listTrash returns, without building them: one row per deleted row of each kind's table
 * (listTrash lists each of them once), so the navigation's count and the Trash page always agree.
 */
export function countTrash(db: ProjectDb): number {
  const sql = `SELECT ${trashTables.map((t) => `(SELECT count(*) FROM ${t} WHERE deleted_at IS NOT NULL AND ${notDuplicate(t, 'id')})`).join(' + ')} AS n`;
  return (db.prepare(sql).get() as { n: number }).n;
}

function undelete(db: ProjectDb, table: string, id: string, author: string, now: string): number {
  return db
    .prepare(`UPDATE ${table} SET deleted_at = NULL, deleted_by = NULL, updated_at = ?, updated_by = ? WHERE id = ? AND deleted_at IS NOT NULL`)
    .run(now, author, id).changes;
}

/** Brings an item back. A highlight whose source is in the Trash brings its source back too. */
export function restoreFromTrash(db: ProjectDb, author: string, kind: TrashKind, id: string): void {
  if (kind === 'entity') {
    restoreEntity(db, author, id);
    return;
  }
  db.transaction(() => {
    const now = nowIso();
    if (kind === 'label') {
      const label = db.prepare('SELECT name FROM labels WHERE id = ? AND deleted_at IS NOT NULL').get(id) as { name: string } | undefined;
      if (label) assertLabelNameFree(db, label.name, id);
    }
    if (kind === 'eventType') {
      const type = db.prepare('SELECT name FROM event_types WHERE id = ? AND deleted_at IS NOT NULL').get(id) as { name: string } | undefined;
      if (type) assertEventTypeNameFree(db, type.name, id);
    }
    if (kind === 'memoTemplate') {
      const template = db.prepare('SELECT name FROM memo_templates WHERE id = ? AND deleted_at IS NOT NULL').get(id) as { name: string } | undefined;
      if (template) assertTemplateNameFree(db, template.name, id);
    }
    if (kind === 'annotation') {
      const row = db.prepare('SELECT source_id FROM annotations WHERE id = ?').get(id) as { source_id: string } | undefined;
      if (row) undelete(db, 'sources', row.source_id, author, now);
    }
    if (undelete(db, tables[kind], id, author, now) === 0) {
      throw new DossierError('NOT_FOUND', 'That item is no longer in the Trash.');
    }
  })();
}
