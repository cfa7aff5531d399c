import { useCallback, useEffect, useRef, useState } from 'react';
import { useQuery } from '../api/QueryContext';
import { useFocusRequest, useNavigation } from '../app/Navigation';
import { ReaderPane } from '../reader/ReaderPane';
import { EmptyState } from '../ui/EmptyState';
import { SplitPane } from '../ui/SplitPane';
import { ToolbarFilter } from '../ui/ToolbarFilter';
import { FileDropZone } from './FileDropZone';
import { SourceGrid } from './SourceGrid';
import { useSourceImport } from './SourceImportContext';
import { sourcesStrings as s } from './sourcesStrings';

/** Header and five rows of the list, if that leaves the reader two thirds of the height. */
const defaultListShare = (heightPx: number) => Math.min(34, Math.max(22, (100 * (40 + 5 * 36 + 6)) / heightPx));

/** The list of sources above, the chosen one in the reader below. Files can be dropped anywhere here. */
export function SourcesView() {
  const nav = useNavigation();
  const imports = useSourceImport();
  const sources = useQuery('sources.list', {});
  const [filter, setFilter] = useState('');
  const clearFilter = useCallback(() => setFilter(''), []);
  const rows = sources.data ?? [];
  const focusRequest = useFocusRequest('sources');
  const emptyActionRef = useRef<HTMLButtonElement>(null);
  const { focusDone, openSource, selectSource } = nav;
  const focused = useCallback(() => {
    if (focusRequest) focusDone(focusRequest);
  }, [focusRequest, focusDone]);
  const open = useCallback(
    (sourceId: string, options?: { focus?: boolean }) => (options?.focus ? openSource(sourceId, undefined, { focus: true }) : selectSource(sourceId)),
    [openSource, selectSource],
  );

  // With no sources yet, focus goes to the first way of adding one.
  const empty = sources.data !== undefined && sources.data.length === 0;
  useEffect(() => {
    if (!focusRequest || !empty || !emptyActionRef.current) return;
    emptyActionRef.current.focus();
    focusDone(focusRequest);
  }, [focusRequest, empty, focusDone]);

  let content;
  if (sources.data === undefined) {
    content = sources.error ? (
      <div className="reader-message" role="alert">
        {sources.error.message}
      </div>
    ) : (
      <div className="reader-message" aria-busy="true" />
    );
  } else if (rows.length === 0) {
    content = (
      <EmptyState title={s.emptyTitle}>
        <p>{s.emptyBody}</p>
        <div className="empty-actions">
          <button type="button" className="primary" ref={emptyActionRef} onClick={() => imports.openAddSource('paste')}>
            {s.emptyPaste}
          </button>
          <button type="button" onClick={() => void imports.pickAndImport()}>
            {s.emptyChoose}
          </button>
        </div>
        <p className="muted">{s.emptyDrop}</p>
      </EmptyState>
    );
  } else {
    content = (
      <SplitPane
        storageKey="dossier:sources-split"
        initialTopPercent={defaultListShare}
        label={s.resizeList}
        top={
          <SourceGrid
            rows={rows}
            selectedId={nav.selectedSourceId}
            quickFilter={filter}
            onSelect={open}
            focusNonce={focusRequest?.nonce}
            onFocused={focused}
            onClearFilters={clearFilter}
          />
        }
        bottom={
          nav.selectedSourceId ? (
            <ReaderPane key={nav.selectedSourceId} sourceId={nav.selectedSourceId} />
          ) : (
            <div className="reader-message">{s.noSelection}</div>
          )
        }
      />
    );
  }

  return (
    <FileDropZone className="view sources-view" overlayText={s.dropHere} onFiles={(files) => void imports.importDropped(files)}>
      <div className="view-toolbar">
        <h1 className="view-title">
          {s.viewTitle} {sources.data && <span className="count">{rows.length}</span>}
        </h1>
        {rows.length > 0 && (
          <ToolbarFilter label={s.filterLabel} placeholder={s.filterPlaceholder} value={filter} onChange={setFilter} />
        )}
        <div className="toolbar-actions">
          <button type="button" onClick={() => void imports.pickAndImport()}>
            {s.importFiles}
          </button>
          <button type="button" className="primary" onClick={() => imports.openAddSource('paste')}>
            {s.addSource}
          </button>
        </div>
      </div>
      {content}
    </FileDropZone>
  );
}
