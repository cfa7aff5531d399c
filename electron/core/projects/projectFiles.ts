import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ProjectFileInfo } from '../../../shared/api/types';
import { inspectProjectFile, PROJECT_EXTENSION } from '../db/projectDatabase';

/** A file name from a name: no path separators or characters that Windows or macOS refuse; `fallback` when nothing is left. */
export function safeFileName(name: string, extension: string, fallback: string): string {
  const base = name
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 80)
    .trim();
  return `${base || fallback}${extension}`;
}

/** A file name for a project name. */
export function projectFileNameFor(name: string): string {
  return safeFileName(name, PROJECT_EXTENSION, 'Untitled project');
}

/** A path in `dir` for a new project called `name` that does not exist yet: "Name.dossier", "Name (2).dossier", … */
export function freeProjectPath(dir: string, name: string): string {
  const fileName = projectFileNameFor(name);
  const stem = fileName.slice(0, -PROJECT_EXTENSION.length);
  let candidate = path.join(dir, fileName);
  for (let n = 2; fs.existsSync(candidate); n += 1) candidate = path.join(dir, `${stem} (${n})${PROJECT_EXTENSION}`);
  return candidate;
}

export function withProjectExtension(filePath: string): string {
  return filePath.toLowerCase().endsWith(PROJECT_EXTENSION) ? filePath : `${filePath}${PROJECT_EXTENSION}`;
}

/**
 * Reads a project's display name; undefined if it is not a readable project.
 * Opened for writing where possible (nothing is written): a read-only
 * connection to a WAL database leaves -wal and -shm files behind on close.
 */
export function readProjectName(filePath: string): string | undefined {
  try {
    inspectProjectFile(filePath);
  } catch {
    return undefined;
  }
  for (const readonly of [false, true]) {
    try {
      const db = new Database(filePath, { readonly, fileMustExist: true });
      try {
        const row = db.prepare("SELECT value FROM project_meta WHERE key = 'name'").get() as { value: string } | undefined;
        return row?.value;
      } finally {
        db.close();
      }
    } catch {
      // Not writable here: try again read-only.
    }
  }
  return undefined;
}

/** The Dossier projects in a folder (not recursive), newest first; other files are left out. */
export function listProjectFiles(dir: string): ProjectFileInfo[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const projects: ProjectFileInfo[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.toLowerCase().endsWith(PROJECT_EXTENSION)) continue;
    const filePath = path.join(dir, entry.name);
    const name = readProjectName(filePath);
    if (name === undefined) continue;
    const stat = fs.statSync(filePath);
    projects.push({
      path: filePath,
      fileName: entry.name,
      name,
      modifiedAt: stat.mtime.toISOString(),
      sizeBytes: stat.size,
    });
  }
  return projects.sort((a, b) => (a.modifiedAt < b.modifiedAt ? 1 : -1));
}
