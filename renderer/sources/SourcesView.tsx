import { useId, useState } from 'react';
import { useQuery } from '../api/QueryContext';
import { useNavigation } from '../app/Navigation';
import { ReaderPane } from '../reader/ReaderPane';
import { EmptyState } from '../ui/EmptyState';
import { SplitPane } from '../ui/SplitPane';
import { FileDropZone } from './FileDropZone';
import { SourceGrid } from './SourceGrid';
import { useSourceImport } from './SourceImportContext';
import { sourcesStrings as s } from './sourcesStrings';

/** The list of sources above, the chosen one in the reader below. Files can be dropped anywhere here. */
export function SourcesView() {
  const id = useId();
  const nav = useNavigation();
  const imports = useSourceImport();
  const sources = useQuery('sources.list', {});
  const [filter, setFilter] = useState('');
  const rows = sources.data ?? [];

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
          <button type="button" className="primary" onClick={() => imports.openAddSource('paste')}>
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
        initialTopPercent={34}
        label={s.resizeList}
        top={<SourceGrid rows={rows} selectedId={nav.selectedSourceId} quickFilter={filter} onSelect={nav.selectSource} />}
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
          <div className="toolbar-filter">
            <label htmlFor={`${id}-filter`} className="visually-hidden">
              {s.filterLabel}
            </label>
            <input
              id={`${id}-filter`}
              type="search"
              placeholder={s.filterPlaceholder}
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
            />
          </div>
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
