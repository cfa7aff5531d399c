import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DossierError } from '../../../shared/api/errors';
import type { Migration } from './migrations/Migration';
import { LATEST_SCHEMA_VERSION, migrations as allMigrations } from './migrations/migrations';

export type ProjectDb = Database.Database;

/** 'DOSS': marks a SQLite file as a Dossier project (PRAGMA application_id). */
export const DOSSIER_APPLICATION_ID = 0x444f5353;
export const PROJECT_EXTENSION = '.dossier';

const SQLITE_HEADER = 'SQLite format 3\u0000';

function configure(db: ProjectDb): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  // A project file may come from someone else: never run functions its schema names.
  db.pragma('trusted_schema = OFF');
}

/** Applies the migrations after the file's version, all in one transaction. */
export function migrate(db: ProjectDb, migrations: readonly Migration[] = allMigrations, target?: number): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((m) => m.version > current && (target === undefined || m.version <= target));
  if (pending.length === 0) return;
  // A table rebuild (SQLite's way to change a CHECK) needs foreign keys off; they are checked before commit.
  const rebuilds = pending.some((m) => m.rebuildsTables);
  const enforced = db.pragma('foreign_keys', { simple: true }) === 1;
  if (rebuilds && enforced) db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const migration of pending) migration.up(db);
      if (rebuilds && (db.pragma('foreign_key_check') as unknown[]).length > 0) {
        throw new Error('a migration left rows pointing at rows that no longer exist');
      }
      db.pragma(`user_version = ${pending[pending.length - 1]?.version ?? current}`);
    })();
  } finally {
    if (rebuilds && enforced) db.pragma('foreign_keys = ON');
  }
}

function fileName(filePath: string): string {
  return path.basename(filePath);
}

/** Probes by doing (not access(2)), so read-only mounts, ACLs and the effective user all count. */
function assertWritable(filePath: string): void {
  const dir = path.dirname(filePath);
  const probe = path.join(dir, `.dossier-write-check-${process.pid}-${Date.now()}`);
  try {
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
    if (fs.existsSync(filePath)) fs.closeSync(fs.openSync(filePath, 'r+'));
  } catch {
    throw new DossierError(
      'READ_ONLY',
      `“${fileName(filePath)}” is in a folder Dossier cannot write to (${dir}). Copy the project to a folder you can write to, then open it from there.`,
    );
  }
}

function sqliteErrorToDossier(error: unknown, filePath: string): DossierError {
  if (error instanceof DossierError) return error;
  const code = (error as { code?: string }).code ?? '';
  const name = fileName(filePath);
  if (code === 'SQLITE_NOTADB') {
    return new DossierError('NOT_A_PROJECT', `“${name}” is not a Dossier project (it is not a database Dossier can read).`);
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_IOERR_SHORT_READ') {
    return new DossierError('CORRUPT_PROJECT', `“${name}” is damaged (the file is truncated or corrupt) and cannot be opened. Restore it from a backup copy.`);
  }
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) {
    return new DossierError('READ_ONLY', `“${name}” cannot be opened for writing. Copy it to a folder you can write to, then open it from there.`);
  }
  return new DossierError('CORRUPT_PROJECT', `“${name}” could not be opened: ${(error as Error).message}`);
}

/**
 * Checks that a file on disk is a Dossier project this version can open,
 * without changing it. Throws a DossierError that says what is wrong.
 */
export function inspectProjectFile(filePath: string): { schemaVersion: number } {
  const name = fileName(filePath);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch {
    throw new DossierError('NOT_FOUND', `“${name}” does not exist (${filePath}).`);
  }
  if (!stat.isFile()) throw new DossierError('NOT_A_PROJECT', `“${name}” is a folder, not a Dossier project.`);
  const fd = fs.openSync(filePath, 'r');
  const header = Buffer.alloc(100);
  let read: number;
  try {
    read = fs.readSync(fd, header, 0, 100, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (read < 100 || header.toString('latin1', 0, 16) !== SQLITE_HEADER) {
    throw new DossierError('NOT_A_PROJECT', `“${name}” is not a Dossier project (it is not a database file).`);
  }
  const applicationId = header.readUInt32BE(68);
  const userVersion = header.readUInt32BE(60);
  const pageSizeField = header.readUInt16BE(16);
  const pageSize = pageSizeField === 1 ? 65536 : pageSizeField;
  const pageCount = header.readUInt32BE(28);
  if (applicationId !== DOSSIER_APPLICATION_ID) {
    throw new DossierError('NOT_A_PROJECT', `“${name}” is a database, but not a Dossier project.`);
  }
  if (userVersion > LATEST_SCHEMA_VERSION) {
    throw new DossierError(
      'NEWER_VERSION',
      `“${name}” was saved by a newer version of Dossier (project format ${userVersion}; this version reads up to ${LATEST_SCHEMA_VERSION}). Update Dossier to open it.`,
    );
  }
  // A file shorter than its header says was cut off (e.g. an interrupted copy).
  if (pageSize >= 512 && pageCount > 0 && stat.size < pageSize * pageCount && !fs.existsSync(`${filePath}-wal`)) {
    throw new DossierError('CORRUPT_PROJECT', `“${name}” is damaged (the file is truncated) and cannot be opened. Restore it from a backup copy.`);
  }
  return { schemaVersion: userVersion };
}

/** Opens an existing project read-write, migrating it to the current schema. */
export function openProjectDatabase(filePath: string): ProjectDb {
  inspectProjectFile(filePath);
  assertWritable(filePath);
  let db: ProjectDb | undefined;
  try {
    db = new Database(filePath, { fileMustExist: true });
    configure(db);
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      throw new DossierError('CORRUPT_PROJECT', `“${fileName(filePath)}” is damaged (${String(check)}) and cannot be opened. Restore it from a backup copy.`);
    }
    migrate(db);
    return db;
  } catch (error) {
    db?.close();
    throw sqliteErrorToDossier(error, filePath);
  }
}

/** Creates a new, empty project file; refuses to overwrite anything. */
export function createProjectDatabase(filePath: string, initialize: (db: ProjectDb) => void): ProjectDb {
  if (fs.existsSync(filePath)) {
    throw new DossierError('ALREADY_EXISTS', `A file named “${fileName(filePath)}” already exists there. Choose another name.`);
  }
  assertWritable(filePath);
  let db: ProjectDb | undefined;
  try {
    db = new Database(filePath);
    db.pragma(`application_id = ${DOSSIER_APPLICATION_ID}`);
    configure(db);
    migrate(db);
    db.transaction(() => initialize(db as ProjectDb))();
    return db;
  } catch (error) {
    db?.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${filePath}${suffix}`, { force: true });
    throw sqliteErrorToDossier(error, filePath);
  }
}

/** Folds the WAL back into the file so it is one self-contained file again. */
export function closeProjectDatabase(db: ProjectDb): void {
  if (!db.open) return;
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}
