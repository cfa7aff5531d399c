import fs from 'node:fs';
import path from 'node:path';
import { DossierError } from '../../../shared/api/errors';
import type { ExchangeHistoryEntry, MergeConflict, MergePreview, MergeResult } from '../../../shared/api/exchangeTypes';
import type { ProjectDb } from '../db/projectDatabase';
import { newId } from '../ids/newId';
import { listConflicts, resolveConflict } from './conflictsStore';
import { listExchangeHistory } from './exchangeHistory';
import { openIncomingProject } from './incomingProject';
import { applyMerge, previewMerge } from './mergeProject';

interface Staged {
  filePath: string;
  fileName: string;
  /** An upload written by us, removed when done; a path the analyst chose is never touched. */
  owned: boolean;
  projectPath: string;
}

/** Staged files kept at once: an abandoned preview is forgotten when newer ones come. */
const MAX_STAGED = 4;

/**
 * The exchange.* calls over the open project. A previewed file stays staged
 * until it is merged or cancelled, so the merge applies exactly the file the
 * analyst saw previewed (an upload is sent once).
 */
export function createExchangeHandlers(deps: { project: () => { db: ProjectDb; path: string }; author: string; tempDir: string }) {
  const staged = new Map<string, Staged>();

  function forget(stagingId: string): void {
    const entry = staged.get(stagingId);
    staged.delete(stagingId);
    if (entry?.owned) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${entry.filePath}${suffix}`, { force: true });
  }

  function withIncoming<T>(entry: Staged, run: (incoming: ReturnType<typeof openIncomingProject>) => T): T {
    fs.mkdirSync(deps.tempDir, { recursive: true });
    let incoming: ReturnType<typeof openIncomingProject>;
    try {
      incoming = openIncomingProject(entry.filePath, { tempDir: deps.tempDir });
    } catch (error) {
      if (error instanceof DossierError && entry.owned) {
        throw new DossierError(error.code, error.message.replaceAll(path.basename(entry.filePath), entry.fileName));
      }
      throw error;
    }
    try {
      return run(incoming);
    } finally {
      incoming.close();
    }
  }

  return {
    'exchange.previewMerge': (input: { path: string } | { file: { name: string; dataBase64: string } }): MergePreview & { stagingId: string } => {
      const project = deps.project();
      let entry: Staged;
      if ('path' in input) {
        entry = { filePath: path.resolve(input.path), fileName: path.basename(input.path), owned: false, projectPath: project.path };
      } else {
        fs.mkdirSync(deps.tempDir, { recursive: true });
        const filePath = path.join(deps.tempDir, `incoming-${newId()}.dossier`);
        fs.writeFileSync(filePath, Buffer.from(input.file.dataBase64, 'base64'));
        entry = { filePath, fileName: path.basename(input.file.name), owned: true, projectPath: project.path };
      }
      if (entry.filePath === project.path) {
        throw new DossierError('BAD_INPUT', `“${entry.fileName}” is the open project itself, so there is nothing of a colleague's to merge.`);
      }
      const stagingId = newId();
      staged.set(stagingId, entry);
      try {
        const preview = withIncoming(entry, (incoming) => previewMerge(project.db, incoming, { fileName: entry.fileName }));
        while (staged.size > MAX_STAGED) forget(staged.keys().next().value as string);
        return { ...preview, stagingId };
      } catch (error) {
        forget(stagingId);
        throw error;
      }
    },
    'exchange.applyMerge': ({ stagingId }: { stagingId: string }): MergeResult => {
      const project = deps.project();
      const entry = staged.get(stagingId);
      if (!entry || entry.projectPath !== project.path) {
        throw new DossierError('NOT_FOUND', 'That file is no longer ready to merge. Choose it again to see what it would change.');
      }
      try {
        return withIncoming(entry, (incoming) => applyMerge(project.db, incoming, { fileName: entry.fileName, author: deps.author }));
      } finally {
        forget(stagingId);
      }
    },
    'exchange.cancelMerge': ({ stagingId }: { stagingId: string }): null => {
      forget(stagingId);
      return null;
    },
    'exchange.conflicts': ({ includeResolved }: { includeResolved?: boolean | undefined }): MergeConflict[] =>
      listConflicts(deps.project().db, { includeResolved: includeResolved ?? false }),
    'exchange.resolveConflict': ({ id, keep }: { id: string; keep: 'mine' | 'theirs' }): MergeConflict =>
      resolveConflict(deps.project().db, deps.author, id, keep),
    'exchange.history': (): ExchangeHistoryEntry[] => listExchangeHistory(deps.project().db),
    /** Staged uploads go when the workbench closes. */
    disposeStaged(): void {
      for (const id of Array.from(staged.keys())) forget(id);
    },
  };
}
