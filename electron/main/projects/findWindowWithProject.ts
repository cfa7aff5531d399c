import type { Workbench } from '../../core/workbench/createWorkbench';
import { samePath } from './samePath';

export interface ProjectWindow<W> {
  window: W;
  workbench: Pick<Workbench, 'currentProjectPath'>;
}

/** The window (other than `except`) whose workbench has `path` open: one project, one window. */
export function findWindowWithProject<W>(
  windows: Iterable<ProjectWindow<W>>,
  path: string,
  except?: ProjectWindow<W>,
): ProjectWindow<W> | undefined {
  for (const entry of windows) {
    if (entry === except) continue;
    const open = entry.workbench.currentProjectPath();
    if (open !== null && samePath(open, path)) return entry;
  }
  return undefined;
}

/** A window with no project open, to reuse for opening one. */
export function findIdleWindow<W>(windows: Iterable<ProjectWindow<W>>): ProjectWindow<W> | undefined {
  for (const entry of windows) {
    if (entry.workbench.currentProjectPath() === null) return entry;
  }
  return undefined;
}
