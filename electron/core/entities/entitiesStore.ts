import { optionalEdtfProblem } from '../../../shared/dates/edtf';
import { DossierError } from '../../../shared/api/errors';
import type { Entity, EntityAlias, EntityKind, EntitySummary } from '../../../shared/api/types';
import { nameKey, nameTokens } from '../../../shared/entities/foldName';
import { nowIso } from '../db/nowIso';
import type { ProjectDb } from '../db/projectDatabase';
import { statement } from '../db/statement';
import { newId } from '../ids/newId';
import { liveNames } from './entityNames';
import { ensureMentionIndex, markMentionsStale } from './mentionIndex';

interface EntityRow {
  id: string;
  kind: EntityKind;
  name: string;
  description: string;
  notes: string;
  date_edtf: string;
  created_at: string;
  updated_at: string;
  created_by: string;
}

/** For each name key used by more than one entity, the entities using it. */
function sharedNames(db: ProjectDb): Map<string, { entityId: string; name: string }[]> {
  const byKey = new Map<string, Map<string, string>>();
  const entityNames = new Map<string, string>();
  for (const row of statement(db, 'SELECT id, name FROM entities WHERE deleted_at IS NULL').all() as { id: string; name: string }[]) {
    entityNames.set(row.id, row.name);
  }
  for (const { entityId, name } of liveNames(db)) {
    const key = nameKey(name);
    const owners = byKey.get(key) ?? new Map<string, string>();
    owners.set(entityId, entityNames.get(entityId) ?? name);
    byKey.set(key, owners);
  }
  const shared = new Map<string, { entityId: string; name: string }[]>();
  for (const [key, owners] of byKey) {
    if (owners.size > 1) shared.set(key, [...owners].map(([entityId, name]) => ({ entityId, name })));
  }
  return shared;
}

export function listEntities(db: ProjectDb, kind?: EntityKind): EntitySummary[] {
  ensureMentionIndex(db);
  const rows = statement(
    db,
    // Claims by or about each entity, each claim once: counted in two grouped passes (about + asserted - both),
    // as a scan of every claim per entity took seconds with 50,000 claims and blocked every other call meanwhile.
    `WITH about AS (
       SELECT ce.entity_id, count(*) AS n FROM claims c CROSS JOIN claim_entities ce ON ce.claim_id = c.id AND ce.deleted_at IS NULL
       WHERE c.deleted_at IS NULL GROUP BY ce.entity_id),
     asserted AS (
       SELECT c.asserter_entity_id AS entity_id, count(*) AS n, count(ce.claim_id) AS also_about FROM claims c
       LEFT JOIN claim_entities ce ON ce.claim_id = c.id AND ce.entity_id = c.asserter_entity_id AND ce.deleted_at IS NULL
       WHERE c.deleted_at IS NULL AND c.asserter_entity_id IS NOT NULL GROUP BY c.asserter_entity_id)
     SELECT e.id, e.kind, e.name, e.description, e.notes, e.date_edtf, e.created_at, e.updated_at, e.created_by,
       (SELECT coalesce(json_group_array(a.alias), '[]') FROM (SELECT alias FROM entity_aliases
          WHERE entity_id = e.id AND deleted_at IS NULL ORDER BY alias COLLATE NOCASE) a) AS aliases,
       (SELECT count(*) FROM mention_index m JOIN sources s ON s.id = m.source_id AND s.deleted_at IS NULL
          WHERE m.entity_id = e.id) AS mention_count,
       coalesce(about.n, 0) + coalesce(asserted.n, 0) - coalesce(asserted.also_about, 0) AS claim_count
     FROM entities e LEFT JOIN about ON about.entity_id = e.id LEFT JOIN asserted ON asserted.entity_id = e.id WHERE e.deleted_at IS NULL AND (@kind IS NULL OR e.kind = @kind)
     ORDER BY e.name COLLATE NOCASE, e.id`,
  ).all({ kind: kind ?? null }) as (EntityRow & { aliases: string; mention_count: number; claim_count: number })[];
  const shared = sharedNames(db);
  return rows.map((row) => {
    const aliases = JSON.parse(row.aliases) as string[];
    const conflictCount = [row.name, ...aliases].filter((n) => shared.has(nameKey(n))).length;
    return {
      id: row.id,
      kind: row.kind,
      name: row.name,
      description: row.description,
      dateEdtf: row.date_edtf,
      aliases,
      mentionCount: row.mention_count,
      claimCount: row.claim_count,
      conflictCount,
      updatedAt: row.updated_at,
    };
  });
}

export function getEntity(db: ProjectDb, id: string): Entity {
  const summary = listEntities(db).find((e) => e.id === id);
  const row = statement(db, 'SELECT * FROM entities WHERE id = ? AND deleted_at IS NULL').get(id) as EntityRow | undefined;
  if (!summary || !row) throw new DossierError('NOT_FOUND', 'That entity no longer exists (it may have been moved to the Trash or merged).');
  const shared = sharedNames(db);
  const aliasRows = (
    statement(db, 'SELECT id, alias FROM entity_aliases WHERE entity_id = ? AND deleted_at IS NULL ORDER BY alias COLLATE NOCASE').all(
      id,
    ) as { id: string; alias: string }[]
  ).map(
    (a): EntityAlias => ({
      id: a.id,
      alias: a.alias,
      conflicts: (shared.get(nameKey(a.alias)) ?? []).filter((o) => o.entityId !== id),
    }),
  );
  return { ...summary, notes: row.notes, aliasRows, createdAt: row.created_at, createdBy: row.created_by };
}

function assertUsableName(name: string, what: 'name' | 'alias'): void {
  if (nameTokens(name).length === 0) {
    throw new DossierError('BAD_INPUT', `An entity ${what} needs at least one letter or digit.`);
  }
  if (name.replace(/[\s\p{P}\p{S}]/gu, '').length < 2) {
    throw new DossierError('BAD_INPUT', `An entity ${what} needs at least 2 letters or digits.`);
  }
}

function insertAlias(db: ProjectDb, author: string, entityId: string, alias: string, now: string): string {
  const aliasId = newId();
  statement(
    db,
    `INSERT INTO entity_aliases (id, entity_id, alias, created_at, updated_at, created_by, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(aliasId, entityId, alias, now, now, author, author);
  return aliasId;
}

/** The names an entity already answers to, by key. */
function ownNameKeys(db: ProjectDb, entityId: string): Set<string> {
  return new Set(liveNames(db).filter((n) => n.entityId === entityId).map((n) => nameKey(n.name)));
}

/** An entity's dates are EDTF, as the timeline's: refused with the reason otherwise. */
function assertEntityDate(dateEdtf: string | undefined): void {
  const problem = optionalEdtfProblem(dateEdtf);
  if (problem !== undefined) throw new DossierError('BAD_INPUT', `Date (EDTF): ${problem}`);
}

export interface NewEntity {
  kind: EntityKind;
  name: string;
  description?: string;
  notes?: string;
  dateEdtf?: string;
  aliases?: string[];
}

export function createEntity(db: ProjectDb, author: string, input: NewEntity): Entity {
  const id = newId();
  db.transaction(() => {
    assertUsableName(input.name, 'name');
    assertEntityDate(input.dateEdtf);
    const now = nowIso();
    statement(
      db,
      `INSERT INTO entities (id, kind, name, description, notes, date_edtf, created_at, updated_at, created_by, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, input.kind, input.name, input.description ?? '', input.notes ?? '', input.dateEdtf ?? '', now, now, author, author);
    const keys = new Set([nameKey(input.name)]);
    for (const alias of input.aliases ?? []) {
      assertUsableName(alias, 'alias');
      if (keys.has(nameKey(alias))) continue;
      keys.add(nameKey(alias));
      insertAlias(db, author, id, alias, now);
    }
    markMentionsStale(db);
  })();
  return getEntity(db, id);
}

export function updateEntity(
  db: ProjectDb,
  author: string,
  input: { id: string; kind?: EntityKind; name?: string; description?: string; notes?: string; dateEdtf?: string },
): Entity {
  db.transaction(() => {
    getLiveEntityRow(db, input.id);
    if (input.name !== undefined) assertUsableName(input.name, 'name');
    assertEntityDate(input.dateEdtf);
    const now = nowIso();
    const fields: [string, string | undefined][] = [
      ['kind', input.kind],
      ['name', input.name],
      ['description', input.description],
      ['notes', input.notes],
      ['date_edtf', input.dateEdtf],
    ];
    for (const [column, value] of fields) {
      if (value === undefined) continue;
      statement(db, `UPDATE entities SET ${column} = ?, updated_at = ?, updated_by = ? WHERE id = ?`).run(value, now, author, input.id);
    }
    if (input.name !== undefined) markMentionsStale(db);
  })();
  return getEntity(db, input.id);
}

export function getLiveEntityRow(db: ProjectDb, id: string): EntityRow {
  const row = statement(db, 'SELECT * FROM entities WHERE id = ? AND deleted_at IS NULL').get(id) as EntityRow | undefined;
  if (!row) throw new DossierError('NOT_FOUND', 'That entity no longer exists (it may have been moved to the Trash or merged).');
  return row;
}

export function addAlias(db: ProjectDb, author: string, entityId: string, alias: string): Entity {
  db.transaction(() => {
    const entity = getLiveEntityRow(db, entityId);
    assertUsableName(alias, 'alias');
    if (ownNameKeys(db, entityId).has(nameKey(alias))) {
      throw new DossierError('ALREADY_EXISTS', `“${alias}” is already a name of ${entity.name}.`);
    }
    insertAlias(db, author, entityId, alias, nowIso());
    markMentionsStale(db);
  })();
  return getEntity(db, entityId);
}

export function removeAlias(db: ProjectDb, author: string, aliasId: string): Entity {
  const row = statement(
    db,
    `SELECT a.entity_id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
     WHERE a.id = ? AND a.deleted_at IS NULL AND e.deleted_at IS NULL`,
  ).get(aliasId) as { entity_id: string } | undefined;
  if (!row) throw new DossierError('NOT_FOUND', 'That alias no longer exists.');
  db.transaction(() => {
    const now = nowIso();
    statement(db, 'UPDATE entity_aliases SET deleted_at = ?, deleted_by = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
      now,
      author,
      now,
      author,
      aliasId,
    );
    markMentionsStale(db);
  })();
  return getEntity(db, row.entity_id);
}

/** Undoes a removal: the alias row comes back with its id, unless the entity now has that name another way. */
export function restoreAlias(db: ProjectDb, author: string, aliasId: string): Entity {
  const row = statement(db, 'SELECT entity_id, alias, deleted_at FROM entity_aliases WHERE id = ?').get(aliasId) as
    | { entity_id: string; alias: string; deleted_at: string | null }
    | undefined;
  if (!row) throw new DossierError('NOT_FOUND', 'That alias no longer exists.');
  db.transaction(() => {
    const entity = getLiveEntityRow(db, row.entity_id);
    if (row.deleted_at === null) return;
    if (ownNameKeys(db, row.entity_id).has(nameKey(row.alias))) {
      throw new DossierError('ALREADY_EXISTS', `“${row.alias}” is already a name of ${entity.name}.`);
    }
    const now = nowIso();
    statement(db, 'UPDATE entity_aliases SET deleted_at = NULL, deleted_by = NULL, updated_at = ?, updated_by = ? WHERE id = ?').run(
      now,
      author,
      aliasId,
    );
    markMentionsStale(db);
  })();
  return getEntity(db, row.entity_id);
}

export function deleteEntity(db: ProjectDb, author: string, id: string): void {
  db.transaction(() => {
    getLiveEntityRow(db, id);
    const now = nowIso();
    statement(db, 'UPDATE entities SET deleted_at = ?, deleted_by = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
      now,
      author,
      now,
      author,
      id,
    );
    markMentionsStale(db);
  })();
}

interface MergeMoves {
  aliasIds: string[];
  /** Highlights whose tag moved: `created` when the survivor did not have the tag before. */
  annotations: { annotationId: string; created: boolean }[];
  claimEntities: { claimId: string; role: string; created: boolean }[];
  asserterClaimIds: string[];
  /** Timeline events (absent in merges made before timelines existed). */
  eventEntities?: { eventId: string; created: boolean }[];
  placeEventIds?: string[];
}

/**
 * Merges `fromId` into `intoId`: its name and aliases become aliases of the
 * survivor, its highlight tags and claims move over, and it goes to the Trash
 * as "merged", from where restoring it undoes the merge.
 */
export function mergeEntities(db: ProjectDb, author: string, fromId: string, intoId: string): Entity {
  if (fromId === intoId) throw new DossierError('BAD_INPUT', 'An entity cannot be merged into itself.');
  db.transaction(() => {
    const from = getLiveEntityRow(db, fromId);
    getLiveEntityRow(db, intoId);
    const now = nowIso();
    const moves: MergeMoves = { aliasIds: [], annotations: [], claimEntities: [], asserterClaimIds: [], eventEntities: [], placeEventIds: [] };

    const keys = ownNameKeys(db, intoId);
    const fromNames = [from.name, ...liveNames(db).filter((n) => n.entityId === fromId && n.aliasId !== null).map((n) => n.name)];
    for (const name of fromNames) {
      if (keys.has(nameKey(name))) continue;
      keys.add(nameKey(name));
      moves.aliasIds.push(insertAlias(db, author, intoId, name, now));
    }

    const tags = statement(db, 'SELECT annotation_id FROM annotation_entities WHERE entity_id = ? AND deleted_at IS NULL').all(fromId) as {
      annotation_id: string;
    }[];
    for (const { annotation_id: annotationId } of tags) {
      const created = setLinkLive(db, author, 'annotation_entities', 'annotation_id', annotationId, intoId, now, {});
      tombstoneLink(db, author, 'annotation_entities', 'annotation_id', annotationId, fromId, now);
      moves.annotations.push({ annotationId, created });
    }

    const roles = statement(db, 'SELECT claim_id, role FROM claim_entities WHERE entity_id = ? AND deleted_at IS NULL').all(fromId) as {
      claim_id: string;
      role: string;
    }[];
    for (const { claim_id: claimId, role } of roles) {
      const created = setLinkLive(db, author, 'claim_entities', 'claim_id', claimId, intoId, now, { role });
      tombstoneLink(db, author, 'claim_entities', 'claim_id', claimId, fromId, now);
      moves.claimEntities.push({ claimId, role, created });
    }

    const asserted = statement(db, 'SELECT id FROM claims WHERE asserter_entity_id = ?').all(fromId) as { id: string }[];
    for (const { id } of asserted) {
      statement(db, 'UPDATE claims SET asserter_entity_id = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(intoId, now, author, id);
      moves.asserterClaimIds.push(id);
    }

    const involved = statement(db, 'SELECT event_id FROM event_entities WHERE entity_id = ? AND deleted_at IS NULL').all(fromId) as {
      event_id: string;
    }[];
    for (const { event_id: eventId } of involved) {
      const created = setLinkLive(db, author, 'event_entities', 'event_id', eventId, intoId, now, {});
      tombstoneLink(db, author, 'event_entities', 'event_id', eventId, fromId, now);
      moves.eventEntities?.push({ eventId, created });
    }

    const placed = statement(db, 'SELECT id FROM events WHERE place_entity_id = ?').all(fromId) as { id: string }[];
    for (const { id } of placed) {
      statement(db, 'UPDATE events SET place_entity_id = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(intoId, now, author, id);
      moves.placeEventIds?.push(id);
    }

    statement(
      db,
      'UPDATE entities SET merged_into = ?, deleted_at = ?, deleted_by = ?, updated_at = ?, updated_by = ? WHERE id = ?',
    ).run(intoId, now, author, now, author, fromId);
    statement(
      db,
      'INSERT INTO entity_merges (id, from_entity_id, into_entity_id, moved, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(newId(), fromId, intoId, JSON.stringify(moves), now, author);
    markMentionsStale(db);
  })();
  return getEntity(db, intoId);
}

type LinkTable = 'annotation_entities' | 'claim_entities' | 'event_entities';
type LinkOwner = 'annotation_id' | 'claim_id' | 'event_id';

/** Makes a link row live; true when it was not live before. */
function setLinkLive(
  db: ProjectDb,
  author: string,
  table: LinkTable,
  ownerColumn: LinkOwner,
  ownerId: string,
  entityId: string,
  now: string,
  extra: { role?: string },
): boolean {
  const existing = statement(db, `SELECT deleted_at FROM ${table} WHERE ${ownerColumn} = ? AND entity_id = ?`).get(ownerId, entityId) as
    | { deleted_at: string | null }
    | undefined;
  if (existing && existing.deleted_at === null) return false;
  if (existing) {
    statement(
      db,
      `UPDATE ${table} SET deleted_at = NULL, deleted_by = NULL, updated_at = ?, updated_by = ?${extra.role ? ', role = ?' : ''}
       WHERE ${ownerColumn} = ? AND entity_id = ?`,
    ).run(now, author, ...(extra.role ? [extra.role] : []), ownerId, entityId);
  } else if (table === 'claim_entities') {
    statement(
      db,
      `INSERT INTO claim_entities (claim_id, entity_id, role, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(ownerId, entityId, extra.role ?? 'mentioned', now, now, author, author);
  } else {
    statement(
      db,
      `INSERT INTO ${table} (${ownerColumn}, entity_id, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(ownerId, entityId, now, now, author, author);
  }
  return true;
}

function tombstoneLink(
  db: ProjectDb,
  author: string,
  table: LinkTable,
  ownerColumn: LinkOwner,
  ownerId: string,
  entityId: string,
  now: string,
): void {
  statement(
    db,
    `UPDATE ${table} SET deleted_at = ?, deleted_by = ?, updated_at = ?, updated_by = ? WHERE ${ownerColumn} = ? AND entity_id = ? AND deleted_at IS NULL`,
  ).run(now, author, now, author, ownerId, entityId);
}

/** Restores an entity from the Trash; for a merged one, undoes the merge. */
export function restoreEntity(db: ProjectDb, author: string, id: string): void {
  db.transaction(() => {
    const row = statement(db, 'SELECT merged_into FROM entities WHERE id = ? AND deleted_at IS NOT NULL').get(id) as
      | { merged_into: string | null }
      | undefined;
    if (!row) throw new DossierError('NOT_FOUND', 'That entity is no longer in the Trash.');
    const now = nowIso();
    if (row.merged_into !== null) {
      const merge = statement(
        db,
        'SELECT id, into_entity_id, moved FROM entity_merges WHERE from_entity_id = ? AND undone_at IS NULL ORDER BY created_at DESC LIMIT 1',
      ).get(id) as { id: string; into_entity_id: string; moved: string } | undefined;
      if (merge) undoMerge(db, author, id, merge, now);
    }
    statement(
      db,
      'UPDATE entities SET deleted_at = NULL, deleted_by = NULL, merged_into = NULL, updated_at = ?, updated_by = ? WHERE id = ?',
    ).run(now, author, id);
    markMentionsStale(db);
  })();
}

function undoMerge(db: ProjectDb, author: string, fromId: string, merge: { id: string; into_entity_id: string; moved: string }, now: string): void {
  const moves = JSON.parse(merge.moved) as MergeMoves;
  const intoId = merge.into_entity_id;
  for (const aliasId of moves.aliasIds) {
    statement(db, 'UPDATE entity_aliases SET deleted_at = ?, deleted_by = ?, updated_at = ?, updated_by = ? WHERE id = ? AND deleted_at IS NULL').run(
      now,
      author,
      now,
      author,
      aliasId,
    );
  }
  for (const { annotationId, created } of moves.annotations) {
    setLinkLive(db, author, 'annotation_entities', 'annotation_id', annotationId, fromId, now, {});
    if (created) tombstoneLink(db, author, 'annotation_entities', 'annotation_id', annotationId, intoId, now);
  }
  for (const { claimId, role, created } of moves.claimEntities) {
    setLinkLive(db, author, 'claim_entities', 'claim_id', claimId, fromId, now, { role });
    if (created) tombstoneLink(db, author, 'claim_entities', 'claim_id', claimId, intoId, now);
  }
  for (const { eventId, created } of moves.eventEntities ?? []) {
    setLinkLive(db, author, 'event_entities', 'event_id', eventId, fromId, now, {});
    if (created) tombstoneLink(db, author, 'event_entities', 'event_id', eventId, intoId, now);
  }
  for (const eventId of moves.placeEventIds ?? []) {
    statement(db, 'UPDATE events SET place_entity_id = ?, updated_at = ?, updated_by = ? WHERE id = ? AND place_entity_id = ?').run(
      fromId,
      now,
      author,
      eventId,
      intoId,
    );
  }
  for (const claimId of moves.asserterClaimIds) {
    statement(db, 'UPDATE claims SET asserter_entity_id = ?, updated_at = ?, updated_by = ? WHERE id = ? AND asserter_entity_id = ?').run(
      fromId,
      now,
      author,
      claimId,
      intoId,
    );
  }
  statement(db, 'UPDATE entity_merges SET undone_at = ?, undone_by = ? WHERE id = ?').run(now, author, merge.id);
}

/** Sets the live entity tags of a highlight to exactly `entityIds`. */
export function setAnnotationEntities(db: ProjectDb, author: string, annotationId: string, entityIds: readonly string[], now: string): void {
  setEntityLinks(db, author, 'annotation_entities', 'annotation_id', annotationId, entityIds, now);
}

/** Sets the live entities involved in a timeline event to exactly `entityIds`. */
export function setEventEntities(db: ProjectDb, author: string, eventId: string, entityIds: readonly string[], now: string): void {
  setEntityLinks(db, author, 'event_entities', 'event_id', eventId, entityIds, now);
}

function setEntityLinks(
  db: ProjectDb,
  author: string,
  table: 'annotation_entities' | 'event_entities',
  ownerColumn: 'annotation_id' | 'event_id',
  ownerId: string,
  entityIds: readonly string[],
  now: string,
): void {
  const wanted = new Set(entityIds);
  for (const entityId of wanted) getLiveEntityRow(db, entityId);
  const current = statement(db, `SELECT entity_id FROM ${table} WHERE ${ownerColumn} = ? AND deleted_at IS NULL`).all(ownerId) as {
    entity_id: string;
  }[];
  for (const { entity_id: entityId } of current) {
    if (!wanted.has(entityId)) tombstoneLink(db, author, table, ownerColumn, ownerId, entityId, now);
  }
  for (const entityId of wanted) setLinkLive(db, author, table, ownerColumn, ownerId, entityId, now, {});
}
