/** Remembers the source last read in each project, so reopening it lands in the same place. */
const key = (projectId: string) => `dossier:last-source:${projectId}`;

export function readLastSource(projectId: string): string | null {
  try {
    return localStorage.getItem(key(projectId));
  } catch {
    return null;
  }
}

export function writeLastSource(projectId: string, sourceId: string | null): void {
  try {
    if (sourceId) localStorage.setItem(key(projectId), sourceId);
    else localStorage.removeItem(key(projectId));
  } catch {
    // Storage can be unavailable; then the app simply starts without a source open.
  }
}
