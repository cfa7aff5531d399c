import type {
  CellEditingStoppedEvent,
  CellEditRequestEvent,
  CellFocusedEvent,
  ColumnState,
  FirstDataRenderedEvent,
  GetRowIdParams,
  GridApi,
  GridReadyEvent,
  IRowNode,
  PostSortRowsParams,
  RowDragEndEvent,
  SelectionChangedEvent,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { EVENT_ROW } from '../../shared/api/timelineTypes';
import { useDataGridTheme } from '../ui/dataGridTheme';
import { hasModKey } from '../ui/keyboard';
import { rowId, sameDateKeys, type EventRow } from './eventRows';
import { editedField, keepOrder, makeTimelineColumns, searchText, sectionRank, sortEventNodes, type EditableField } from './timelineColumns';
import type { TimelineGridContext } from './timelineGridContext';
import { timelineStrings as s } from './timelineStrings';

const getRowId = (p: GetRowIdParams<EventRow>) => p.data[EVENT_ROW.id];
const defaultColDef = { sortable: true, resizable: true, floatingFilter: true, comparator: keepOrder };
const rowSelection = { mode: 'multiRow' as const, checkboxes: false, headerCheckbox: false, enableClickSelection: true };
const SAVE_LAYOUT_MS = 400;

export interface TimelineGridProps {
  rows: EventRow[];
  loading: boolean;
  context: TimelineGridContext;
  quickFilter: string;
  /** The event chosen here or on the axis. */
  selectedId: string | null;
  /** Column layout to start from (AG Grid column state as JSON), remembered per timeline. */
  initialColumnState: string | null;
  onSaveLayout: (columnState: string) => void;
  onSelect: (eventId: string) => void;
  /** Resolves false when saving failed (the cell then shows the old value again). */
  onEdit: (row: EventRow, field: EditableField, value: unknown) => Promise<boolean>;
  /** `fromEnter`: Enter on the last row's title asked for it (left untouched, it goes away again). */
  onAdd: (fromEnter?: boolean) => void;
  /** An edit ended; `changed` when a new value was saved. */
  onEditStopped: (eventId: string, changed: boolean) => void;
  onDelete: (rows: EventRow[]) => void;
  onMove: (row: EventRow, beforeId: string | null) => void;
  onPaste: (text: string) => void;
  onNotice: (message: string) => void;
  onGridApi?: (api: GridApi<EventRow> | null) => void;
  onShownCount?: (count: number) => void;
  /** The first rows are on screen. */
  onFirstRows?: () => void;
  helpId?: string;
}

function parseColumnState(json: string | null): ColumnState[] | null {
  if (!json) return null;
  try {
    const parsed: unknown = JSON.parse(json);
    if (!Array.isArray(parsed)) return null;
    // Only what the grid can apply: a stale or damaged layout must not break the view.
    return parsed.filter((c): c is ColumnState => typeof c === 'object' && c !== null && typeof (c as { colId?: unknown }).colId === 'string' && c.colId !== 'section');
  } catch {
    return null;
  }
}

function isDateAscending(api: GridApi<EventRow>): boolean {
  const sorted = api.getColumnState().filter((c) => c.sort);
  return sorted.length === 1 && sorted[0]?.colId === 'date' && sorted[0].sort === 'asc';
}

/**
 * The events grid: one row per event, every field edited in place, sorted
 * by date (ties in the analyst's order, changed by dragging), filters, quick
 * search, sections by type or year (a spanning section column: Community
 * features only), keyboard first.
 */
export const TimelineGrid = memo(function TimelineGrid(props: TimelineGridProps) {
  const { rows, loading, context, quickFilter, selectedId, onGridApi, helpId } = props;
  const theme = useDataGridTheme();
  const wrapperRef = useRef<HTMLDivElement>(null);
  const apiRef = useRef<GridApi<EventRow> | null>(null);
  const latest = useRef(props);
  const addAfterTitleEdit = useRef(false);
  const editRequested = useRef(false);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useLayoutEffect(() => {
    latest.current = props;
  });

  const sectioned = context.sections !== 'none';
  const columnDefs = useMemo(() => makeTimelineColumns(sectioned), [sectioned]);

  // Quick search as an external filter over one cached string per row (AG Grid's own asks every column of every row).
  const searchCache = useRef({ context, texts: new WeakMap<EventRow, string>() });
  const words = useMemo(() => quickFilter.toLowerCase().split(/\s+/).filter(Boolean), [quickFilter]);
  const wordsRef = useRef(words);
  const textOf = useCallback((row: EventRow): string => {
    const cache = searchCache.current;
    let text = cache.texts.get(row);
    if (text === undefined) {
      text = searchText(cache.context, row);
      cache.texts.set(row, text);
    }
    return text;
  }, []);
  useLayoutEffect(() => {
    if (searchCache.current.context !== context) searchCache.current = { context, texts: new WeakMap() };
  }, [context]);
  const isExternalFilterPresent = useCallback(() => wordsRef.current.length > 0, []);
  const doesExternalFilterPass = useCallback(
    (node: IRowNode<EventRow>) => {
      const text = node.data ? textOf(node.data) : '';
      return wordsRef.current.every((w) => text.includes(w));
    },
    [textOf],
  );
  useEffect(() => {
    wordsRef.current = words;
    apiRef.current?.onFilterChanged();
  }, [words]);
  // The search strings are made while the analyst looks at the rows, a slice at a time, so the first search is quick too.
  useEffect(() => {
    if (searchCache.current.context !== context) searchCache.current = { context, texts: new WeakMap() };
    let index = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = () => {
      const end = Math.min(rows.length, index + 5000);
      for (; index < end; index += 1) textOf(rows[index] as EventRow);
      if (index < rows.length) timer = setTimeout(step, 16);
    };
    timer = setTimeout(step, 300);
    return () => clearTimeout(timer);
  }, [rows, context, textOf]);

  // Names and sections come from the context: redraw what shows them when it changes.
  useEffect(() => {
    const api = apiRef.current;
    if (!api) return;
    api.setColumnsVisible(['section'], context.sections !== 'none');
    api.refreshClientSideRowModel('sort');
    api.refreshCells({ force: true });
  }, [context]);

  useEffect(() => {
    const api = apiRef.current;
    if (!api || !selectedId || rows.length === 0) return;
    const node = api.getRowNode(selectedId);
    if (!node) return;
    if (!node.isSelected()) node.setSelected(true, true, 'api');
    if (node.displayed) api.ensureNodeVisible(node);
  }, [selectedId, rows]);

  useEffect(() => () => onGridApi?.(null), [onGridApi]);

  // For the benchmark and for profiling: when a new quick search reaches the grid (before it filters).
  useLayoutEffect(() => {
    if (quickFilter) performance.mark('dossier:timeline-quick-filter', { detail: { text: quickFilter } });
  }, [quickFilter]);
  useEffect(() => () => clearTimeout(saveTimer.current), []);

  const onGridReady = useCallback(
    (e: GridReadyEvent<EventRow>) => {
      apiRef.current = e.api;
      const state = parseColumnState(latest.current.initialColumnState);
      if (state) e.api.applyColumnState({ state, applyOrder: true });
      e.api.setColumnsVisible(['section'], latest.current.context.sections !== 'none');
      const grid = wrapperRef.current?.querySelector('[role="grid"], [role="treegrid"]');
      grid?.setAttribute('aria-label', s.gridLabel);
      if (helpId) grid?.setAttribute('aria-describedby', helpId);
      onGridApi?.(e.api);
    },
    [onGridApi, helpId],
  );

  const saveLayout = useCallback(() => {
    clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => {
      const api = apiRef.current;
      if (!api || api.isDestroyed()) return;
      const state = api.getColumnState().filter((c) => c.colId !== 'section');
      latest.current.onSaveLayout(JSON.stringify(state));
    }, SAVE_LAYOUT_MS);
  }, []);

  const onSortChanged = useCallback(() => {
    const api = apiRef.current;
    if (!api) return;
    // Always some order: with no sort chosen the grid goes back to date order (sections rely on it).
    if (!api.getColumnState().some((c) => c.sort)) {
      api.applyColumnState({ state: [{ colId: 'date', sort: 'asc' }] });
      return;
    }
    saveLayout();
  }, [saveLayout]);

  // The sort itself (see sortEventNodes), then sections: rows grouped by section, each keeping the sort.
  const postSortRows = useCallback((p: PostSortRowsParams<EventRow>) => {
    const ctx = latest.current.context;
    const sortBy = p.api
      .getColumnState()
      .filter((c): c is ColumnState & { sort: 'asc' | 'desc' } => c.sort === 'asc' || c.sort === 'desc')
      .sort((a, b) => (a.sortIndex ?? Number.MAX_SAFE_INTEGER) - (b.sortIndex ?? Number.MAX_SAFE_INTEGER));
    const nodes = p.nodes;
    if (sortBy.length > 0) sortEventNodes(nodes, sortBy, ctx);
    if (ctx.sections === 'none') return;
    const ranked = nodes.map((node, index) => ({ node, rank: node.data ? sectionRank(ctx, node.data) : 0, index }));
    ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
    for (let i = 0; i < ranked.length; i += 1) nodes[i] = (ranked[i] as { node: IRowNode<EventRow> }).node;
  }, []);

  const onCellEditRequest = useCallback(async (e: CellEditRequestEvent<EventRow>) => {
    const field = editedField[e.colDef.colId ?? ''];
    const row = e.data;
    if (!field || !row) return;
    editRequested.current = true;
    let value: unknown = e.newValue;
    if (field === 'title') {
      value = String(value ?? '').trim();
      if (value === '' || value === row[EVENT_ROW.title]) return;
    } else if (field === 'description') {
      value = String(value ?? '');
      if (value === row[EVENT_ROW.description]) return;
    } else if (field === 'dateEdtf') {
      value = String(value ?? '').trim();
      if (value === row[EVENT_ROW.dateEdtf]) return;
    } else if (field === 'typeId' || field === 'placeEntityId') {
      value = value === undefined ? row[field === 'typeId' ? EVENT_ROW.typeId : EVENT_ROW.placeEntityId] : value;
      if (value === row[field === 'typeId' ? EVENT_ROW.typeId : EVENT_ROW.placeEntityId]) return;
    } else if (field === 'entityIds' || field === 'timelineIds') {
      if (!Array.isArray(value)) return;
      const before = row[field === 'entityIds' ? EVENT_ROW.entityIds : EVENT_ROW.timelineIds];
      if (JSON.stringify(value) === JSON.stringify(before)) return;
    }
    await latest.current.onEdit(row, field, value);
  }, []);

  const onCellEditingStopped = useCallback((e: CellEditingStoppedEvent<EventRow>) => {
    const changed = editRequested.current;
    editRequested.current = false;
    if (e.data) latest.current.onEditStopped(rowId(e.data), changed);
    if (!addAfterTitleEdit.current) return;
    addAfterTitleEdit.current = false;
    latest.current.onAdd(true);
  }, []);

  const onSelectionChanged = useCallback((e: SelectionChangedEvent<EventRow>) => {
    if (e.source === 'api') return;
    const focused = e.api.getFocusedCell();
    const node = focused ? e.api.getDisplayedRowAtIndex(focused.rowIndex) : undefined;
    const row = node?.isSelected() ? node.data : e.api.getSelectedRows()[0];
    if (row && rowId(row) !== latest.current.selectedId) latest.current.onSelect(rowId(row));
  }, []);

  const onCellFocused = useCallback((e: CellFocusedEvent<EventRow>) => {
    if (e.rowIndex === null || e.rowPinned) return;
    const row = e.api.getDisplayedRowAtIndex(e.rowIndex)?.data;
    if (row && rowId(row) !== latest.current.selectedId) latest.current.onSelect(rowId(row));
  }, []);

  const onRowDragEnd = useCallback((e: RowDragEndEvent<EventRow>) => {
    const { node, overNode, api } = e;
    if (!overNode || overNode === node || !node.data || !overNode.data) return;
    if (!isDateAscending(api)) return latest.current.onNotice(s.dragNeedsDateSort);
    if (!sameDateKeys(node.data, overNode.data)) return latest.current.onNotice(s.dragOnlyTies);
    const down = (overNode.rowIndex ?? 0) > (node.rowIndex ?? 0);
    let beforeId: string | null = rowId(overNode.data);
    if (down) {
      const next = api.getDisplayedRowAtIndex((overNode.rowIndex ?? 0) + 1)?.data;
      beforeId = next && sameDateKeys(next, overNode.data) ? rowId(next) : null;
    }
    latest.current.onMove(node.data, beforeId);
  }, []);

  // Keys of the grid that AG Grid Community does not have: add, delete, open evidence, Enter on the last title adds a row.
  const onKeyDown = useCallback((event: KeyboardEvent<HTMLDivElement>) => {
    const api = apiRef.current;
    if (!api || !(event.target instanceof HTMLElement)) return;
    const editing = api.getEditingCells().length > 0;
    const cell = api.getFocusedCell();
    if (editing) {
      const edited = api.getEditingCells()[0];
      if (event.key === 'Enter' && !event.shiftKey && !event.altKey && !hasModKey(event) && edited?.column?.getColId() === 'title') {
        addAfterTitleEdit.current = edited.rowIndex === api.getDisplayedRowCount() - 1;
      }
      return;
    }
    if (!event.target.closest('.ag-cell, .ag-full-width-row')) return;
    if (event.key === 'Enter' && hasModKey(event)) {
      event.preventDefault();
      event.stopPropagation();
      latest.current.onAdd();
    } else if (event.key === 'Delete' && !hasModKey(event)) {
      const selected = api.getSelectedRows();
      const focusedRow = cell ? api.getDisplayedRowAtIndex(cell.rowIndex)?.data : undefined;
      const rowsToDelete = selected.length > 0 ? selected : focusedRow ? [focusedRow] : [];
      if (rowsToDelete.length === 0) return;
      event.preventDefault();
      latest.current.onDelete(rowsToDelete);
    } else if (event.key === 'Enter' && cell?.column.getColId() === 'evidence' && !event.altKey) {
      const row = api.getDisplayedRowAtIndex(cell.rowIndex)?.data;
      if (!row) return;
      event.preventDefault();
      event.stopPropagation();
      latest.current.context.openEvidence(rowId(row));
    }
  }, []);

  // Ctrl/Cmd+V on the grid (not in an editor): rows copied from a spreadsheet become events.
  useEffect(() => {
    const wrapper = wrapperRef.current;
    if (!wrapper) return;
    const onPaste = (event: ClipboardEvent) => {
      const api = apiRef.current;
      if (!api || api.getEditingCells().length > 0) return;
      if (event.target instanceof HTMLElement && event.target.closest('input, textarea, [contenteditable="true"]')) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      event.preventDefault();
      latest.current.onPaste(text);
    };
    wrapper.addEventListener('paste', onPaste);
    return () => wrapper.removeEventListener('paste', onPaste);
  }, []);

  const onModelUpdated = useCallback(() => {
    const api = apiRef.current;
    if (!api) return;
    const shown = api.getDisplayedRowCount();
    performance.mark('dossier:timeline-grid-updated', { detail: { rows: shown } });
    latest.current.onShownCount?.(shown);
  }, []);

  // For the benchmark and for anyone profiling: when the first rows are on screen.
  const onFirstDataRendered = useCallback((e: FirstDataRenderedEvent<EventRow>) => {
    performance.mark('dossier:timeline-grid-ready', { detail: { rows: e.api.getDisplayedRowCount() } });
    // After this frame is painted.
    setTimeout(() => latest.current.onFirstRows?.(), 0);
  }, []);

  return (
    <div className="timeline-grid" ref={wrapperRef} onKeyDownCapture={onKeyDown}>
      <AgGridReact<EventRow>
        theme={theme}
        loadThemeGoogleFonts={false}
        rowData={rows}
        loading={loading}
        columnDefs={columnDefs}
        defaultColDef={defaultColDef}
        context={context}
        getRowId={getRowId}
        rowSelection={rowSelection}
        isExternalFilterPresent={isExternalFilterPresent}
        doesExternalFilterPass={doesExternalFilterPass}
        enableCellSpan
        readOnlyEdit
        stopEditingWhenCellsLoseFocus
        enterNavigatesVerticallyAfterEdit
        onCellEditRequest={onCellEditRequest}
        onCellEditingStopped={onCellEditingStopped}
        onGridReady={onGridReady}
        onSelectionChanged={onSelectionChanged}
        onCellFocused={onCellFocused}
        onRowDragEnd={onRowDragEnd}
        postSortRows={postSortRows}
        onModelUpdated={onModelUpdated}
        onFirstDataRendered={onFirstDataRendered}
        onSortChanged={onSortChanged}
        onColumnResized={(e) => e.finished && saveLayout()}
        onColumnMoved={(e) => e.finished && saveLayout()}
        onColumnVisible={saveLayout}
        onColumnPinned={saveLayout}
        tooltipShowDelay={500}
        animateRows={false}
        suppressColumnVirtualisation
      />
    </div>
  );
});
