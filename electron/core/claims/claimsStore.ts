import { DossierError } from '../../../shared/api/errors';
import type {
  Claim,
  ClaimCitation,
  ClaimEntityRef,
  ClaimLink,
  ClaimRelation,
  ClaimRole,
  ClaimRow,
  ClaimStatus,
  Credibility,
  EntityKind,
  Reliability,
} from '../../../shared/api/types';
import { admiraltyGrade } from '../../../shared/grades/admiraltyGrade';
import { nowIso } from '../db/nowIso';
import type { ProjectDb } from '../db/projectDatabase';
import { statement } from '../db/statement';
import { newId } from '../ids/newId';

interface ClaimBaseRow {
  id: string;
  statement: string;
  asserter_entity_id: string | null;
  asserter_name: string | null;
  asserter_text: string;
  date_edtf: string;
  status: ClaimStatus;
  reliability: Reliability;
  credibility: Credibility;
  notes: string;
  created_at: string;
  updated_at: string;
  created_by: string;
}

const claimFilters = {
  all: 'c.deleted_at IS NULL',
  id: 'c.id = @id AND c.deleted_at IS NULL',
  entity: `c.deleted_at IS NULL AND (c.asserter_entity_id = @entity OR EXISTS (SELECT 1 FROM claim_entities x
    WHERE x.claim_id = c.id AND x.entity_id = @entity AND x.deleted_at IS NULL))`,
};

/**
 * The grid's rows. Entities and citations are read in two flat queries and
 * grouped here: per-row subqueries cost seconds on 50,000 claims.
 */
export function listClaims(db: ProjectDb, filter: { entityId?: string } = {}): ClaimRow[] {
  return loadClaims(db, filter.entityId ? 'entity' : 'all', { entity: filter.entityId }).map((c) => c.row);
}

function loadClaims(
  db: ProjectDb,
  filter: keyof typeof claimFilters,
  values: { entity?: string; id?: string },
): { row: ClaimRow; asserterText: string; notes: string }[] {
  const where = claimFilters[filter];
  const params = filter === 'all' ? {} : filter === 'id' ? { id: values.id } : { entity: values.entity };
  const claims = statement(
    db,
    `SELECT c.id, c.statement, c.asserter_entity_id, ae.name AS asserter_name, c.asserter_text, c.date_edtf, c.status,
       c.reliability, c.credibility, c.notes, c.created_at, c.updated_at, c.created_by
     FROM claims c LEFT JOIN entities ae ON ae.id = c.asserter_entity_id AND ae.deleted_at IS NULL
     WHERE ${where} ORDER BY c.created_at DESC, c.id DESC`,
  ).all(params) as ClaimBaseRow[];

  // Unfiltered, the link rows of deleted claims are simply never looked up: no join needed.
  const onlyListed = filter === 'all' ? '' : `JOIN claims c ON c.id = link.claim_id AND ${where}`;
  const entities = new Map<string, ClaimEntityRef[]>();
  const entityRows = statement(
    db,
    `SELECT link.claim_id, e.id, e.name, e.kind, link.role FROM claim_entities link
     JOIN entities e ON e.id = link.entity_id AND e.deleted_at IS NULL ${onlyListed} WHERE link.deleted_at IS NULL`,
  )
    .raw()
    .all(params) as [string, string, string, EntityKind, ClaimRole][];
  for (const [claimId, entityId, name, kind, role] of entityRows) {
    const list = entities.get(claimId);
    const ref = { entityId, name, kind, role };
    if (list) list.push(ref);
    else entities.set(claimId, [ref]);
  }

  const evidence = new Map<string, { count: number; missing: number; titles: Set<string> }>();
  const citationRows = statement(
    db,
    `SELECT link.claim_id, s.title, (a.deleted_at IS NOT NULL OR s.deleted_at IS NOT NULL) FROM claim_citations link
     JOIN annotations a ON a.id = link.annotation_id JOIN sources s ON s.id = a.source_id ${onlyListed}
     WHERE link.deleted_at IS NULL`,
  )
    .raw()
    .all(params) as [string, string, number][];
  for (const [claimId, title, missing] of citationRows) {
    let entry = evidence.get(claimId);
    if (!entry) {
      entry = { count: 0, missing: 0, titles: new Set() };
      evidence.set(claimId, entry);
    }
    entry.count += 1;
    if (missing) entry.missing += 1;
    else entry.titles.add(title);
  }

  return claims.map((row) => {
    const found = evidence.get(row.id);
    const claimRow: ClaimRow = {
      id: row.id,
      statement: row.statement,
      asserterEntityId: row.asserter_name === null ? null : row.asserter_entity_id,
      asserterName: row.asserter_name ?? row.asserter_text,
      dateEdtf: row.date_edtf,
      status: row.status,
      reliability: row.reliability,
      credibility: row.credibility,
      grade: admiraltyGrade(row.reliability, row.credibility),
      entities: entities.get(row.id) ?? [],
      citationCount: found?.count ?? 0,
      sourceTitles: found ? [...found.titles] : [],
      missingEvidence: (found?.missing ?? 0) > 0,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      createdBy: row.created_by,
    };
    return { row: claimRow, asserterText: row.asserter_text, notes: row.notes };
  });
}

export function getClaim(db: ProjectDb, id: string): Claim {
  const [loaded] = loadClaims(db, 'id', { id });
  if (!loaded) throw new DossierError('NOT_FOUND', 'That claim no longer exists (it may have been moved to the Trash).');
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
  return { ...loaded.row, asserterText: loaded.asserterText, notes: loaded.notes, citations, links };
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
}

/** A claim from passages: source reliability defaults from the first cited passage's source. */
export function createClaim(db: ProjectDb, author: string, input: ClaimFields & { statement: string; annotationIds: string[] }): Claim {
  const id = newId();
  db.transaction(() => {
    const cited = [...new Set(input.annotationIds)].map((annotationId) => ({ annotationId, ...assertLiveAnnotation(db, annotationId) }));
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
