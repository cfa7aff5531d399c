import { createHash } from 'node:crypto';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { DossierError } from '../../../shared/api/errors';
import { mergeKinds } from '../../../shared/api/exchangeTypes';
import type { MergeItem, MergeKind, MergeKindSummary, MergePreview, MergeResult } from '../../../shared/api/exchangeTypes';
import { SEED_AUTHOR } from '../db/migrations/0030-timelines';
import { nowIso } from '../db/nowIso';
import type { ProjectDb } from '../db/projectDatabase';
import { markMentionsStale } from '../entities/mentionIndex';
import { newId } from '../ids/newId';
import { replicaIdOf } from '../projects/replicaIdentity';
import { sha256Hex } from '../sources/sourcesStore';
import { lastExchangeWith } from './exchangeHistory';
import type { IncomingProject } from './incomingProject';
import { mergeTables, STAMP_COLUMNS } from './mergeTables';
import type { MergeTable } from './mergeTables';
import { replayEntityMerges } from './replayEntityMerges';

type Row = Record<string, unknown>;
type Cell = string | number | bigint | Buffer | null;

/** Columns kept per copy rather than merged: a memo's revision counts local saves for the editor's concurrency check. */
const LOCAL_COLUMNS: ReadonlySet<string> = new Set(['revision']);
const LIST_LIMIT = 300;
const KEY_SEPARATOR = '\u001f';

interface Op {
  spec: MergeTable;
  type: 'insert' | 'update';
  row: Row;
  /** For an update of a row that keeps a local column. */
  mine?: Row;
}

interface Conflict {
  spec: MergeTable;
  key: string;
  title: string;
  kept: 'mine' | 'theirs';
  mine: Row;
  theirs: Row;
}

interface Plan {
  ops: Op[];
  conflicts: Conflict[];
  /** New duplicate pairs: table → alias id → canonical id. */
  newAliases: { table: string; aliasId: string; canonicalId: string }[];
  aliases: Map<string, Map<string, string>>;
  /** Alias rows to write as tombstones here (copied from theirs or local live ones). */
  aliasTombstones: { spec: MergeTable; row: Row; insert: boolean }[];
  /** Rows of theirs with their hashes: the new base for this peer. */
  base: { table: string; key: string; hash: string }[];
  entityMerges: Row[];
  entityMergeUndos: Row[];
  summary: Map<MergeKind, MergeKindSummary>;
}

function columnsOf(db: Database.Database, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name);
}

function keyOf(spec: MergeTable, row: Row): string {
  return spec.key.map((c) => String(row[c])).join(KEY_SEPARATOR);
}

function hashOf(columns: readonly string[], row: Row): string {
  const values = columns.filter((c) => !LOCAL_COLUMNS.has(c)).map((c) => row[c] ?? null);
  return createHash('sha1').update(JSON.stringify(values)).digest('base64');
}

function sameContent(columns: readonly string[], a: Row, b: Row): boolean {
  return columns.every((c) => STAMP_COLUMNS.has(c) || LOCAL_COLUMNS.has(c) || a[c] === b[c]);
}

function isLive(row: Row): boolean {
  return row.deleted_at === null || row.deleted_at === undefined;
}

function titleOf(spec: MergeTable, row: Row): string {
  if (!spec.title) return '';
  const text = String(row[spec.title] ?? '').replace(/\s+/g, ' ').trim();
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

/** A link row is named by the row it belongs to (the highlight, claim, event or timeline). */
function conflictTitle(db: ProjectDb, incoming: IncomingProject, spec: MergeTable, row: Row): string {
  if (!spec.owner) return titleOf(spec, row);
  const { column, table, title } = spec.owner;
  const sql = `SELECT ${title} FROM ${table} WHERE id = ?`;
  const value = db.prepare(sql).pluck().get(row[column]) ?? incoming.db.prepare(sql).pluck().get(row[column]);
  const text = String(value ?? '').replace(/\s+/g, ' ').trim();
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

/** The deterministic winner when both sides changed a row: a live row beats a deletion (no edit lost), then the newer, then the larger hash. */
function theirsWins(mine: Row, theirs: Row, mineHash: string, theirsHash: string): boolean {
  if (isLive(mine) !== isLive(theirs)) return isLive(theirs);
  const m = String(mine.updated_at ?? '');
  const t = String(theirs.updated_at ?? '');
  if (m !== t) return t > m;
  return theirsHash > mineHash;
}

function emptySummary(): Map<MergeKind, MergeKindSummary> {
  return new Map(
    mergeKinds.map((kind) => [kind, { kind, added: 0, updated: 0, deleted: 0, conflicts: 0, linkChanges: 0, lists: { added: [], updated: [], deleted: [], conflicts: [] } }]),
  );
}

function count(summary: Map<MergeKind, MergeKindSummary>, spec: MergeTable, what: 'added' | 'updated' | 'deleted' | 'conflicts', row: Row): void {
  const entry = summary.get(spec.kind);
  if (!entry) return;
  // Items are counted by what happened to them; a link row (no title of its own) only as a link change, unless it conflicts.
  if (!spec.title && what !== 'conflicts') {
    entry.linkChanges += 1;
    return;
  }
  entry[what] += 1;
  if (spec.title && entry.lists[what].length < LIST_LIMIT) {
    const item: MergeItem = { table: spec.table, id: keyOf(spec, row), title: titleOf(spec, row) };
    entry.lists[what].push(item);
  }
}

function loadAliases(db: Database.Database, into: Map<string, Map<string, string>>): void {
  for (const r of db.prepare('SELECT table_name, alias_id, canonical_id FROM exchange_aliases').all() as {
    table_name: string;
    alias_id: string;
    canonical_id: string;
  }[]) {
    let map = into.get(r.table_name);
    if (!map) into.set(r.table_name, (map = new Map()));
    const known = map.get(r.alias_id);
    if (known === undefined || r.canonical_id < known) map.set(r.alias_id, r.canonical_id);
  }
}

function canonical(aliases: Map<string, Map<string, string>>, table: string, id: string): string {
  const map = aliases.get(table);
  if (!map) return id;
  let current = id;
  for (let i = 0; i < 32; i++) {
    const next = map.get(current);
    if (next === undefined || next === current) return current;
    current = next;
  }
  return current;
}

/** A copy of the row with duplicate ids replaced by their canonical ids. */
function mapRow(spec: MergeTable, row: Row, aliases: Map<string, Map<string, string>>): Row {
  if (!spec.aliased) return row;
  let out = row;
  for (const a of spec.aliased) {
    if (a.onlyWhen && row[a.onlyWhen.column] !== a.onlyWhen.value) continue;
    const value = row[a.column];
    if (typeof value !== 'string') continue;
    const mapped = canonical(aliases, a.table, value);
    if (mapped !== value) out = { ...out, [a.column]: mapped };
  }
  return out;
}

/** What makes two rows "the same thing" under different ids: a text's hash, a seeded type's name. */
function identityFor(table: string): ((row: Row) => string | null) | null {
  if (table === 'sources') return (row) => String(row.sha256);
  if (table === 'event_types') return (row) => (row.created_by === SEED_AUTHOR ? String(row.name) : null);
  return null;
}

function matchKeyFor(table: string): ((row: Row) => string | null) | null {
  const identity = identityFor(table);
  return identity ? (row) => (isLive(row) ? identity(row) : null) : null;
}

function adoptIncomingAliases(
  table: string,
  incoming: Map<string, Map<string, string>>,
  aliases: Map<string, Map<string, string>>,
  mine: Map<string, Row>,
  theirs: Map<string, Row>,
): void {
  const identity = identityFor(table);
  const pairs = incoming.get(table);
  if (!identity || !pairs) return;
  let map = aliases.get(table);
  if (!map) aliases.set(table, (map = new Map()));
  for (const [aliasId, canonicalId] of pairs) {
    const a = mine.get(aliasId) ?? theirs.get(aliasId);
    const c = mine.get(canonicalId) ?? theirs.get(canonicalId);
    if (!a || !c || aliasId === canonicalId || identity(a) === null || identity(a) !== identity(c)) continue;
    const known = map.get(aliasId);
    if (known === undefined || canonicalId < known) map.set(aliasId, canonicalId);
  }
}

function findDuplicates(
  table: string,
  mine: Map<string, Row>,
  theirs: Map<string, Row>,
  aliases: Map<string, Map<string, string>>,
): { table: string; aliasId: string; canonicalId: string }[] {
  const matchKey = matchKeyFor(table);
  if (!matchKey) return [];
  const known = aliases.get(table) ?? new Map<string, string>();
  const groups = new Map<string, Set<string>>();
  for (const rows of [mine, theirs]) {
    for (const [id, row] of rows) {
      if (known.has(id)) continue;
      const k = matchKey(row);
      if (k === null) continue;
      let group = groups.get(k);
      if (!group) groups.set(k, (group = new Set()));
      group.add(id);
    }
  }
  const found: { table: string; aliasId: string; canonicalId: string }[] = [];
  for (const ids of groups.values()) {
    if (ids.size < 2) continue;
    const list = [...ids].sort();
    // Only a pair across the two copies: both have their own row for the same thing.
    if (!list.some((id) => !mine.has(id)) || !list.some((id) => !theirs.has(id))) continue;
    const canonicalId = list[0] as string;
    for (const id of list.slice(1)) found.push({ table, aliasId: id, canonicalId });
  }
  return found;
}

/**
 * Matching by content hash trusts the hash, and annotations point into the
 * text: a source new to us must carry the text its hash and length say, and
 * a source we both have must have the same text on both sides.
 */
function checkSourceTexts(incoming: IncomingProject, mine: Map<string, Row>, theirs: Map<string, Row>): void {
  const textOf = incoming.db.prepare('SELECT text FROM source_texts WHERE source_id = ?').pluck();
  for (const [id, row] of theirs) {
    const local = mine.get(id);
    const bad = local
      ? local.sha256 !== row.sha256 || local.char_count !== row.char_count
      : (() => {
          const text = textOf.get(id);
          return typeof text !== 'string' || sha256Hex(text) !== row.sha256 || text.length !== row.char_count;
        })();
    if (bad) {
      throw new DossierError(
        'CORRUPT_PROJECT',
        `The source “${titleOf(mergeTables[0] as MergeTable, row)}” in that file does not match its text, so the file was not merged. Nothing was changed.`,
      );
    }
  }
}

function loadRows(db: Database.Database, spec: MergeTable): Map<string, Row> {
  const rows = new Map<string, Row>();
  for (const row of db.prepare(`SELECT * FROM ${spec.table}`).all() as Row[]) rows.set(keyOf(spec, row), row);
  return rows;
}

function loadBase(db: Database.Database, peerId: string): Map<string, Map<string, string>> {
  const base = new Map<string, Map<string, string>>();
  const rows = db.prepare('SELECT table_name, row_key, row_hash FROM exchange_base WHERE peer_project_id = ?').raw().all(peerId) as [string, string, string][];
  for (const [table, key, hash] of rows) {
    let map = base.get(table);
    if (!map) base.set(table, (map = new Map()));
    map.set(key, hash);
  }
  return base;
}

function computePlan(db: ProjectDb, incoming: IncomingProject, myProjectId: string): Plan {
  const aliases = new Map<string, Map<string, string>>();
  loadAliases(db, aliases);
  // The colleague's duplicates are taken only where the two rows really are the same thing (checked per table below).
  const incomingAliases = new Map<string, Map<string, string>>();
  loadAliases(incoming.db, incomingAliases);
  const myBase = loadBase(db, incoming.projectId);
  const theirBase = loadBase(incoming.db, myProjectId);
  const plan: Plan = {
    ops: [],
    conflicts: [],
    newAliases: [],
    aliases,
    aliasTombstones: [],
    base: [],
    entityMerges: [],
    entityMergeUndos: [],
    summary: emptySummary(),
  };

  for (const spec of mergeTables) {
    const columns = columnsOf(db, spec.table);
    const mineRaw = loadRows(db, spec);
    const theirsRaw = loadRows(incoming.db, spec);
    if (spec.table === 'sources') checkSourceTexts(incoming, mineRaw, theirsRaw);
    adoptIncomingAliases(spec.table, incomingAliases, aliases, mineRaw, theirsRaw);

    const duplicates = findDuplicates(spec.table, mineRaw, theirsRaw, aliases);
    for (const d of duplicates) {
      let map = aliases.get(d.table);
      if (!map) aliases.set(d.table, (map = new Map()));
      map.set(d.aliasId, d.canonicalId);
      plan.newAliases.push(d);
    }
    const ownAliases = aliases.get(spec.table);
    // Their rows that take the place of a duplicate of ours are not new to the analyst.
    const replacing = new Set<string>();
    for (const [aliasId, row] of mineRaw) {
      if (ownAliases?.has(aliasId) && isLive(row)) replacing.add(canonical(aliases, spec.table, aliasId));
    }

    const mine = new Map<string, Row>();
    for (const row of mineRaw.values()) {
      const mapped = mapRow(spec, row, aliases);
      mine.set(keyOf(spec, mapped), mapped);
    }
    const mb = myBase.get(spec.table);
    const tb = theirBase.get(spec.table);

    for (const raw of theirsRaw.values()) {
      const theirs = mapRow(spec, raw, aliases);
      const key = keyOf(spec, theirs);
      const theirsHash = hashOf(columns, theirs);
      plan.base.push({ table: spec.table, key, hash: theirsHash });
      const m = mine.get(key);

      if (ownAliases?.has(key)) {
        // The same thing as another row: kept only as a tombstone, everything points at the canonical row.
        if (!m) plan.aliasTombstones.push({ spec, row: theirs, insert: true });
        continue;
      }
      if (!m) {
        plan.ops.push({ spec, type: 'insert', row: theirs });
        if (!spec.appendOnly && isLive(theirs) && !replacing.has(key)) count(plan.summary, spec, 'added', theirs);
        continue;
      }
      if (spec.appendOnly) continue;
      const mineHash = hashOf(columns, m);
      if (mineHash === theirsHash) continue;
      const theirsIsBase = mb?.get(key) === theirsHash || tb?.get(key) === theirsHash;
      const mineIsBase = mb?.get(key) === mineHash || tb?.get(key) === mineHash;
      let takeTheirs: boolean;
      if (theirsIsBase && !mineIsBase) {
        takeTheirs = false;
      } else if (mineIsBase && !theirsIsBase) {
        takeTheirs = true;
      } else {
        takeTheirs = theirsWins(m, theirs, mineHash, theirsHash);
        // Changed on both sides with different content: the losing version goes to the conflicts list.
        if (!(mineIsBase && theirsIsBase) && !sameContent(columns, m, theirs)) {
          plan.conflicts.push({ spec, key, title: conflictTitle(db, incoming, spec, takeTheirs ? theirs : m), kept: takeTheirs ? 'theirs' : 'mine', mine: m, theirs });
          count(plan.summary, spec, 'conflicts', takeTheirs ? theirs : m);
        }
      }
      if (!takeTheirs) continue;
      plan.ops.push({ spec, type: 'update', row: theirs, mine: m });
      if (isLive(m) && !isLive(theirs)) count(plan.summary, spec, 'deleted', theirs);
      else if (!isLive(m) && isLive(theirs)) count(plan.summary, spec, 'added', theirs);
      else count(plan.summary, spec, 'updated', theirs);
    }

    // Local rows that turned out to duplicate a canonical row go to tombstones here too.
    if (ownAliases) {
      for (const [id, row] of mineRaw) {
        if (ownAliases.has(id) && isLive(row)) plan.aliasTombstones.push({ spec, row, insert: false });
      }
    }
  }

  const myMerges = new Map((db.prepare('SELECT * FROM entity_merges').all() as Row[]).map((r) => [String(r.id), r]));
  for (const merge of incoming.db.prepare('SELECT * FROM entity_merges').all() as Row[]) {
    const mine = myMerges.get(String(merge.id));
    if (!mine) plan.entityMerges.push(merge);
    else if (mine.undone_at === null && merge.undone_at !== null) plan.entityMergeUndos.push(merge);
  }
  return plan;
}

function previewOf(plan: Plan, incoming: IncomingProject, fileName: string, db: ProjectDb): MergePreview {
  const peerName =
    (incoming.db.prepare("SELECT value FROM project_meta WHERE key = 'name'").get() as { value: string } | undefined)?.value ?? '';
  return {
    fileName,
    peerProjectId: incoming.projectId,
    peerName,
    exportedBy: incoming.exportedBy,
    exportedAt: incoming.exportedAt,
    lastExchange: lastExchangeWith(db, incoming.projectId),
    kinds: [...plan.summary.values()],
    duplicateSources: plan.newAliases.filter((a) => a.table === 'sources').length,
    entityMerges: plan.entityMerges.filter((m) => m.undone_at === null).length,
    changes: plan.ops.length + plan.aliasTombstones.length + plan.entityMerges.length + plan.entityMergeUndos.length + plan.newAliases.length,
  };
}

function assertMergeable(db: ProjectDb, incoming: IncomingProject, fileName: string): string {
  const myProjectId = replicaIdOf(db);
  if (incoming.projectId === myProjectId) {
    throw new DossierError(
      'BAD_INPUT',
      `“${fileName}” is a copy of the open project itself (exported from this very file), so there is nothing of a colleague's to merge.`,
    );
  }
  return myProjectId;
}

/** What merging the file would change, per kind; writes nothing. */
export function previewMerge(db: ProjectDb, incoming: IncomingProject, options: { fileName: string }): MergePreview {
  const myProjectId = assertMergeable(db, incoming, options.fileName);
  const plan = db.transaction(() => computePlan(db, incoming, myProjectId))();
  return previewOf(plan, incoming, options.fileName, db);
}

function cellsOf(columns: readonly string[], row: Row): Cell[] {
  return columns.map((c) => (row[c] ?? null) as Cell);
}

/** Merges a colleague's file into the project in one transaction: on any error nothing changes. */
export function applyMerge(db: ProjectDb, incoming: IncomingProject, options: { fileName: string; author: string }): MergeResult {
  const myProjectId = assertMergeable(db, incoming, options.fileName);
  const historyId = newId();
  const preview = db.transaction(() => {
    db.pragma('defer_foreign_keys = ON');
    const plan = computePlan(db, incoming, myProjectId);
    const now = nowIso();
    const columnCache = new Map<string, string[]>();
    const columns = (table: string): string[] => {
      let c = columnCache.get(table);
      if (!c) columnCache.set(table, (c = columnsOf(db, table)));
      return c;
    };
    const insertSql = (table: string): string => {
      const cols = columns(table);
      return `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;
    };
    const updateSql = (spec: MergeTable): string => {
      const cols = columns(spec.table).filter((c) => !spec.key.includes(c));
      return `UPDATE ${spec.table} SET ${cols.map((c) => `${c} = ?`).join(', ')} WHERE ${spec.key.map((k) => `${k} = ?`).join(' AND ')}`;
    };
    const prepared = new Map<string, Database.Statement>();
    const prep = (sql: string): Database.Statement => {
      let s = prepared.get(sql);
      if (!s) prepared.set(sql, (s = db.prepare(sql)));
      return s;
    };
    const textOf = incoming.db.prepare('SELECT text FROM source_texts WHERE source_id = ?');
    const pagesOf = incoming.db.prepare('SELECT page, start_pos FROM source_pages WHERE source_id = ?');
    const copyText = (sourceId: string): void => {
      const text = textOf.get(sourceId) as { text: string } | undefined;
      if (text) prep('INSERT OR IGNORE INTO source_texts (source_id, text) VALUES (?, ?)').run(sourceId, text.text);
      // A PDF's page boundaries come with its text (they never change, like the text).
      for (const page of pagesOf.all(sourceId) as { page: number; start_pos: number }[]) {
        prep('INSERT OR IGNORE INTO source_pages (source_id, page, start_pos) VALUES (?, ?, ?)').run(sourceId, page.page, page.start_pos);
      }
    };

    for (const op of plan.ops) {
      const cols = columns(op.spec.table);
      if (op.type === 'insert') {
        prep(insertSql(op.spec.table)).run(...cellsOf(cols, op.row));
        if (op.spec.table === 'sources') copyText(String(op.row.id));
      } else {
        let row = op.row;
        if (op.mine && cols.includes('revision')) {
          row = { ...row, revision: Math.max(Number(op.mine.revision ?? 0), Number(op.row.revision ?? 0)) + 1 };
        }
        const setCols = cols.filter((c) => !op.spec.key.includes(c));
        prep(updateSql(op.spec)).run(...cellsOf(setCols, row), ...op.spec.key.map((k) => row[k] as Cell));
      }
    }

    for (const { spec, row, insert } of plan.aliasTombstones) {
      const stamped = { ...row, deleted_at: row.deleted_at ?? row.updated_at, deleted_by: row.deleted_by ?? SEED_AUTHOR };
      if (insert) {
        prep(insertSql(spec.table)).run(...cellsOf(columns(spec.table), stamped));
        if (spec.table === 'sources') copyText(String(row.id));
      } else {
        prep(`UPDATE ${spec.table} SET deleted_at = ?, deleted_by = ? WHERE id = ?`).run(stamped.deleted_at as Cell, stamped.deleted_by as Cell, row.id as Cell);
      }
    }
    for (const a of plan.newAliases) {
      prep('INSERT OR IGNORE INTO exchange_aliases (table_name, alias_id, canonical_id) VALUES (?, ?, ?)').run(a.table, a.aliasId, a.canonicalId);
    }
    // Aliases known only to the colleague's copy travel too, so the next exchange maps the same way.
    for (const [table, map] of plan.aliases) {
      for (const [aliasId, canonicalId] of map) {
        prep('INSERT INTO exchange_aliases (table_name, alias_id, canonical_id) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET canonical_id = min(canonical_id, excluded.canonical_id)').run(
          table,
          aliasId,
          canonicalId,
        );
      }
    }
    repointAliases(db, plan.aliases);

    for (const merge of plan.entityMerges) {
      prep(insertSql('entity_merges')).run(...cellsOf(columns('entity_merges'), merge));
    }
    for (const merge of plan.entityMergeUndos) {
      prep('UPDATE entity_merges SET undone_at = ?, undone_by = ? WHERE id = ? AND undone_at IS NULL').run(
        merge.undone_at as Cell,
        merge.undone_by as Cell,
        merge.id as Cell,
      );
    }
    replayEntityMerges(db);

    for (const c of plan.conflicts) {
      prep(
        `INSERT INTO merge_conflicts (id, kind, table_name, row_key, title, peer_project_id, kept, mine, theirs, detected_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(newId(), c.spec.kind, c.spec.table, c.key, c.title, incoming.projectId, c.kept, JSON.stringify(c.mine), JSON.stringify(c.theirs), now);
    }

    // Upserted, not replaced: a file limited to some sources says nothing about the rows it leaves out.
    const insertBase = prep('INSERT OR REPLACE INTO exchange_base (peer_project_id, table_name, row_key, row_hash) VALUES (?, ?, ?, ?)');
    for (const b of plan.base) insertBase.run(incoming.projectId, b.table, b.key, b.hash);

    const violations = db.pragma('foreign_key_check') as unknown[];
    if (violations.length > 0) {
      throw new DossierError(
        'CORRUPT_PROJECT',
        `“${options.fileName}” refers to items it does not contain (${violations.length} broken link${violations.length === 1 ? '' : 's'}), so it was not merged. Nothing was changed.`,
      );
    }

    const result = previewOf(plan, incoming, options.fileName, db);
    const counts = Object.fromEntries(result.kinds.map((k) => [k.kind, { added: k.added, updated: k.updated, deleted: k.deleted, conflicts: k.conflicts }]));
    prep(
      `INSERT INTO exchange_history (id, peer_project_id, peer_name, exported_by, exported_at, file_name, merged_at, merged_by, counts)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(historyId, incoming.projectId, result.peerName, incoming.exportedBy, incoming.exportedAt, path.basename(options.fileName), now, options.author, JSON.stringify(counts));
    markMentionsStale(db);
    return result;
  })();
  return { ...preview, historyId };
}

/** Rows here that still point at a duplicate's id point at the canonical row instead (not an edit: stamps unchanged). */
function repointAliases(db: ProjectDb, aliases: Map<string, Map<string, string>>): void {
  const sources = aliases.get('sources');
  if (sources && sources.size > 0) {
    const annotations = db.prepare('UPDATE annotations SET source_id = ? WHERE source_id = ?');
    const evidence = db.prepare("UPDATE OR IGNORE event_evidence SET ref_id = ? WHERE kind = 'source' AND ref_id = ?");
    for (const aliasId of sources.keys()) {
      const target = canonical(aliases, 'sources', aliasId);
      annotations.run(target, aliasId);
      evidence.run(target, aliasId);
    }
  }
  const types = aliases.get('event_types');
  if (types && types.size > 0) {
    const events = db.prepare('UPDATE events SET type_id = ? WHERE type_id = ?');
    for (const aliasId of types.keys()) events.run(canonical(aliases, 'event_types', aliasId), aliasId);
  }
}
