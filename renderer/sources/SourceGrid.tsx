import {
  AllCommunityModule,
  ModuleRegistry,
  colorSchemeDark,
  themeQuartz,
  type ColDef,
  type GetRowIdParams,
  type GridApi,
  type GridReadyEvent,
  type SelectionChangedEvent,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { reliabilityLabel } from '../../shared/grades/reliability';
import type { SourceSummary } from '../../shared/api/types';
import { formatDateTime } from '../ui/formatDateTime';
import { usePrefersDark } from '../ui/usePrefersDark';
import { sourcesStrings as s } from './sourcesStrings';

// Community modules only: no enterprise features, no licence key.
ModuleRegistry.registerModules([AllCommunityModule]);

// The app's own font stack, never Google Fonts (the app is offline).
const baseParams = { fontFamily: 'inherit', fontSize: 14, headerFontWeight: 600, accentColor: '#2f6fde' } as const;
const lightTheme = themeQuartz.withParams({ ...baseParams, backgroundColor: '#ffffff', foregroundColor: '#1d232b' });
const darkTheme = themeQuartz
  .withPart(colorSchemeDark)
  .withParams({ ...baseParams, accentColor: '#7aa7ff', backgroundColor: '#1b2028', foregroundColor: '#e4e8ee' });

/** Sorts ISO timestamps and filters them by calendar day. */
function compareDay(filterDate: Date, cellValue: string): number {
  const cell = new Date(cellValue);
  const day = new Date(cell.getFullYear(), cell.getMonth(), cell.getDate()).getTime();
  return day === filterDate.getTime() ? 0 : day < filterDate.getTime() ? -1 : 1;
}

const columns: ColDef<SourceSummary>[] = [
  { field: 'title', headerName: s.columns.title, flex: 3, minWidth: 200, filter: 'agTextColumnFilter', tooltipField: 'title' },
  { field: 'outlet', headerName: s.columns.outlet, flex: 1.5, minWidth: 120, filter: 'agTextColumnFilter' },
  { field: 'published', headerName: s.columns.published, width: 140, filter: 'agTextColumnFilter' },
  {
    field: 'createdAt',
    headerName: s.columns.added,
    width: 200,
    valueFormatter: (p) => (p.value ? formatDateTime(p.value) : ''),
    filter: 'agDateColumnFilter',
    filterParams: { comparator: compareDay },
    sort: 'desc',
  },
  {
    field: 'annotationCount',
    headerName: s.columns.highlights,
    width: 145,
    type: 'numericColumn',
    filter: 'agNumberColumnFilter',
  },
  {
    field: 'reliability',
    headerName: s.columns.reliability,
    flex: 1.5,
    minWidth: 150,
    filter: 'agTextColumnFilter',
    valueFormatter: (p) => (p.value ? `${p.value} — ${reliabilityLabel(p.value)}` : ''),
    tooltipValueGetter: (p) => (p.value ? reliabilityLabel(p.value) : ''),
  },
];

const defaultColDef: ColDef<SourceSummary> = { sortable: true, resizable: true, filter: true };
const getRowId = (p: GetRowIdParams<SourceSummary>) => p.data.id;

interface Props {
  rows: SourceSummary[];
  selectedId: string | null;
  quickFilter: string;
  onSelect: (sourceId: string) => void;
}

/** The list of sources: sortable, filterable, resizable; choosing a row opens it in the reader. */
export const SourceGrid = memo(function SourceGrid({ rows, selectedId, quickFilter, onSelect }: Props) {
  const dark = usePrefersDark();
  const apiRef = useRef<GridApi<SourceSummary> | null>(null);
  const selectedRef = useRef(selectedId);
  const onSelectRef = useRef(onSelect);
  // Grid callbacks are registered once; they read the latest props through these refs.
  useLayoutEffect(() => {
    selectedRef.current = selectedId;
    onSelectRef.current = onSelect;
  });

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

  const onSelectionChanged = useCallback((e: SelectionChangedEvent<SourceSummary>) => {
    if (e.source === 'api') return;
    const row = e.api.getSelectedRows()[0];
    if (row && row.id !== selectedRef.current) onSelectRef.current(row.id);
  }, []);

  // Enter on a focused row opens it, like a click (Space already does, through the grid).
  const onKeyDown = useCallback((event: KeyboardEvent<HTMLDivElement>) => {
    const api = apiRef.current;
    if (event.key !== 'Enter' || !api) return;
    const cell = api.getFocusedCell();
    const node = cell ? api.getDisplayedRowAtIndex(cell.rowIndex) : undefined;
    if (node?.data && node.data.id !== selectedRef.current) onSelectRef.current(node.data.id);
  }, []);

  const rowSelection = useMemo(
    () => ({ mode: 'singleRow' as const, checkboxes: false, enableClickSelection: true }),
    [],
  );

  return (
    <div className="source-grid" onKeyDownCapture={onKeyDown}>
      <AgGridReact<SourceSummary>
        theme={dark ? darkTheme : lightTheme}
        loadThemeGoogleFonts={false}
        rowData={rows}
        columnDefs={columns}
        defaultColDef={defaultColDef}
        getRowId={getRowId}
        rowSelection={rowSelection}
        quickFilterText={quickFilter}
        onGridReady={onGridReady}
        onSelectionChanged={onSelectionChanged}
        tooltipShowDelay={500}
        enableCellTextSelection={false}
        suppressCellFocus={false}
        animateRows={false}
      />
    </div>
  );
});
