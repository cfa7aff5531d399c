import { optionalEdtfProblem } from '../../../shared/dates/edtf';
import { DossierError } from '../../../shared/api/errors';
import type {
  Claim,
  ClaimCitation,
  ClaimLink,
  ClaimRelation,
  ClaimRole,
  ClaimRow,
  ClaimStatus,
  ClaimTable,
  ClaimTableRow,
  EntityKind,
  Reliability,
} from '../../../shared/api/types';
import { newestFirst, type ClaimOrder, type ClaimOrderField } from '../../../shared/claims/claimOrder';
import { claimRowDecoder, claimRowsOf } from '../../../shared/claims/claimTable';
import { nowIso } from '../db/nowIso';
import type { ProjectDb } from '../db/projectDatabase';
import { statement } from '../db/statement';
import { newId } from '../ids/newId';
import { createAnnotation, type NewAnnotation } from '../annotations/annotationsStore';

const claimFilters = {
  all: 'c.deleted_at IS NULL',
  id: 'c.id = @id AND c.deleted_at IS NULL',
  entity: `c.deleted_at IS NULL AND (c.asserter_entity_id = @entity OR EXISTS (SELECT 1 FROM claim_entities x
    WHERE x.claim_id = c.id AND x.entity_id = @entity AND x.deleted_at IS NULL))`,
};

type ClaimFilter = { kind: 'all' } | { kind: 'id'; id: string } | { kind: 'entity'; entity: string };

export interface ClaimListOptions {
  /** Only claims by or about this entity. */
  entityId?: string;
  /** Only the first claims in `orderBy`: the grid's first screenful. */
  limit?: number;
  orderBy?: ClaimOrder;
}

/** claims.list: every live claim, or those by or about one entity, as a compact table (newest first unless ordered otherwise). */
export function claimTable(db: ProjectDb, options: ClaimListOptions = {}): ClaimTable {
  const filter: ClaimFilter = options.entityId ? { kind: 'entity', entity: options.entityId } : { kind: 'all' };
  return loadClaimTable(db, filter, options.orderBy ?? newestFirst, options.limit);
}

/** The same claims as ClaimRow objects, for answers that carry a few (an entity page). */
export function listClaims(db: ProjectDb, filter: { entityId?: string } = {}): ClaimRow[] {
  return claimRowsOf(claimTable(db, filter));
}

const orderColumns: Record<ClaimOrderField, readonly string[]> = {
  createdAt: ['c.created_at'],
  updatedAt: ['c.updated_at'],
  statement: ['c.statement'],
  dateEdtf: ['c.date_edtf'],
  status: ['c.status'],
  reliability: ['c.reliability'],
  credibility: ['c.credibility'],
  // "B2": the letter, then the digit.
  grade: ['c.reliability', 'c.credibility'],
  createdBy: ['c.created_by'],
};

/**
 * ORDER BY for an order, ties in the list's own order (newest first, then by
 * id), which is where the grid's stable sort leaves them. Text is compared
 * by code point, as the grid compares it (they differ only between
 * characters beyond U+FFFF and U+E000-U+FFFF).
 */
function orderSql(order: ClaimOrder): string {
  const direction = order.descending ? 'DESC' : 'ASC';
  const keys = orderColumns[order.field].map((column) => `${column} ${direction}`);
  if (order.field !== 'createdAt') keys.push('c.created_at DESC');
  keys.push('c.id DESC');
  return keys.join(', ');
}

/**
 * Newest first, SQLite reads live claims in order from claims_live_newest_first. In any other order it
 * sorts them all: from a plain scan of the table, which took a fifth of the time of walking that index.
 */
const isNewestFirst = (order: ClaimOrder): boolean => order.field === 'createdAt' && order.descending;

interface EntityName {
  id: string;
  name: string;
  kind: EntityKind;
  /** Its index in the table's `entities`, -1 until a row refers to it. */
  index: number;
}

/**
 * Three flat queries (claims, their entities, their citations) grouped here,
 * each row built once as an array of values. One query with per-row
 * subqueries took about three times as long on 50,000 claims. Link rows name
 * their claim and entity by rowid, so that they are matched through maps of
 * numbers rather than of 36-character ids, and the few hundred distinct
 * [entity, role] pairs are shared rather than made once per link (100,000
 * small arrays fewer to make and collect). Entities and sources are looked
 * up in small maps rather than joined per link row.
 */
function loadClaimTable(db: ProjectDb, filter: ClaimFilter, order: ClaimOrder, limit?: number): ClaimTable {
  const where = claimFilters[filter.kind];
  const params = filter.kind === 'all' ? {} : filter.kind === 'id' ? { id: filter.id } : { entity: filter.entity };

  const byId = new Map<string, EntityName>();
  const byRowid = new Map<number, EntityName>();
  for (const [rowid, id, name, kind] of statement(db, 'SELECT rowid, id, name, kind FROM entities WHERE deleted_at IS NULL').raw().all() as [
    number,
    string,
    string,
    EntityKind,
  ][]) {
    const entity: EntityName = { id, name, kind, index: -1 };
    byId.set(id, entity);
    byRowid.set(rowid, entity);
  }
  const entities: ClaimTable['entities'] = [];
  /** Index of a live entity in `entities` (added on first use), or -1 for none or one in the Trash. */
  const indexOf = (entity: EntityName | undefined): number => {
    if (!entity) return -1;
    if (entity.index < 0) entity.index = entities.push({ id: entity.id, name: entity.name, kind: entity.kind }) - 1;
    return entity.index;
  };

  // Selected in the order of a ClaimTableRow, with stand-ins for what the link rows fill in (the claim's rowid
  // rides in the entities slot until then): each row SQLite hands over becomes the table row itself.
  const rows = statement(
    db,
    `SELECT c.id, c.statement, c.asserter_entity_id, c.asserter_text, c.date_edtf, c.status, c.reliability, c.credibility,
       c.rowid, 0, NULL, 0, c.created_at, c.updated_at, c.created_by
     FROM claims c${isNewestFirst(order) ? '' : ' NOT INDEXED'} WHERE ${where} ORDER BY ${orderSql(order)}${limit === undefined ? '' : ' LIMIT @limit'}`,
  )
    .raw()
    .all(limit === undefined ? params : { ...params, limit }) as ClaimTableRow[];
  const byClaimRowid = new Map<number, ClaimTableRow>();
  for (const row of rows) {
    byClaimRowid.set(row[8] as unknown as number, row);
    row[2] = indexOf(byId.get(row[2] as unknown as string));
    row[8] = [];
    row[10] = [];
    if (row[13] === row[12]) row[13] = '';
  }
  const total =
    limit === undefined || rows.length < limit ? rows.length : (statement(db, `SELECT count(*) FROM claims c WHERE ${where}`).pluck().get(params) as number);

  // The whole list takes every link row (those of deleted claims are not found in byClaimRowid); a part of it
  // only the links of the claims listed.
  const onlyListed = filter.kind === 'all' && limit === undefined ? '' : 'AND link.claim_id IN (SELECT value FROM json_each(@ids))';
  const linkParams = onlyListed ? { ids: JSON.stringify(rows.map((row) => row[0])) } : {};

  const roles: readonly ClaimRole[] = ['subject', 'object', 'mentioned'];
  const pairs = new Map<number, [number, ClaimRole]>();
  const entityRows = statement(
    db,
    `SELECT c.rowid, link.entity_id, link.role FROM claim_entities link JOIN claims c ON c.id = link.claim_id
     WHERE link.deleted_at IS NULL ${onlyListed}`,
  )
    .raw()
    .all(linkParams) as [number, string, ClaimRole][];
  for (const [claim, entityId, role] of entityRows) {
    const row = byClaimRowid.get(claim);
    if (!row) continue;
    const index = indexOf(byId.get(entityId));
    if (index < 0) continue;
    const key = index * roles.length + roles.indexOf(role);
    let pair = pairs.get(key);
    if (!pair) {
      pair = [index, role];
      pairs.set(key, pair);
    }
    row[8].push(pair);
  }

  const titles = new Map<number, string>();
  for (const [rowid, title] of statement(db, 'SELECT rowid, title FROM sources').raw().all() as [number, string][]) titles.set(rowid, title);
  const sourceTitles: string[] = [];
  const titleIndex = new Map<string, number>();
  /** Index of a source's title in `sourceTitles` (added on first use; sources with the same title share it). */
  const indexOfTitle = (source: number): number => {
    const title = titles.get(source) ?? '';
    let index = titleIndex.get(title);
    if (index === undefined) {
      index = sourceTitles.push(title) - 1;
      titleIndex.set(title, index);
    }
    return index;
  };
  const citationRows = statement(
    db,
    `SELECT c.rowid, s.rowid, (a.deleted_at IS NOT NULL OR s.deleted_at IS NOT NULL) FROM claim_citations link
     JOIN claims c ON c.id = link.claim_id JOIN annotations a ON a.id = link.annotation_id JOIN sources s ON s.id = a.source_id
     WHERE link.deleted_at IS NULL ${onlyListed}`,
  )
    .raw()
    .all(linkParams) as [number, number, number][];
  for (const [claim, source, missing] of citationRows) {
    const row = byClaimRowid.get(claim);
    if (!row) continue;
    row[9] += 1;
    if (missing) {
      row[11] = 1;
      continue;
    }
    const index = indexOfTitle(source);
    if (!row[10].includes(index)) row[10].push(index);
  }
  return { rows, entities, sourceTitles, total };
}

export function getClaim(db: ProjectDb, id: string): Claim {
  const table = loadClaimTable(db, { kind: 'id', id }, newestFirst);
  const [tuple] = table.rows;
  if (!tuple) throw new DossierError('NOT_FOUND', 'That claim no longer exists (it may have been moved to the Trash).');
  const row = claimRowDecoder(table)(tuple);
  const { notes } = statement(db, 'SELECT notes FROM claims WHERE id = ?').get(id) as { notes: string };
  const citations = (
    statement(
      db,
      `SELECT a.id AS annotation_id, a.source_id, s.title, a.exact, a.start_pos, a.end_pos,
         (a.deleted_at IS NOT NULL OR s.deleted_at IS NOT NULL) AS missing
       FROM claim_citations cc JOIN annotations a ON a.id = cc.annotation_id JOIN sources s ON s.id = a.source_id
       WHERE cc.claim_id = ? AND cc.deleted_at IS NULL ORDER BY s.title COLLATE NOCASE, a.start_pos`,
    ).all(id) as {
      annotation_id: string;
      source_id: string;
      title: string;
      exact: string;
      start_pos: number;
      end_pos: number;
      missing: number;
    }[]
  ).map(
    (c): ClaimCitation => ({
      annotationId: c.annotation_id,
      sourceId: c.source_id,
      sourceTitle: c.title,
      exact: c.exact,
      start: c.start_pos,
      end: c.end_pos,
      missing: c.missing === 1,
    }),
  );
  const links = (
    statement(
      db,
      `SELECT l.id, l.relation, 'outgoing' AS direction, o.id AS other_id, o.statement AS other_statement
         FROM claim_links l JOIN claims o ON o.id = l.to_claim_id AND o.deleted_at IS NULL
         WHERE l.from_claim_id = @id AND l.deleted_at IS NULL
       UNION ALL
       SELECT l.id, l.relation, 'incoming', o.id, o.statement
         FROM claim_links l JOIN claims o ON o.id = l.from_claim_id AND o.deleted_at IS NULL
         WHERE l.to_claim_id = @id AND l.deleted_at IS NULL`,
    ).all({ id }) as { id: string; relation: ClaimRelation; direction: 'outgoing' | 'incoming'; other_id: string; other_statement: string }[]
  ).map(
    (l): ClaimLink => ({ id: l.id, relation: l.relation, direction: l.direction, otherClaimId: l.other_id, otherStatement: l.other_statement }),
  );
  return { ...row, asserterText: tuple[3], notes, citations, links };
}

export interface ClaimFields {
  statement?: string;
  asserterEntityId?: string | null;
  asserterText?: string;
  entities?: { entityId: string; role: ClaimRole }[];
  dateEdtf?: string;
  status?: ClaimStatus;
  reliability?: Reliability;
  credibility?: number;
  notes?: string;
}

function assertLiveEntity(db: ProjectDb, entityId: string): { name: string; kind: EntityKind } {
  const row = statement(db, 'SELECT name, kind FROM entities WHERE id = ? AND deleted_at IS NULL').get(entityId) as
    | { name: string; kind: EntityKind }
    | undefined;
  if (!row) throw new DossierError('NOT_FOUND', 'One of the chosen entities no longer exists; choose again.');
  return row;
}

export function assertLiveAnnotation(db: ProjectDb, annotationId: string): { source_reliability: Reliability } {
  const row = statement(
    db,
    `SELECT s.reliability AS source_reliability FROM annotations a JOIN sources s ON s.id = a.source_id
     WHERE a.id = ? AND a.deleted_at IS NULL AND s.deleted_at IS NULL`,
  ).get(annotationId) as { source_reliability: Reliability } | undefined;
  if (!row) throw new DossierError('NOT_FOUND', 'That passage no longer exists (it may have been moved to the Trash).');
  return row;
}

function setClaimEntities(db: ProjectDb, author: string, claimId: string, entities: readonly { entityId: string; role: ClaimRole }[], now: string): void {
  const wanted = new Map<string, ClaimRole>();
  for (const { entityId, role } of entities) {
    assertLiveEntity(db, entityId);
    wanted.set(entityId, role);
  }
  const current = statement(db, 'SELECT entity_id, role, deleted_at FROM claim_entities WHERE claim_id = ?').all(claimId) as {
    entity_id: string;
    role: ClaimRole;
    deleted_at: string | null;
  }[];
  const known = new Map(current.map((c) => [c.entity_id, c]));
  for (const c of current) {
    if (c.deleted_at === null && !wanted.has(c.entity_id)) {
      statement(
        db,
        'UPDATE claim_entities SET deleted_at = ?, deleted_by = ?, updated_at = ?, updated_by = ? WHERE claim_id = ? AND entity_id = ?',
      ).run(now, author, now, author, claimId, c.entity_id);
    }
  }
  for (const [entityId, role] of wanted) {
    const existing = known.get(entityId);
    if (!existing) {
      statement(
        db,
        'INSERT INTO claim_entities (claim_id, entity_id, role, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(claimId, entityId, role, now, now, author, author);
    } else if (existing.deleted_at !== null || existing.role !== role) {
      statement(
        db,
        `UPDATE claim_entities SET role = ?, deleted_at = NULL, deleted_by = NULL, updated_at = ?, updated_by = ?
         WHERE claim_id = ? AND entity_id = ?`,
      ).run(role, now, author, claimId, entityId);
    }
  }
}

function setCitationLive(db: ProjectDb, author: string, claimId: string, annotationId: string, now: string): void {
  const existing = statement(db, 'SELECT deleted_at FROM claim_citations WHERE claim_id = ? AND annotation_id = ?').get(claimId, annotationId) as
    | { deleted_at: string | null }
    | undefined;
  if (!existing) {
    statement(
      db,
      'INSERT INTO claim_citations (claim_id, annotation_id, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(claimId, annotationId, now, now, author, author);
  } else if (existing.deleted_at !== null) {
    statement(
      db,
      'UPDATE claim_citations SET deleted_at = NULL, deleted_by = NULL, updated_at = ?, updated_by = ? WHERE claim_id = ? AND annotation_id = ?',
    ).run(now, author, claimId, annotationId);
  }
}

function assertAsserter(db: ProjectDb, fields: ClaimFields): void {
  if (fields.asserterEntityId) assertLiveEntity(db, fields.asserterEntityId);
  // The date a claim refers to is EDTF, as the timeline's; refused with the reason otherwise.
  const problem = optionalEdtfProblem(fields.dateEdtf);
  if (problem !== undefined) throw new DossierError('BAD_INPUT', `Date (EDTF): ${problem}`);
}

/** A claim from passages: source reliability defaults from the first cited passage's source. */
export function createClaim(
  db: ProjectDb,
  author: string,
  input: ClaimFields & { statement: string; annotationIds: string[]; passage?: NewAnnotation },
): Claim {
  const id = newId();
  db.transaction(() => {
    // A passage not yet highlighted becomes a highlight with the claim, or not at all.
    const highlighted = input.passage ? [createAnnotation(db, author, input.passage).id] : [];
    const cited = [...new Set([...input.annotationIds, ...highlighted])].map((annotationId) => ({
      annotationId,
      ...assertLiveAnnotation(db, annotationId),
    }));
    assertAsserter(db, input);
    const now = nowIso();
    statement(
      db,
      `INSERT INTO claims (id, statement, asserter_entity_id, asserter_text, date_edtf, status, reliability, credibility, notes,
         created_at, updated_at, created_by, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      input.statement,
      input.asserterEntityId ?? null,
      input.asserterText ?? '',
      input.dateEdtf ?? '',
      input.status ?? 'unverified',
      input.reliability ?? cited[0]?.source_reliability ?? 'F',
      input.credibility ?? 6,
      input.notes ?? '',
      now,
      now,
      author,
      author,
    );
    for (const { annotationId } of cited) setCitationLive(db, author, id, annotationId, now);
    setClaimEntities(db, author, id, input.entities ?? [], now);
  })();
  return getClaim(db, id);
}

export function updateClaim(db: ProjectDb, author: string, id: string, fields: ClaimFields): Claim {
  db.transaction(() => {
    getClaim(db, id);
    assertAsserter(db, fields);
    const now = nowIso();
    const columns: [string, unknown][] = [
      ['statement', fields.statement],
      ['asserter_entity_id', fields.asserterEntityId],
      ['asserter_text', fields.asserterText],
      ['date_edtf', fields.dateEdtf],
      ['status', fields.status],
      ['reliability', fields.reliability],
      ['credibility', fields.credibility],
      ['notes', fields.notes],
    ];
    for (const [column, value] of columns) {
      if (value === undefined) continue;
      statement(db, `UPDATE claims SET ${column} = ?, updated_at = ?, updated_by = ? WHERE id = ?`).run(value, now, author, id);
    }
    if (fields.entities) setClaimEntities(db, author, id, fields.entities, now);
  })();
  return getClaim(db, id);
}

export function citePassage(db: ProjectDb, author: string, claimId: string, annotationId: string): Claim {
  db.transaction(() => {
    getClaim(db, claimId);
    assertLiveAnnotation(db, annotationId);
    const now = nowIso();
    setCitationLive(db, author, claimId, annotationId, now);
    statement(db, 'UPDATE claims SET updated_at = ?, updated_by = ? WHERE id = ?').run(now, author, claimId);
  })();
  return getClaim(db, claimId);
}

export function uncitePassage(db: ProjectDb, author: string, claimId: string, annotationId: string): Claim {
  db.transaction(() => {
    getClaim(db, claimId);
    const now = nowIso();
    const result = statement(
      db,
      `UPDATE claim_citations SET deleted_at = ?, deleted_by = ?, updated_at = ?, updated_by = ?
       WHERE claim_id = ? AND annotation_id = ? AND deleted_at IS NULL`,
    ).run(now, author, now, author, claimId, annotationId);
    if (result.changes === 0) throw new DossierError('NOT_FOUND', 'That passage is not cited by this claim.');
  })();
  return getClaim(db, claimId);
}

export function linkClaims(db: ProjectDb, author: string, fromId: string, toId: string, relation: ClaimRelation): Claim {
  if (fromId === toId) throw new DossierError('BAD_INPUT', 'A claim cannot support or contradict itself.');
  db.transaction(() => {
    getClaim(db, fromId);
    getClaim(db, toId);
    const existing = statement(
      db,
      'SELECT id FROM claim_links WHERE from_claim_id = ? AND to_claim_id = ? AND relation = ? AND deleted_at IS NULL',
    ).get(fromId, toId, relation);
    if (existing) return;
    const now = nowIso();
    statement(
      db,
      `INSERT INTO claim_links (id, from_claim_id, to_claim_id, relation, created_at, updated_at, created_by, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(newId(), fromId, toId, relation, now, now, author, author);
  })();
  return getClaim(db, fromId);
}

export function unlinkClaims(db: ProjectDb, author: string, claimId: string, linkId: string): Claim {
  const now = nowIso();
  const result = statement(
    db,
    `UPDATE claim_links SET deleted_at = ?, deleted_by = ?, updated_at = ?, updated_by = ?
     WHERE id = ? AND deleted_at IS NULL AND (from_claim_id = ? OR to_claim_id = ?)`,
  ).run(now, author, now, author, linkId, claimId, claimId);
  if (result.changes === 0) throw new DossierError('NOT_FOUND', 'That link no longer exists.');
  return getClaim(db, claimId);
}

export function deleteClaim(db: ProjectDb, author: string, id: string): void {
  const now = nowIso();
  const result = statement(
    db,
    'UPDATE claims SET deleted_at = ?, deleted_by = ?, updated_at = ?, updated_by = ? WHERE id = ? AND deleted_at IS NULL',
  ).run(now, author, now, author, id);
  if (result.changes === 0) throw new DossierError('NOT_FOUND', 'That claim no longer exists (it may already be in the Trash).');
}
