/**
 * Rolling backups of a project: compact, consistent snapshots made with VACUUM
 * INTO on a read-only connection of their own in a worker thread (the app keeps
 * answering: no step, fsync or 100 MB copy runs on the main thread), kept in the
 * settings folder under backups/<project id>/. Not
 * beside the project: its folder may be read-only, synced or shared with the
 * team, and a project that is renamed or moved keeps its backups.
 * Retention: the last 10, plus the newest of each of the last 7 days.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { DossierError } from '../../../shared/api/errors';
import type { BackupInfo, BackupReason } from '../../../shared/api/backupTypes';
import type { ProjectDb } from '../db/projectDatabase';

export const KEEP_LAST = 10;
export const KEEP_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;
const reasons: readonly BackupReason[] = ['open', 'hourly', 'manual', 'beforeMerge', 'beforeRestore'];
/** 2026-12-03T16-22-33-123Z-manual(-2).dossier: the time (UTC), why, and a counter when two land in one millisecond. */
const BACKUP_NAME = /^(\d{4}-\d\d-\d\dT\d\d)-(\d\d)-(\d\d)-(\d{3})Z-(open|hourly|manual|beforeMerge|beforeRestore)(?:-(\d+))?\.dossier$/;

export function backupsFolderFor(settingsDir: string, projectId: string): string {
  if (!/^[0-9A-Za-z-]{1,64}$/.test(projectId)) throw new DossierError('BAD_INPUT', 'This project has no valid id, so it cannot be backed up.');
  return path.join(settingsDir, 'backups', projectId);
}

function parseBackupName(fileName: string): { createdAt: string; reason: BackupReason } | null {
  const match = BACKUP_NAME.exec(fileName);
  if (!match) return null;
  const [, dateHour, minutes, seconds, millis, reason] = match;
  return { createdAt: `${dateHour}:${minutes}:${seconds}.${millis}Z`, reason: reason as BackupReason };
}

/** This project's backups, newest first. */
export function listBackups(folder: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const backups: BackupInfo[] = [];
  for (const fileName of names) {
    const parsed = parseBackupName(fileName);
    if (!parsed) continue;
    try {
      backups.push({ id: fileName.slice(0, -'.dossier'.length), ...parsed, sizeBytes: fs.statSync(path.join(folder, fileName)).size });
    } catch {
      // Removed meanwhile.
    }
  }
  return backups.sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1));
}

/** The file of a backup id, refusing anything that is not one of ours (no paths from the renderer). */
export function backupPath(folder: string, id: string): string {
  const fileName = `${id}.dossier`;
  if (!parseBackupName(fileName)) throw new DossierError('NOT_FOUND', 'That backup does not exist.');
  const file = path.join(folder, fileName);
  if (!fs.existsSync(file)) throw new DossierError('NOT_FOUND', 'That backup no longer exists (it may have been removed as an old one).');
  return file;
}

/**
 * Which backups to keep: the `KEEP_LAST` newest, plus the newest of each UTC day
 * within the last `KEEP_DAYS` days. Pure, for tests with any clock.
 */
export function backupsToKeep(backups: readonly Pick<BackupInfo, 'id' | 'createdAt'>[], now: Date): Set<string> {
  const newestFirst = [...backups].sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1));
  const keep = new Set(newestFirst.slice(0, KEEP_LAST).map((b) => b.id));
  const weekAgo = now.getTime() - KEEP_DAYS * DAY_MS;
  const daysSeen = new Set<string>();
  for (const backup of newestFirst) {
    if (Date.parse(backup.createdAt) < weekAgo) continue;
    const day = backup.createdAt.slice(0, 10);
    if (daysSeen.has(day)) continue;
    daysSeen.add(day);
    keep.add(backup.id);
  }
  return keep;
}

export function pruneBackups(folder: string, now: Date): void {
  const backups = listBackups(folder);
  const keep = backupsToKeep(backups, now);
  for (const backup of backups) if (!keep.has(backup.id)) fs.rmSync(path.join(folder, `${backup.id}.dossier`), { force: true });
}

/**
 * The worker is a few lines of CommonJS run with eval, so that it needs no build
 * step of its own; better-sqlite3 is found where this process found it.
 */
const SNAPSHOT_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.modulePath);
try {
  const db = new Database(workerData.source, { readonly: true, fileMustExist: true });
  try {
    db.pragma('trusted_schema = OFF');
    db.exec("VACUUM INTO '" + workerData.target.replace(/'/g, "''") + "'");
  } finally {
    db.close();
  }
  parentPort.postMessage({ ok: true });
} catch (error) {
  parentPort.postMessage({ ok: false, message: String((error && error.message) || error) });
}
`;

let betterSqlitePath: string | null = null;

/** A consistent copy of a project file, written by a read-only connection in a worker thread. */
export function snapshotInWorker(source: string, target: string): Promise<void> {
  betterSqlitePath ??= createRequire(import.meta.url).resolve('better-sqlite3');
  return new Promise((resolve, reject) => {
    const worker = new Worker(SNAPSHOT_WORKER, { eval: true, workerData: { modulePath: betterSqlitePath, source, target } });
    let answered = false;
    worker.once('message', (reply: { ok: boolean; message?: string }) => {
      answered = true;
      if (reply.ok) resolve();
      else reject(new Error(`the backup could not be written: ${reply.message ?? 'unknown error'}`));
    });
    worker.once('error', (error) => {
      answered = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the backup worker stopped (exit code ${code})`));
    });
  });
}

function stampOf(now: Date): string {
  return now.toISOString().replace(/:/g, '-').replace('.', '-');
}

function startBackup(folder: string, reason: BackupReason, now: Date): { fileName: string; target: string; partial: string } {
  if (!reasons.includes(reason)) throw new Error(`unknown backup reason ${reason}`);
  fs.mkdirSync(folder, { recursive: true });
  const stamp = stampOf(now);
  let fileName = `${stamp}-${reason}.dossier`;
  for (let n = 2; fs.existsSync(path.join(folder, fileName)); n += 1) fileName = `${stamp}-${reason}-${n}.dossier`;
  const target = path.join(folder, fileName);
  const partial = `${target}.part`;
  fs.rmSync(partial, { force: true });
  return { fileName, target, partial };
}

function finishBackup(folder: string, started: { fileName: string; target: string; partial: string }, reason: BackupReason, now: Date): BackupInfo {
  fs.renameSync(started.partial, started.target);
  pruneBackups(folder, now);
  return { id: started.fileName.slice(0, -'.dossier'.length), createdAt: now.toISOString(), reason, sizeBytes: fs.statSync(started.target).size };
}

/**
 * Backs the open project up now, then applies the retention rule. The merge
 * calls this before every merge (reason 'beforeMerge'). Resolves when the file
 * is complete; a failure leaves no partial file behind.
 */
export async function backupNow(db: ProjectDb, folder: string, reason: BackupReason, now: Date = new Date()): Promise<BackupInfo> {
  const started = startBackup(folder, reason, now);
  try {
    await snapshotInWorker(db.name, started.partial);
    return finishBackup(folder, started, reason, now);
  } catch (error) {
    fs.rmSync(started.partial, { force: true });
    throw error;
  }
}

/**
 * The same, on the project's own connection, synchronously: for the backup just
 * before a restore, so that no edit can land between that backup and the restore
 * (and be lost by both). Blocks for as long as VACUUM INTO takes (~0.3 s per 100 MB).
 */
export function backupNowInProcess(db: ProjectDb, folder: string, reason: BackupReason, now: Date = new Date()): BackupInfo {
  const started = startBackup(folder, reason, now);
  try {
    db.exec(`VACUUM INTO '${started.partial.replace(/'/g, "''")}'`);
    return finishBackup(folder, started, reason, now);
  } catch (error) {
    fs.rmSync(started.partial, { force: true });
    throw error;
  }
}
