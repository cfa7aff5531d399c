import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ImportResult } from '../../shared/api/types';
import type { PickedFile } from '../../shared/api/host';
import { useApi } from '../api/ApiContext';
import { useMutate } from '../api/QueryContext';
import { toLazyPickedFiles } from '../api/toPickedFiles';
import { useNavigation } from '../app/Navigation';
import { useNotices } from '../ui/Notices';
import { AddSourceDialog, type AddSourceState, type AddSourceTab } from './AddSourceDialog';
import { PdfReviewDialog } from './PdfReviewDialog';
import { runImportJob } from './runImportJob';
import { sourcesStrings as s } from './sourcesStrings';

export interface SourceImportApi {
  openAddSource(tab?: AddSourceTab): void;
  /** The file (or folder) chooser, then straight to the import (Ctrl/Cmd+I, the menu). */
  pickAndImport(options?: { folder?: boolean }): Promise<void>;
  /** Files (or the files of folders) dropped on the sources view. */
  importDropped(files: File[]): Promise<void>;
}

const SourceImportContext = createContext<SourceImportApi | null>(null);

/**
 * Owns the "Add source" dialog and the import flow, so the toolbar, the
 * shortcuts, the menu and drag-and-drop all lead to the same place. An import
 * is a core job: progress comes as events, Cancel stops it, the summary lists
 * every file, and PDFs whose text needs a look are reviewed from there.
 */
export function SourceImportProvider({ children }: { children: ReactNode }) {
  const client = useApi();
  const mutate = useMutate();
  const nav = useNavigation();
  const notices = useNotices();
  const [state, setState] = useState<AddSourceState | null>(null);
  const [reviewing, setReviewing] = useState<{ index: number; result: ImportResult } | null>(null);

  const startImport = useCallback(
    async (files: PickedFile[]) => {
      if (files.length === 0) return;
      nav.go('sources');
      setState({ tab: 'files', files, progress: { done: 0, total: files.length, current: files[0]?.name ?? null }, results: null });
      let stopListening = () => {};
      try {
        const final = await runImportJob(client, files, (jobId) => {
          setState((current) => current && current.progress && { ...current, progress: { ...current.progress, jobId } });
          stopListening = client.on('import.progress', (progress) => {
            if (progress.jobId !== jobId) return;
            setState(
              (current) =>
                current &&
                current.progress && {
                  ...current,
                  progress: { ...current.progress, done: progress.done, total: progress.total, current: progress.current, etaMs: progress.etaMs },
                },
            );
          });
        });
        stopListening();
        setState(
          (current) =>
            current && {
              ...current,
              progress: null,
              results: final.results,
              cancelled: final.cancelled ? { notRead: final.total - final.done, imported: final.imported } : undefined,
            },
        );
        const imported = final.results.filter((r) => r.status === 'imported' && r.sourceId);
        if (imported.length === 1 && final.results.length === 1) nav.openSource(imported[0]?.sourceId as string);
      } catch (error) {
        stopListening();
        notices.reportError(error);
        setState((current) => current && { ...current, progress: null });
      }
    },
    [client, nav, notices],
  );

  const cancelImport = useCallback(
    async (jobId: string) => {
      setState((current) => current && current.progress && { ...current, progress: { ...current.progress, cancelling: true } });
      try {
        await client.call('sources.importJob.cancel', { jobId });
      } catch (error) {
        notices.reportError(error);
      }
    },
    [client, notices],
  );

  const pick = useCallback(
    async (folder: boolean): Promise<PickedFile[] | null> => {
      try {
        return await (folder ? client.shell.pickSourceFolder() : client.shell.pickSourceFiles());
      } catch (error) {
        notices.reportError(error);
        return null;
      }
    },
    [client, notices],
  );

  const api = useMemo<SourceImportApi>(
    () => ({
      openAddSource: (tab = 'paste') => {
        nav.go('sources');
        setState((current) => (current && !current.results ? { ...current, tab } : { tab, files: [], progress: null, results: null }));
      },
      pickAndImport: async (options) => {
        const files = await pick(options?.folder ?? false);
        if (files) await startImport(files);
      },
      importDropped: async (files) => startImport(toLazyPickedFiles(files)),
    }),
    [nav, pick, startImport],
  );

  const addFiles = (more: PickedFile[]) => setState((current) => current && { ...current, files: [...current.files, ...more] });
  const replaceResult = (index: number, result: ImportResult) =>
    setState((current) => current && current.results && { ...current, results: current.results.map((r, i) => (i === index ? result : r)) });

  const importAsSuggested = async () => {
    const held = (state?.results ?? []).map((result, index) => ({ result, index })).filter(({ result }) => result.status === 'review' && result.review);
    for (const { result, index } of held) {
      const review = result.review!;
      try {
        const answer = await mutate('sources.importReviewed', {
          name: result.name,
          pages: review.pages,
          stripRepeated: review.artifacts.repeated.length > 0 || review.artifacts.pageNumbers > 0,
          joinHyphens: review.artifacts.hyphenations > 0,
          title: review.title,
          author: review.author,
        });
        replaceResult(index, { ...answer, message: answer.message ?? review.info });
      } catch (error) {
        replaceResult(index, { name: result.name, status: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    }
  };

  return (
    <SourceImportContext.Provider value={api}>
      {children}
      {state && !reviewing && (
        <AddSourceDialog
          state={state}
          onTab={(tab) => setState((current) => current && { ...current, tab })}
          onChooseFiles={async () => {
            const files = await pick(false);
            if (files) addFiles(files);
          }}
          onChooseFolder={async () => {
            const files = await pick(true);
            if (files) addFiles(files);
          }}
          onDropFiles={(files) => addFiles(toLazyPickedFiles(files))}
          onRemoveFile={(index) =>
            setState((current) => current && { ...current, files: current.files.filter((_, i) => i !== index) })
          }
          onImport={() => void startImport(state.files)}
          onCancelImport={(jobId) => void cancelImport(jobId)}
          onReview={(index) => {
            const result = state.results?.[index];
            if (result?.review) setReviewing({ index, result });
          }}
          onImportAsSuggested={() => void importAsSuggested()}
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
      {reviewing && reviewing.result.review && (
        <PdfReviewDialog
          name={reviewing.result.name}
          review={reviewing.result.review}
          onImported={(result) => {
            replaceResult(reviewing.index, result);
            setReviewing(null);
          }}
          onClose={() => setReviewing(null)}
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
