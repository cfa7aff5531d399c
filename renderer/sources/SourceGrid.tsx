import {
  type ColDef,
  type FocusGridInnerElementParams,
  type GetRowIdParams,
  type GridApi,
  type GridReadyEvent,
  type SelectionChangedEvent,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { reliabilityLabel } from '../../shared/grades/reliability';
import type { SourceSummary } from '../../shared/api/types';
import { formatDate, formatDateTime } from '../ui/formatDateTime';
import { useDataGridTheme } from '../ui/dataGridTheme';
import { noMatchesOverlay } from '../ui/GridNoMatches';
import { sourcesStrings as s } from './sourcesStrings';


/** Sorts ISO timestamps and filters them by calendar day. */
function compareDay(filterDate: Date, cellValue: string): number {
  const cell = new Date(cellValue);
  const day = new Date(cell.getFullYear(), cell.getMonth(), cell.getDate()).getTime();
  return day === filterDate.getTime() ? 0 : day < filterDate.getTime() ? -1 : 1;
}

const reliabilityText = (grade: SourceSummary['reliability'] | undefined) => (grade ? `${grade} — ${reliabilityLabel(grade)}` : '');

// Widths leave room for each header and its sort arrow (the filter button shows on hover, focus or when in use),
// so no header is cut short and all columns fit from 1000 px windows up.
const columns: ColDef<SourceSummary>[] = [
  { field: 'title', headerName: s.columns.title, flex: 3, minWidth: 168, filter: 'agTextColumnFilter', tooltipField: 'title' },
  { field: 'outlet', headerName: s.columns.outlet, flex: 1.5, minWidth: 110, filter: 'agTextColumnFilter', tooltipField: 'outlet' },
  { field: 'published', headerName: s.columns.published, width: 128, minWidth: 128, filter: 'agTextColumnFilter' },
  {
    field: 'createdAt',
    headerName: s.columns.added,
    width: 140,
    minWidth: 120,
    valueFormatter: (p) => (p.value ? formatDate(p.value) : ''),
    tooltipValueGetter: (p) => (p.value ? formatDateTime(p.value) : ''),
    filter: 'agDateColumnFilter',
    filterParams: { comparator: compareDay },
    sort: 'desc',
  },
  {
    field: 'annotationCount',
    headerName: s.columns.highlights,
    width: 128,
    minWidth: 128,
    type: 'numericColumn',
    filter: 'agNumberColumnFilter',
  },
  {
    // The grade letter keeps the grid calm; its meaning is in the tooltip, the filter and the quick filter.
    field: 'reliability',
    headerName: s.columns.reliability,
    headerTooltip: s.columns.reliabilityHint,
    width: 140,
    minWidth: 140,
    filter: 'agTextColumnFilter',
    filterValueGetter: (p) => reliabilityText(p.data?.reliability),
    getQuickFilterText: (p) => reliabilityText(p.value),
    cellClass: 'grade-cell',
    tooltipValueGetter: (p) => reliabilityText(p.value),
  },
];

const defaultColDef: ColDef<SourceSummary> = { sortable: true, resizable: true, filter: true };
// Tab and Shift+Tab leave the grid (one tab stop, like a list); arrows move inside it.
const leaveOnTab = () => false as const;
const getRowId = (p: GetRowIdParams<SourceSummary>) => p.data.id;

interface Props {
  rows: SourceSummary[];
  selectedId: string | null;
  quickFilter: string;
  /** Opens a source; with focus, keyboard focus goes on into its text (Enter). */
  onSelect: (sourceId: string, options?: { focus?: boolean }) => void;
  /** Changes when focus should move into the list (opening the project, Ctrl/Cmd+1). */
  focusNonce?: number;
  onFocused?: () => void;
  /** "Clear filters" where no source matches: the grid clears its column filters, this the filter box outside it. */
  onClearFilters?: () => void;
}

/** Displayed index of the chosen row, else of the first row. */
function rowIndexToFocus(api: GridApi<SourceSummary>, selectedId: string | null): number | null {
  const node = selectedId ? api.getRowNode(selectedId) : undefined;
  if (node?.displayed && node.rowIndex !== null) return node.rowIndex;
  return api.getDisplayedRowCount() > 0 ? 0 : null;
}

function focusRow(api: GridApi<SourceSummary>, selectedId: string | null): boolean {
  const index = rowIndexToFocus(api, selectedId);
  if (index === null) return false;
  api.ensureIndexVisible(index);
  api.setFocusedCell(index, 'title');
  return true;
}

/** The list of sources: sortable, filterable, resizable; choosing a row opens it in the reader. */
export const SourceGrid = memo(function SourceGrid({ rows, selectedId, quickFilter, onSelect, focusNonce, onFocused, onClearFilters }: Props) {
  const theme = useDataGridTheme();
  const apiRef = useRef<GridApi<SourceSummary> | null>(null);
  const selectedRef = useRef(selectedId);
  const onSelectRef = useRef(onSelect);
  const onFocusedRef = useRef(onFocused);
  const onClearFiltersRef = useRef(onClearFilters);
  const pendingFocus = useRef<number | undefined>(undefined);
  // Grid callbacks are registered once; they read the latest props through these refs.
  useLayoutEffect(() => {
    selectedRef.current = selectedId;
    onSelectRef.current = onSelect;
    onFocusedRef.current = onFocused;
    onClearFiltersRef.current = onClearFilters;
  });
  const overlayComponentSelector = useMemo(
    () => noMatchesOverlay(() => ({ message: s.noMatchingSources, onClear: () => onClearFiltersRef.current?.() })),
    [],
  );

  // Focus goes to the chosen row (or the first) once the grid is there to take it.
  const takeFocus = useCallback(() => {
    const api = apiRef.current;
    if (!api || pendingFocus.current === undefined) return;
    if (focusRow(api, selectedRef.current)) {
      pendingFocus.current = undefined;
      onFocusedRef.current?.();
    }
  }, []);

  useEffect(() => {
    if (focusNonce === undefined) return;
    pendingFocus.current = focusNonce;
    takeFocus();
  }, [focusNonce, takeFocus]);

  // Keeps the grid's highlighted row in step with the reader (e.g. after opening from search).
  const syncSelection = useCallback(() => {
    const api = apiRef.current;
    if (!api) return;
    const id = selectedRef.current;
    if (!id) {
      api.deselectAll('all', 'api');
      return;
    }
    const node = api.getRowNode(id);
    if (node && !node.isSelected()) {
      node.setSelected(true, true, 'api');
      api.ensureNodeVisible(node);
    }
  }, []);

  useEffect(syncSelection, [selectedId, rows, syncSelection]);

  const onGridReady = useCallback(
    (e: GridReadyEvent<SourceSummary>) => {
      apiRef.current = e.api;
      syncSelection();
    },
    [syncSelection],
  );

  // Tabbing into the grid lands on the chosen row, not on the first header.
  const focusGridInnerElement = useCallback((p: FocusGridInnerElementParams<SourceSummary>) => focusRow(p.api, selectedRef.current), []);

  const onSelectionChanged = useCallback((e: SelectionChangedEvent<SourceSummary>) => {
    if (e.source === 'api') return;
    const row = e.api.getSelectedRows()[0];
    if (row && row.id !== selectedRef.current) onSelectRef.current(row.id);
  }, []);

  // On a row: Enter opens the source and moves into its text; Space opens it and stays in the list.
  // (The grid's own Space would also deselect the row the reader shows.)
  const onKeyDown = useCallback((event: KeyboardEvent<HTMLDivElement>) => {
    const api = apiRef.current;
    if ((event.key !== 'Enter' && event.key !== ' ') || event.altKey || event.ctrlKey || event.metaKey || !api) return;
    if (!(event.target as Element).closest?.('.ag-row')) return;
    const cell = api.getFocusedCell();
    const node = cell ? api.getDisplayedRowAtIndex(cell.rowIndex) : undefined;
    if (!node?.data) return;
    event.preventDefault();
    event.stopPropagation();
    if (!node.isSelected()) node.setSelected(true, true, 'api');
    onSelectRef.current(node.data.id, { focus: event.key === 'Enter' });
  }, []);

  const rowSelection = useMemo(
    () => ({ mode: 'singleRow' as const, checkboxes: false, enableClickSelection: true }),
    [],
  );

  return (
    <div className="source-grid" onKeyDownCapture={onKeyDown}>
      <AgGridReact<SourceSummary>
        theme={theme}
        loadThemeGoogleFonts={false}
        rowData={rows}
        columnDefs={columns}
        defaultColDef={defaultColDef}
        getRowId={getRowId}
        rowSelection={rowSelection}
        quickFilterText={quickFilter}
        overlayComponentSelector={overlayComponentSelector}
        onGridReady={onGridReady}
        onFirstDataRendered={takeFocus}
        onSelectionChanged={onSelectionChanged}
        focusGridInnerElement={focusGridInnerElement}
        tabToNextCell={leaveOnTab}
        tabToNextHeader={leaveOnTab}
        rowHeight={36}
        headerHeight={40}
        tooltipShowDelay={500}
        enableCellTextSelection={false}
        suppressCellFocus={false}
        animateRows={false}
      />
    </div>
  );
});
