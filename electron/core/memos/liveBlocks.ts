import { EVENT_ROW } from '../../../shared/api/timelineTypes';
import type { ClaimRow, EntityKind } from '../../../shared/api/types';
import { claimRowsOf } from '../../../shared/claims/claimTable';
import { describeEdtf, parseEdtf } from '../../../shared/dates/edtf';
import { meetsMinGrade } from '../../../shared/grades/minGrade';
import type { BlockContent, ClaimsTableNode, EntityCardNode, LiveBlockNode, TimelineTableNode } from '../../../shared/memos/memoDoc';
import { claimTable } from '../claims/claimsStore';
import type { ProjectDb } from '../db/projectDatabase';
import { statement } from '../db/statement';
import { listEventTypes } from '../timelines/eventTypesStore';
import { listEvents } from '../timelines/eventsStore';

/** A live table in a memo shows at most this many rows; the note says how many more there are. */
export const MAX_LIVE_ROWS = 1000;

const KIND_WORDS: Record<EntityKind, string> = { person: 'Person', organization: 'Organization', place: 'Place', event: 'Event', other: 'Other' };
const STATUS_WORDS: Record<ClaimRow['status'], string> = {
  unverified: 'Unverified',
  corroborated: 'Corroborated',
  disputed: 'Disputed',
  refuted: 'Refuted',
};

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}

function capped(rows: string[][], notes: string[]): { rows: string[][]; note: string } {
  if (rows.length > MAX_LIVE_ROWS) notes.push(`First ${MAX_LIVE_ROWS.toLocaleString('en')} of ${rows.length.toLocaleString('en')} rows shown.`);
  return { rows: rows.slice(0, MAX_LIVE_ROWS), note: notes.join(' ') };
}

function entityCard(db: ProjectDb, attrs: EntityCardNode['attrs']): BlockContent {
  const entity = statement(db, 'SELECT id, kind, name, description, date_edtf FROM entities WHERE id = ? AND deleted_at IS NULL').get(attrs.entityId) as
    | { id: string; kind: EntityKind; name: string; description: string; date_edtf: string }
    | undefined;
  if (!entity) return { title: '[entity removed]', columns: [], rows: [], note: 'This entity is no longer in the project.' };
  const aliases = (
    statement(db, 'SELECT alias FROM entity_aliases WHERE entity_id = ? AND deleted_at IS NULL ORDER BY alias COLLATE NOCASE').all(entity.id) as {
      alias: string;
    }[]
  ).map((a) => a.alias);
  const { n } = statement(
    db,
    `SELECT count(*) AS n FROM claims c WHERE c.deleted_at IS NULL AND (c.asserter_entity_id = @id OR EXISTS (SELECT 1 FROM claim_entities x
       WHERE x.claim_id = c.id AND x.entity_id = @id AND x.deleted_at IS NULL))`,
  ).get({ id: entity.id }) as { n: number };
  const rows: string[][] = [['Kind', KIND_WORDS[entity.kind]]];
  if (aliases.length > 0) rows.push(['Also known as', aliases.join(', ')]);
  if (entity.description.trim() !== '') rows.push(['Description', entity.description.trim()]);
  if (entity.date_edtf !== '') rows.push(['Date', describeEdtf(entity.date_edtf)]);
  rows.push(['Claims', plural(n, 'claim')]);
  return { title: entity.name, columns: [], rows, note: '' };
}

function timelineTable(db: ProjectDb, attrs: TimelineTableNode['attrs']): BlockContent {
  const columns = ['Date', 'Event', 'Type', 'Place'];
  let title = 'All events';
  if (attrs.timelineId !== null) {
    const timeline = statement(db, 'SELECT name FROM timelines WHERE id = ? AND deleted_at IS NULL').get(attrs.timelineId) as { name: string } | undefined;
    if (!timeline) return { title: '[timeline removed]', columns, rows: [], note: 'This timeline is no longer in the project.' };
    title = timeline.name;
  }
  const notes: string[] = [];
  const bound = (value: string | null, which: 'from' | 'to'): number | null => {
    if (value === null) return null;
    const parsed = parseEdtf(value);
    if (parsed.ok) return which === 'from' ? parsed.date.earliest : parsed.date.latest;
    notes.push(`The date filter “${value}” is not a date Dossier understands and was ignored.`);
    return null;
  };
  const from = bound(attrs.from, 'from');
  const to = bound(attrs.to, 'to');
  const types = new Map(listEventTypes(db).map((t) => [t.id, t.name]));
  const wantedTypes = attrs.typeIds && attrs.typeIds.length > 0 ? new Set(attrs.typeIds) : null;
  const list = listEvents(db, attrs.timelineId === null ? {} : { timelineId: attrs.timelineId });
  const rows: string[][] = [];
  for (const event of list.rows) {
    const typeId = event[EVENT_ROW.typeId];
    if (wantedTypes && (typeId === null || !wantedTypes.has(typeId))) continue;
    const earliest = event[EVENT_ROW.earliest];
    const latest = event[EVENT_ROW.latest];
    if (from !== null && (latest === null || latest < from)) continue;
    if (to !== null && (earliest === null || earliest > to)) continue;
    const dateEdtf = event[EVENT_ROW.dateEdtf];
    const place = event[EVENT_ROW.placeEntityId];
    rows.push([
      dateEdtf === '' ? 'No date' : describeEdtf(dateEdtf),
      event[EVENT_ROW.title],
      typeId === null ? '' : (types.get(typeId) ?? ''),
      place === null ? '' : (list.entities[place]?.name ?? ''),
    ]);
  }
  const range = [attrs.from ? `from ${describeEdtf(attrs.from)}` : '', attrs.to ? `to ${describeEdtf(attrs.to)}` : ''].filter(Boolean).join(' ');
  if (range) title = `${title}, ${range}`;
  if (rows.length === 0) notes.unshift('No events match.');
  return { title, columns, ...capped(rows, notes) };
}


function claimsTable(db: ProjectDb, attrs: ClaimsTableNode['attrs']): BlockContent {
  const columns = ['Claim', 'Asserted by', 'Status', 'Grade', 'Sources'];
  const parts = ['Claims'];
  if (attrs.entityId !== null) {
    const entity = statement(db, 'SELECT name FROM entities WHERE id = ? AND deleted_at IS NULL').get(attrs.entityId) as { name: string } | undefined;
    if (!entity) return { title: '[entity removed]', columns, rows: [], note: 'The entity this table is about is no longer in the project.' };
    parts.push(`by or about ${entity.name}`);
  }
  if (attrs.status !== null) parts.push(`(${STATUS_WORDS[attrs.status].toLowerCase()})`);
  if (attrs.minGrade !== null) parts.push(`graded ${attrs.minGrade} or better`);
  const claims = claimRowsOf(claimTable(db, attrs.entityId === null ? {} : { entityId: attrs.entityId })).filter(
    (c) => (attrs.status === null || c.status === attrs.status) && meetsMinGrade(c.reliability, c.credibility, attrs.minGrade),
  );
  const rows = claims.map((c) => [c.statement, c.asserterName, STATUS_WORDS[c.status], c.grade, c.sourceTitles.join('; ')]);
  return { title: parts.join(' '), columns, ...capped(rows, rows.length === 0 ? ['No claims match.'] : []) };
}

/** What a live block shows now; a frozen block shows what it was frozen with. Never fails on missing targets. */
export function liveBlockContent(db: ProjectDb, block: LiveBlockNode): BlockContent {
  if (block.attrs.frozen) return block.attrs.frozen;
  switch (block.type) {
    case 'entityCard':
      return entityCard(db, block.attrs);
    case 'timelineTable':
      return timelineTable(db, block.attrs);
    case 'claimsTable':
      return claimsTable(db, block.attrs);
  }
}
