import fs from 'node:fs';
import path from 'node:path';
import type { RecentProject } from '../../../shared/api/types';

const MAX_RECENT = 12;
const FILE_NAME = 'recent-projects.json';

interface StoredRecent {
  path: string;
  name: string;
  openedAt: string;
}

function isStoredRecent(value: unknown): value is StoredRecent {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.path === 'string' && typeof v.name === 'string' && typeof v.openedAt === 'string';
}

function read(settingsDir: string): StoredRecent[] {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(path.join(settingsDir, FILE_NAME), 'utf8'));
    return Array.isArray(parsed) ? parsed.filter(isStoredRecent).slice(0, MAX_RECENT) : [];
  } catch {
    // Missing or unreadable settings start an empty list rather than blocking the app.
    return [];
  }
}

function write(settingsDir: string, items: StoredRecent[]): void {
  fs.mkdirSync(settingsDir, { recursive: true });
  const target = path.join(settingsDir, FILE_NAME);
  const temp = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(items, null, 2));
  fs.renameSync(temp, target);
}

export function listRecentProjects(settingsDir: string): RecentProject[] {
  return read(settingsDir).map((item) => ({ ...item, exists: fs.existsSync(item.path) }));
}

export function rememberRecentProject(settingsDir: string, item: { path: string; name: string }): void {
  const rest = read(settingsDir).filter((r) => r.path !== item.path);
  write(settingsDir, [{ path: item.path, name: item.name, openedAt: new Date().toISOString() }, ...rest].slice(0, MAX_RECENT));
}

export function forgetRecentProject(settingsDir: string, projectPath: string): RecentProject[] {
  write(
    settingsDir,
    read(settingsDir).filter((r) => r.path !== projectPath),
  );
  return listRecentProjects(settingsDir);
}
