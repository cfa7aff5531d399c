/**
 * "Export project file…": a consistent single-file snapshot of the open
 * project. VACUUM INTO writes a compact copy from one read transaction (never a
 * copy of the live file and its WAL); the copy is then trimmed to the chosen
 * scope in place, stamped with who exported it and when, vacuumed again if
 * anything was removed, and only then renamed to its final name.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ExportCounts, ExportPreview, ExportScope } from '../../../shared/api/exportTypes';
import type { ProjectDb } from '../db/projectDatabase';
import { newId } from '../ids/newId';

/**
 * Fills temp tables keep_* with what a source-limited export holds: the
 * sources, their highlights and the labels on them, claims citing those
 * highlights, events citing any of these, timelines holding those events, and
 * every entity the sources mention or the kept items link (with the entities
 * merged ones point to). Event types travel whole (a small vocabulary).
 */
function fillKeepSets(db: Database.Database, sourceIds: readonly string[]): void {
  db.exec(`
    DROP TABLE IF EXISTS temp.keep_sources; DROP TABLE IF EXISTS temp.keep_annotations; DROP TABLE IF EXISTS temp.keep_labels;
    DROP TABLE IF EXISTS temp.keep_claims; DROP TABLE IF EXISTS temp.keep_events; DROP TABLE IF EXISTS temp.keep_timelines;
    DROP TABLE IF EXISTS temp.keep_entities;
    CREATE TEMP TABLE keep_sources (id TEXT PRIMARY KEY);
    CREATE TEMP TABLE keep_annotations (id TEXT PRIMARY KEY);
    CREATE TEMP TABLE keep_labels (id TEXT PRIMARY KEY);
    CREATE TEMP TABLE keep_claims (id TEXT PRIMARY KEY);
    CREATE TEMP TABLE keep_events (id TEXT PRIMARY KEY);
    CREATE TEMP TABLE keep_timelines (id TEXT PRIMARY KEY);
    CREATE TEMP TABLE keep_entities (id TEXT PRIMARY KEY);
  `);
  db.prepare('INSERT OR IGNORE INTO keep_sources SELECT s.id FROM json_each(?) j JOIN sources s ON s.id = j.value').run(JSON.stringify(sourceIds));
  db.exec(`
    INSERT INTO keep_annotations SELECT id FROM annotations WHERE source_id IN keep_sources;
    INSERT OR IGNORE INTO keep_labels SELECT label_id FROM annotation_labels WHERE annotation_id IN keep_annotations;
    INSERT OR IGNORE INTO keep_claims SELECT claim_id FROM claim_citations WHERE annotation_id IN keep_annotations;
    INSERT OR IGNORE INTO keep_events SELECT event_id FROM event_evidence
      WHERE (kind = 'source' AND ref_id IN keep_sources) OR (kind = 'annotation' AND ref_id IN keep_annotations)
         OR (kind = 'claim' AND ref_id IN keep_claims);
    INSERT OR IGNORE INTO keep_timelines SELECT timeline_id FROM timeline_events WHERE event_id IN keep_events;
    INSERT OR IGNORE INTO keep_entities SELECT entity_id FROM mention_index WHERE source_id IN keep_sources;
    INSERT OR IGNORE INTO keep_entities SELECT entity_id FROM annotation_entities WHERE annotation_id IN keep_annotations;
    INSERT OR IGNORE INTO keep_entities SELECT entity_id FROM claim_entities WHERE claim_id IN keep_claims;
    INSERT OR IGNORE INTO keep_entities SELECT asserter_entity_id FROM claims WHERE id IN keep_claims AND asserter_entity_id IS NOT NULL;
    INSERT OR IGNORE INTO keep_entities SELECT place_entity_id FROM events WHERE id IN keep_events AND place_entity_id IS NOT NULL;
    INSERT OR IGNORE INTO keep_entities SELECT entity_id FROM event_entities WHERE event_id IN keep_events;
    INSERT OR IGNORE INTO keep_entities
      WITH RECURSIVE chain (id) AS (
        SELECT merged_into FROM entities WHERE id IN keep_entities AND merged_into IS NOT NULL
        UNION SELECT e.merged_into FROM entities e JOIN chain ON e.id = chain.id WHERE e.merged_into IS NOT NULL
      ) SELECT id FROM chain;
  `);
}

function dropKeepSets(db: Database.Database): void {
  for (const t of ['sources', 'annotations', 'labels', 'claims', 'events', 'timelines', 'entities']) db.exec(`DROP TABLE IF EXISTS temp.keep_${t}`);
}

/** Removes everything outside the keep sets (foreign keys off: rows go in any order, checked after). */
function pruneToKeepSets(db: Database.Database): void {
  db.exec(`
    DELETE FROM sources WHERE id NOT IN keep_sources;
    DELETE FROM source_texts WHERE source_id NOT IN keep_sources;
    DELETE FROM source_pages WHERE source_id NOT IN keep_sources;
    DELETE FROM annotations WHERE id NOT IN keep_annotations;
    DELETE FROM annotation_labels WHERE annotation_id NOT IN keep_annotations;
    DELETE FROM annotation_entities WHERE annotation_id NOT IN keep_annotations;
    DELETE FROM labels WHERE id NOT IN keep_labels;
    DELETE FROM claims WHERE id NOT IN keep_claims;
    DELETE FROM claim_entities WHERE claim_id NOT IN keep_claims;
    DELETE FROM claim_citations WHERE claim_id NOT IN keep_claims OR annotation_id NOT IN keep_annotations;
    DELETE FROM claim_links WHERE from_claim_id NOT IN keep_claims OR to_claim_id NOT IN keep_claims;
    DELETE FROM events WHERE id NOT IN keep_events;
    DELETE FROM event_entities WHERE event_id NOT IN keep_events;
    DELETE FROM event_evidence WHERE event_id NOT IN keep_events
      OR (kind = 'source' AND ref_id NOT IN keep_sources) OR (kind = 'annotation' AND ref_id NOT IN keep_annotations)
      OR (kind = 'claim' AND ref_id NOT IN keep_claims);
    DELETE FROM timeline_events WHERE event_id NOT IN keep_events;
    DELETE FROM timelines WHERE id NOT IN keep_timelines;
    DELETE FROM entities WHERE id NOT IN keep_entities;
    DELETE FROM entity_aliases WHERE entity_id NOT IN keep_entities;
    DELETE FROM entity_merges WHERE from_entity_id NOT IN keep_entities OR into_entity_id NOT IN keep_entities;
    DELETE FROM mention_index WHERE source_id NOT IN keep_sources OR entity_id NOT IN keep_entities;
  `);
}

const DRAFT_VERSIONS = "kind IN ('auto', 'conflict', 'beforeRestore')";

function count(db: Database.Database, sql: string): number {
  return (db.prepare(sql).get() as { n: number }).n;
}

/** Live rows per kind; with keep sets present, only those kept. */
function countsOf(db: Database.Database, scoped: boolean, scope: ExportScope): ExportCounts {
  const within = (set: string): string => (scoped ? ` AND id IN ${set}` : '');
  const memos = scope.includeMemos;
  return {
    sources: count(db, `SELECT count(*) AS n FROM sources WHERE deleted_at IS NULL${within('keep_sources')}`),
    annotations: count(db, `SELECT count(*) AS n FROM annotations WHERE deleted_at IS NULL${within('keep_annotations')}`),
    labels: count(db, `SELECT count(*) AS n FROM labels WHERE deleted_at IS NULL${within('keep_labels')}`),
    claims: count(db, `SELECT count(*) AS n FROM claims WHERE deleted_at IS NULL${within('keep_claims')}`),
    entities: count(db, `SELECT count(*) AS n FROM entities WHERE deleted_at IS NULL${within('keep_entities')}`),
    events: count(db, `SELECT count(*) AS n FROM events WHERE deleted_at IS NULL${within('keep_events')}`),
    timelines: count(db, `SELECT count(*) AS n FROM timelines WHERE deleted_at IS NULL${within('keep_timelines')}`),
    memos: memos ? count(db, 'SELECT count(*) AS n FROM memos WHERE deleted_at IS NULL') : 0,
    memoVersions: memos
      ? count(db, `SELECT count(*) AS n FROM memo_versions v JOIN memos m ON m.id = v.memo_id WHERE m.deleted_at IS NULL${scope.includeDrafts ? '' : ` AND NOT v.${DRAFT_VERSIONS}`}`)
      : 0,
    templates: scope.includeDrafts ? count(db, 'SELECT count(*) AS n FROM memo_templates WHERE deleted_at IS NULL') : 0,
  };
}

function draftCount(db: Database.Database, scope: ExportScope): number {
  if (scope.includeDrafts) return 0;
  const versions = scope.includeMemos ? count(db, `SELECT count(*) AS n FROM memo_versions WHERE ${DRAFT_VERSIONS}`) : 0;
  return versions + count(db, 'SELECT count(*) AS n FROM memo_templates WHERE deleted_at IS NULL');
}

/** What an export with this scope would hold, from the open project; writes nothing to it (temp tables only). */
export function previewExport(db: ProjectDb, projectPath: string, scope: ExportScope): ExportPreview {
  const scoped = scope.sourceIds !== undefined;
  if (scoped) fillKeepSets(db, scope.sourceIds ?? []);
  try {
    return { counts: countsOf(db, scoped, scope), draftsLeftOut: draftCount(db, scope), projectBytes: projectBytes(projectPath) };
  } finally {
    if (scoped) dropKeepSets(db);
  }
}

function projectBytes(projectPath: string): number {
  let total = 0;
  for (const suffix of ['', '-wal']) {
    try {
      total += fs.statSync(`${projectPath}${suffix}`).size;
    } catch {
      // No WAL right now.
    }
  }
  return total;
}

export interface ExportOptions extends ExportScope {
  exportedBy: string;
  now?: Date;
}

/**
 * Writes the export to `targetPath` (replacing a file there only once the new
 * one is complete). Returns what it holds.
 */
export function exportProjectFile(db: ProjectDb, targetPath: string, options: ExportOptions): { counts: ExportCounts; sizeBytes: number } {
  const partial = path.join(path.dirname(targetPath), `.${path.basename(targetPath)}.${newId()}.part`);
  try {
    db.exec(`VACUUM INTO '${partial.replace(/'/g, "''")}'`);
    const copy = new Database(partial, { fileMustExist: true });
    let counts: ExportCounts;
    try {
      copy.pragma('journal_mode = DELETE');
      copy.pragma('foreign_keys = OFF');
      copy.pragma('trusted_schema = OFF');
      const scoped = options.sourceIds !== undefined;
      const totalChanges = copy.prepare('SELECT total_changes() AS n');
      const changesBefore = (totalChanges.get() as { n: number }).n;
      let removed = false;
      copy.transaction(() => {
        if (scoped) {
          fillKeepSets(copy, options.sourceIds ?? []);
          pruneToKeepSets(copy);
        }
        if (!options.includeMemos) copy.exec('DELETE FROM memo_versions; DELETE FROM memos;');
        if (!options.includeDrafts) copy.exec(`DELETE FROM memo_versions WHERE ${DRAFT_VERSIONS}; DELETE FROM memo_templates;`);
        // Only a file that lost rows needs vacuuming again (a limited export nearly always does).
        removed = scoped || (totalChanges.get() as { n: number }).n > changesBefore;
        const meta = copy.prepare('INSERT INTO project_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
        meta.run('exported_by', options.exportedBy);
        meta.run('exported_at', (options.now ?? new Date()).toISOString());
        meta.run(
          'export_scope',
          JSON.stringify({ sources: scoped ? options.sourceIds : 'all', memos: options.includeMemos, drafts: options.includeDrafts }),
        );
        // Layouts of this analyst's grids are not the team's business.
        copy.exec("DELETE FROM project_meta WHERE key = 'all_events_column_state'");
      })();
      counts = countsOf(copy, scoped, options);
      if (scoped) dropKeepSets(copy);
      const broken = copy.pragma('foreign_key_check') as { table: string }[];
      if (broken.length > 0) throw new Error(`export left ${broken.length} dangling references in ${broken[0]?.table}`);
      if (removed) copy.exec('VACUUM');
    } finally {
      copy.close();
    }
    fs.renameSync(partial, targetPath);
    return { counts, sizeBytes: fs.statSync(targetPath).size };
  } finally {
    for (const suffix of ['', '-journal']) fs.rmSync(`${partial}${suffix}`, { force: true });
  }
}
