import type { ColumnState } from 'ag-grid-community';

/** Which claim columns are shown, in what order, how wide and how sorted: remembered per project on this machine. */
const key = (projectId: string) => `dossier:claims-columns:${projectId}`;

export function readClaimColumnPrefs(projectId: string): ColumnState[] | null {
  try {
    const raw = localStorage.getItem(key(projectId));
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return null;
    // Only what the grid can apply; a stale or hand-edited entry must not break the view.
    return parsed
      .filter((c): c is Record<string, unknown> => typeof c === 'object' && c !== null && typeof (c as { colId?: unknown }).colId === 'string')
      .map((c) => ({
        colId: c.colId as string,
        hide: c.hide === true,
        width: typeof c.width === 'number' && c.width >= 40 && c.width <= 2000 ? c.width : undefined,
        flex: typeof c.flex === 'number' ? c.flex : null,
        sort: c.sort === 'asc' || c.sort === 'desc' ? c.sort : null,
        sortIndex: typeof c.sortIndex === 'number' ? c.sortIndex : null,
      }));
  } catch {
    return null;
  }
}

export function writeClaimColumnPrefs(projectId: string, state: readonly ColumnState[]): void {
  try {
    const kept = state.map(({ colId, hide, width, flex, sort, sortIndex }) => ({ colId, hide, width, flex, sort, sortIndex }));
    localStorage.setItem(key(projectId), JSON.stringify(kept));
  } catch {
    // Storage can be full or unavailable; the columns are then just not remembered.
  }
}

export function forgetClaimColumnPrefs(projectId: string): void {
  try {
    localStorage.removeItem(key(projectId));
  } catch {
    // As above.
  }
}
