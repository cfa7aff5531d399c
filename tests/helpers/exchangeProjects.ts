import path from 'node:path';
import type { MergePreview, MergeResult } from '../../shared/api/exchangeTypes';
import { applyMerge, previewMerge } from '../../electron/core/exchange/mergeProject';
import { openIncomingProject } from '../../electron/core/exchange/incomingProject';
import { mergeTables } from '../../electron/core/exchange/mergeTables';
import { createProjectDatabase } from '../../electron/core/db/projectDatabase';
import type { ProjectDb } from '../../electron/core/db/projectDatabase';
import { newId } from '../../electron/core/ids/newId';
import { writeProjectMeta } from '../../electron/core/projects/projectMeta';

let copies = 0;

/** A real project file, as createWorkbench makes one. */
export function newProject(dir: string, name: string, author = name): ProjectDb {
  return createProjectDatabase(path.join(dir, `${name}.dossier`), (db) => {
    writeProjectMeta(db, 'project_id', newId());
    writeProjectMeta(db, 'name', name);
    writeProjectMeta(db, 'created_at', new Date().toISOString());
    writeProjectMeta(db, 'created_by', author);
  });
}

/** A consistent single-file snapshot of the project, as a colleague would send it. */
export function snapshot(db: ProjectDb, dir: string): string {
  copies += 1;
  const file = path.join(dir, `copy-${copies}-${newId()}.dossier`);
  db.prepare('VACUUM INTO ?').run(file);
  return file;
}

export function mergeFile(db: ProjectDb, file: string, author = 'merger'): MergeResult {
  const incoming = openIncomingProject(file, { tempDir: path.dirname(file) });
  try {
    return applyMerge(db, incoming, { fileName: path.basename(file), author });
  } finally {
    incoming.close();
  }
}

export function previewFile(db: ProjectDb, file: string): MergePreview {
  const incoming = openIncomingProject(file, { tempDir: path.dirname(file) });
  try {
    return previewMerge(db, incoming, { fileName: path.basename(file) });
  } finally {
    incoming.close();
  }
}

/** Snapshot `from` and merge it into `into`. */
export function exchange(from: ProjectDb, into: ProjectDb, dir: string): MergeResult {
  return mergeFile(into, snapshot(from, dir));
}

/** Every user row of every merged table (memo revisions are per copy), sorted: equal dumps mean equal content. */
export function canonicalDump(db: ProjectDb): Record<string, unknown[]> {
  const dump: Record<string, unknown[]> = {};
  for (const spec of mergeTables) {
    const rows = db.prepare(`SELECT * FROM ${spec.table} ORDER BY ${spec.key.join(', ')}`).all() as Record<string, unknown>[];
    dump[spec.table] = rows.map((r) => {
      const { revision: _revision, ...rest } = r;
      void _revision;
      return rest;
    });
  }
  dump.source_texts = db.prepare('SELECT source_id, length(text) AS n FROM source_texts ORDER BY source_id').all();
  dump.entity_merges = db.prepare('SELECT id, from_entity_id, into_entity_id, undone_at FROM entity_merges ORDER BY id').all();
  return dump;
}

/** Live rows only, what the analyst sees. */
export function liveCount(db: ProjectDb, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE deleted_at IS NULL`).get() as { n: number }).n;
}
