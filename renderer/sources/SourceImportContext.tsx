import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ImportResult } from '../../shared/api/types';
import type { PickedFile } from '../../shared/api/host';
import { useApi } from '../api/ApiContext';
import { useMutate } from '../api/QueryContext';
import { toPickedFiles } from '../api/toPickedFiles';
import { useNavigation } from '../app/Navigation';
import { useNotices } from '../ui/Notices';
import { AddSourceDialog, type AddSourceState, type AddSourceTab } from './AddSourceDialog';
import { runImport } from './runImport';
import { sourcesStrings as s } from './sourcesStrings';

export interface SourceImportApi {
  openAddSource(tab?: AddSourceTab): void;
  /** The file chooser, then straight to the import (Ctrl/Cmd+O, the menu). */
  pickAndImport(): Promise<void>;
  /** Files dropped on the sources view. */
  importDropped(files: File[]): Promise<void>;
}

const SourceImportContext = createContext<SourceImportApi | null>(null);

/**
 * Owns the "Add source" dialog and the import flow, so the toolbar, the
 * shortcuts, the menu and drag-and-drop all lead to the same place.
 */
export function SourceImportProvider({ children }: { children: ReactNode }) {
  const client = useApi();
  const mutate = useMutate();
  const nav = useNavigation();
  const notices = useNotices();
  const [state, setState] = useState<AddSourceState | null>(null);

  const finish = useCallback(
    (results: ImportResult[]) => {
      setState((current) => current && { ...current, progress: null, results });
      const imported = results.filter((r) => r.status === 'imported' && r.sourceId);
      if (imported.length === 1) nav.openSource(imported[0]?.sourceId as string);
    },
    [nav],
  );

  const startImport = useCallback(
    async (files: PickedFile[]) => {
      if (files.length === 0) return;
      nav.go('sources');
      setState({ tab: 'files', files, progress: { done: 0, total: files.length, current: files[0]?.name ?? null }, results: null });
      try {
        const results = await runImport(
          files,
          (batch) => mutate('sources.importFiles', { files: batch }),
          (progress) => setState((current) => current && { ...current, progress }),
        );
        finish(results);
      } catch (error) {
        notices.reportError(error);
        setState((current) => current && { ...current, progress: null });
      }
    },
    [mutate, nav, finish, notices],
  );

  const pickFiles = useCallback(async (): Promise<PickedFile[] | null> => {
    try {
      return await client.shell.pickSourceFiles();
    } catch (error) {
      notices.reportError(error);
      return null;
    }
  }, [client, notices]);

  const api = useMemo<SourceImportApi>(
    () => ({
      openAddSource: (tab = 'paste') => {
        nav.go('sources');
        setState((current) => (current && !current.results ? { ...current, tab } : { tab, files: [], progress: null, results: null }));
      },
      pickAndImport: async () => {
        const files = await pickFiles();
        if (files) await startImport(files);
      },
      importDropped: async (files) => startImport(await toPickedFiles(files)),
    }),
    [nav, pickFiles, startImport],
  );

  const addFiles = (more: PickedFile[]) => setState((current) => current && { ...current, files: [...current.files, ...more] });

  return (
    <SourceImportContext.Provider value={api}>
      {children}
      {state && (
        <AddSourceDialog
          state={state}
          onTab={(tab) => setState((current) => current && { ...current, tab })}
          onChooseFiles={async () => {
            const files = await pickFiles();
            if (files) addFiles(files);
          }}
          onDropFiles={async (files) => addFiles(await toPickedFiles(files))}
          onRemoveFile={(index) =>
            setState((current) => current && { ...current, files: current.files.filter((_, i) => i !== index) })
          }
          onImport={() => void startImport(state.files)}
          onPasted={(result) => {
            setState(null);
            notices.notify(s.added(result.title ?? s.untitled), { fullText: result.title });
            if (result.sourceId) nav.openSource(result.sourceId);
          }}
          onOpenSource={(sourceId) => {
            setState(null);
            nav.openSource(sourceId);
          }}
          onClose={() => {
            // An import under way finishes in the background; its sources still appear.
            setState(null);
          }}
        />
      )}
    </SourceImportContext.Provider>
  );
}

export function useSourceImport(): SourceImportApi {
  const api = useContext(SourceImportContext);
  if (!api) throw new Error('useSourceImport needs a <SourceImportProvider> above it');
  return api;
}
