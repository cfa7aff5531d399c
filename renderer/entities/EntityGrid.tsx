import {
  type ColDef,
  type FocusGridInnerElementParams,
  type GetRowIdParams,
  type GridApi,
  type GridReadyEvent,
  type GridSizeChangedEvent,
  type ICellRendererParams,
  type SelectionChangedEvent,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { memo, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, type KeyboardEvent, type Ref } from 'react';
import type { EntitySummary } from '../../shared/api/types';
import { useDataGridTheme } from '../ui/dataGridTheme';
import { entitiesStrings as s } from './entitiesStrings';


function NameCell({ data }: ICellRendererParams<EntitySummary>) {
  if (!data) return null;
  const conflict = data.conflictCount > 0 ? s.conflictMarker(data.conflictCount) : null;
  return (
    <span className="entity-name-cell">
      <span className="entity-name-text">{data.name}</span>
      {conflict && (
        <span className="conflict-marker" title={conflict}>
          <span aria-hidden="true">⚠</span>
          <span className="visually-hidden">{conflict}</span>
        </span>
      )}
    </span>
  );
}

const counts = new Intl.NumberFormat();
const formatCount = (p: { value: number | null | undefined }) => (typeof p.value === 'number' ? counts.format(p.value) : '');

const columns: ColDef<EntitySummary>[] = [
  {
    field: 'name',
    headerName: s.columns.name,
    flex: 2,
    minWidth: 170,
    cellRenderer: NameCell,
    // The cell also shows the conflict marker, which changes while the name stays the same.
    equals: () => false,
    comparator: (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }),
  },
  {
    field: 'kind',
    colId: 'kind',
    headerName: s.columns.kind,
    width: 104,
    valueFormatter: (p) => (p.value ? s.kinds[p.value as EntitySummary['kind']] : ''),
  },
  {
    colId: 'aliases',
    headerName: s.columns.aliases,
    // Aliases are names too: room for one or two of them, not "Gena…".
    flex: 1.6,
    minWidth: 150,
    valueGetter: (p) => p.data?.aliases.join(', ') ?? '',
    tooltipValueGetter: (p) => p.data?.aliases.join(', ') ?? '',
  },
  { field: 'mentionCount', headerName: s.columns.mentions, width: 112, type: 'numericColumn', valueFormatter: formatCount },
  { field: 'claimCount', headerName: s.columns.claims, width: 92, type: 'numericColumn', valueFormatter: formatCount },
];

// Filtering is the toolbar's (name, alias and kind, diacritic-insensitive); header filter buttons would only take room from the names.
const defaultColDef: ColDef<EntitySummary> = { sortable: true, resizable: true, filter: false };
const getRowId = (p: GetRowIdParams<EntitySummary>) => p.data.id;
// Tab and Shift+Tab leave the grid (one tab stop, like a list); arrows move inside it.
const leaveOnTab = () => false as const;

/** In a narrow list the aliases, then the kind, make way for names and counts (the page shows both). */
function fitColumns(e: GridSizeChangedEvent<EntitySummary>): void {
  e.api.setColumnsVisible(['aliases'], e.clientWidth >= 640);
  e.api.setColumnsVisible(['kind'], e.clientWidth >= 440);
}

/** Focuses the chosen row, else the first; false when there is no row. */
function focusRow(api: GridApi<EntitySummary>, selectedId: string | null): boolean {
  const node = selectedId ? api.getRowNode(selectedId) : undefined;
  const index = node?.displayed && node.rowIndex !== null ? node.rowIndex : api.getDisplayedRowCount() > 0 ? 0 : null;
  if (index === null) return false;
  api.ensureIndexVisible(index);
  api.setFocusedCell(index, 'name');
  return true;
}

export interface EntityGridHandle {
  /**
   * Puts keyboard focus on the chosen row (or the first one). With `choose`, that row is also chosen
   * (↓ or Enter from the filter), so the single-key shortcuts such as M act on the row with the focus ring.
   */
  focus(options?: { choose?: boolean }): void;
}

interface Props {
  rows: EntitySummary[];
  selectedId: string | null;
  /** Opens an entity; with focus, keyboard focus goes on to its page (Enter). */
  onSelect: (entityId: string, options?: { focus?: boolean }) => void;
  /** Changes when focus should move into the list (the nav, Ctrl/Cmd+digit). */
  focusNonce?: number;
  onFocused?: () => void;
  ref?: Ref<EntityGridHandle>;
}

/** The registry as a grid: sortable and resizable; choosing a row opens the entity page. */
export const EntityGrid = memo(function EntityGrid({ rows, selectedId, onSelect, focusNonce, onFocused, ref }: Props) {
  const theme = useDataGridTheme();
  const boxRef = useRef<HTMLDivElement>(null);
  const apiRef = useRef<GridApi<EntitySummary> | null>(null);
  const selectedRef = useRef(selectedId);
  const onSelectRef = useRef(onSelect);
  const onFocusedRef = useRef(onFocused);
  const pendingFocus = useRef<number | undefined>(undefined);
  // Grid callbacks are registered once; they read the latest props through these refs.
  useLayoutEffect(() => {
    selectedRef.current = selectedId;
    onSelectRef.current = onSelect;
    onFocusedRef.current = onFocused;
  });

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

  const syncSelection = useCallback(() => {
    const api = apiRef.current;
    if (!api) return;
    const id = selectedRef.current;
    const node = id ? api.getRowNode(id) : undefined;
    if (!node) {
      api.deselectAll('all', 'api');
      return;
    }
    if (!node.isSelected()) {
      node.setSelected(true, true, 'api');
      api.ensureNodeVisible(node);
    }
  }, []);

  useEffect(syncSelection, [selectedId, rows, syncSelection]);

  useImperativeHandle(ref, () => ({
    focus(options) {
      const api = apiRef.current;
      if (!api || !focusRow(api, selectedRef.current) || !options?.choose) return;
      const cell = api.getFocusedCell();
      const node = cell ? api.getDisplayedRowAtIndex(cell.rowIndex) : undefined;
      if (!node?.data) return;
      if (!node.isSelected()) node.setSelected(true, true, 'api');
      if (node.data.id !== selectedRef.current) onSelectRef.current(node.data.id);
    },
  }));

  const onGridReady = useCallback(
    (e: GridReadyEvent<EntitySummary>) => {
      apiRef.current = e.api;
      // The grid has no option for its accessible name.
      boxRef.current?.querySelector('[role="grid"], [role="treegrid"]')?.setAttribute('aria-label', s.listLabel);
      syncSelection();
    },
    [syncSelection],
  );

  const onSelectionChanged = useCallback((e: SelectionChangedEvent<EntitySummary>) => {
    if (e.source === 'api') return;
    const row = e.api.getSelectedRows()[0];
    if (row && row.id !== selectedRef.current) onSelectRef.current(row.id);
  }, []);

  // Tabbing into the grid lands on the chosen row, not on the first header.
  const focusGridInnerElement = useCallback((p: FocusGridInnerElementParams<EntitySummary>) => focusRow(p.api, selectedRef.current), []);

  // On a row: Enter opens the entity and moves to its page; Space opens it and stays in the list.
  // (The grid's own Space would also deselect the row the page shows.)
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

  const rowSelection = useMemo(() => ({ mode: 'singleRow' as const, checkboxes: false, enableClickSelection: true }), []);

  return (
    <div className="entity-grid" ref={boxRef} onKeyDownCapture={onKeyDown}>
      <AgGridReact<EntitySummary>
        theme={theme}
        loadThemeGoogleFonts={false}
        rowData={rows}
        columnDefs={columns}
        defaultColDef={defaultColDef}
        getRowId={getRowId}
        rowSelection={rowSelection}
        onGridReady={onGridReady}
        onFirstDataRendered={takeFocus}
        onGridSizeChanged={fitColumns}
        onSelectionChanged={onSelectionChanged}
        focusGridInnerElement={focusGridInnerElement}
        tabToNextCell={leaveOnTab}
        tabToNextHeader={leaveOnTab}
        rowHeight={36}
        headerHeight={40}
        tooltipShowDelay={500}
        enableCellTextSelection={false}
        animateRows={false}
      />
    </div>
  );
});
