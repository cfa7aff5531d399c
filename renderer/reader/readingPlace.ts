/**
 * Where the person was in each source (the text offset at the top of the
 * reader), per project, so that reopening a source or the project lands there.
 * An offset, not pixels: it survives another window size.
 */
const key = (projectId: string) => `dossier:reading-place:${projectId}`;
/** Enough for the sources of a working session; the oldest are dropped. */
const MAX_SOURCES = 200;

function readAll(projectId: string): Record<string, number> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key(projectId)) ?? '{}');
    return value && typeof value === 'object' ? (value as Record<string, number>) : {};
  } catch {
    return {};
  }
}

export function readReadingPlace(projectId: string, sourceId: string): number | null {
  const offset = readAll(projectId)[sourceId];
  return typeof offset === 'number' && Number.isInteger(offset) && offset >= 0 ? offset : null;
}

export function writeReadingPlace(projectId: string, sourceId: string, offset: number): void {
  try {
    const all = readAll(projectId);
    delete all[sourceId];
    all[sourceId] = offset;
    const ids = Object.keys(all);
    for (const old of ids.slice(0, Math.max(0, ids.length - MAX_SOURCES))) delete all[old];
    localStorage.setItem(key(projectId), JSON.stringify(all));
  } catch {
    // Storage can be unavailable; the reader then starts at the top.
  }
}
