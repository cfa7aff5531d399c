import { useRef, type KeyboardEvent } from 'react';
import type { ImportResult } from '../../shared/api/types';
import type { PickedFile } from '../../shared/api/host';
import { Dialog } from '../ui/Dialog';
import { FilesTab } from './FilesTab';
import { ImportSummary } from './ImportSummary';
import { PasteSourceForm } from './PasteSourceForm';
import type { ImportProgress } from './runImport';
import { sourcesStrings as s } from './sourcesStrings';

export type AddSourceTab = 'paste' | 'files';

export interface AddSourceState {
  tab: AddSourceTab;
  files: PickedFile[];
  progress: ImportProgress | null;
  results: ImportResult[] | null;
  /** The import was cancelled: how many files were not read, how many sources went in before. */
  cancelled?: { notRead: number; imported: number };
}

interface Props {
  state: AddSourceState;
  onTab: (tab: AddSourceTab) => void;
  onChooseFiles: () => void;
  onChooseFolder: () => void;
  onCancelImport: (jobId: string) => void;
  onReview: (index: number) => void;
  onImportAsSuggested: () => void;
  onDropFiles: (files: File[]) => void;
  onRemoveFile: (index: number) => void;
  onImport: () => void;
  onPasted: (result: ImportResult) => void;
  onOpenSource: (sourceId: string) => void;
  onClose: () => void;
}

const tabs: { id: AddSourceTab; label: string }[] = [
  { id: 'paste', label: s.tabPaste },
  { id: 'files', label: s.tabFiles },
];

/** "Add source": paste a text, or import files; after an import, the per-file summary. */
export function AddSourceDialog(props: Props) {
  const { state, onTab, onClose } = props;
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);

  if (state.results) {
    return (
      // Its own key: a fresh dialog moves focus to Done when the summary replaces the form.
      <Dialog key="summary" label={s.summaryTitle} onClose={onClose} size="medium">
        <ImportSummary
          results={state.results}
          cancelled={state.cancelled}
          onOpen={props.onOpenSource}
          onReview={props.onReview}
          onImportAsSuggested={props.onImportAsSuggested}
        />
        <div className="dialog-actions">
          <button type="button" className="primary" data-autofocus onClick={onClose}>
            {s.done}
          </button>
        </div>
      </Dialog>
    );
  }

  // Arrow keys move between tabs, as in any tab list.
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const next = (index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length;
    onTab((tabs[next] as (typeof tabs)[number]).id);
    tabRefs.current[next]?.focus();
  };

  return (
    <Dialog key="form" label={s.dialogTitle} onClose={onClose} size="large">
      <div role="tablist" aria-label={s.dialogTitle} className="tabs">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(el) => {
              tabRefs.current[index] = el;
            }}
            type="button"
            role="tab"
            id={`add-source-tab-${tab.id}`}
            aria-selected={state.tab === tab.id}
            aria-controls={`add-source-panel-${tab.id}`}
            tabIndex={state.tab === tab.id ? 0 : -1}
            className="tab"
            onClick={() => onTab(tab.id)}
            onKeyDown={(e) => onTabKey(e, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`add-source-panel-${state.tab}`} aria-labelledby={`add-source-tab-${state.tab}`}>
        {state.tab === 'paste' ? (
          <PasteSourceForm onAdded={props.onPasted} onOpenExisting={props.onOpenSource} onCancel={onClose} />
        ) : (
          <FilesTab
            files={state.files}
            busy={state.progress !== null}
            progress={state.progress}
            onChoose={props.onChooseFiles}
            onChooseFolder={props.onChooseFolder}
            onCancelImport={props.onCancelImport}
            onDrop={props.onDropFiles}
            onRemove={props.onRemoveFile}
            onImport={props.onImport}
            onCancel={onClose}
          />
        )}
      </div>
    </Dialog>
  );
}
