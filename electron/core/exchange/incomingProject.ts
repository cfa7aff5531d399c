import path from 'node:path';
import Database from 'better-sqlite3';
import { DossierError } from '../../../shared/api/errors';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/migrations';
import { DOSSIER_APPLICATION_ID, inspectProjectFile } from '../db/projectDatabase';

/** A colleague's project file, open read-only for a merge. */
export interface IncomingProject {
  /** Read-only connection. */
  db: Database.Database;
  schemaVersion: number;
  projectId: string;
  exportedBy: string;
  exportedAt: string;
  close(): void;
}

/**
 * Minimal version (the exchange work supplies the full checks): opens the
 * file read-only with defensive settings and checks that it is a Dossier
 * project of the current schema version.
 */
export function openIncomingProject(filePath: string, options: { tempDir: string }): IncomingProject {
  void options;
  const name = path.basename(filePath);
  const { schemaVersion } = inspectProjectFile(filePath);
  let db: Database.Database | undefined;
  try {
    db = new Database(filePath, { readonly: true, fileMustExist: true });
    db.pragma('trusted_schema = OFF');
    db.pragma('cell_size_check = ON');
    db.pragma('mmap_size = 0');
    if (db.pragma('application_id', { simple: true }) !== DOSSIER_APPLICATION_ID) {
      throw new DossierError('NOT_A_PROJECT', `“${name}” is a database, but not a Dossier project.`);
    }
    if (schemaVersion !== LATEST_SCHEMA_VERSION) {
      throw new DossierError(
        'BAD_INPUT',
        `“${name}” was saved by another version of Dossier (project format ${schemaVersion}; this version merges format ${LATEST_SCHEMA_VERSION}). Ask your colleague to export it again with the current version.`,
      );
    }
    const meta = (key: string): string =>
      ((db as Database.Database).prepare('SELECT value FROM project_meta WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? '';
    const projectId = meta('project_id');
    if (!projectId) throw new DossierError('NOT_A_PROJECT', `“${name}” has no project id, so it cannot be merged.`);
    const open = db;
    return {
      db: open,
      schemaVersion,
      projectId,
      exportedBy: meta('exported_by'),
      exportedAt: meta('exported_at'),
      close: () => open.close(),
    };
  } catch (error) {
    db?.close();
    if (error instanceof DossierError) throw error;
    throw new DossierError('CORRUPT_PROJECT', `“${name}” could not be read as a Dossier project: ${(error as Error).message}`);
  }
}
