import {
  type CellEditRequestEvent,
  type ColDef,
  type FirstDataRenderedEvent,
  type FocusGridInnerElementParams,
  type GetRowIdParams,
  type GridApi,
  type GridReadyEvent,
  type RowDataUpdatedEvent,
  type SelectionChangedEvent,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { ClaimRow } from '../../shared/api/types';
import { admiraltyGrade } from '../../shared/grades/admiraltyGrade';
import { useDataGridTheme } from '../ui/dataGridTheme';
import { noMatchesOverlay } from '../ui/GridNoMatches';
import { claimColumns, editableFields, type EditableField } from './claimColumns';
import { readClaimColumnPrefs, writeClaimColumnPrefs } from './claimColumnPrefs';
import { claimsStrings as s } from './claimsStrings';


const defaultColDef: ColDef<ClaimRow> = { sortable: true, resizable: true, floatingFilter: true, suppressHeaderMenuButton: false };
const getRowId = (p: GetRowIdParams<ClaimRow>) => p.data.id;
// Tab and Shift+Tab leave the grid (one tab stop, like the sources list); arrows move inside it.
const leaveOnTab = () => false as const;
const isEditable = (colId: string | undefined): colId is EditableField => (editableFields as readonly string[]).includes(colId ?? '');

export interface ClaimGridProps {
  rows: ClaimRow[];
  /** The rows are still on their way (the grid shows its loading overlay). */
  loading?: boolean;
  /**
   * False while `rows` are the first screenful only: the header (sorting, filters) is inert and the
   * quick search waits until the whole list is in, so that neither works on part of it.
   */
  complete?: boolean;
  selectedId: string | null;
  quickFilter: string;
  /** Column choice and widths are remembered under this project. */
  projectId: string;
  /** A row was chosen; `fromKeyboard` when with Enter, so the panel can take focus. */
  onSelect: (claimId: string, fromKeyboard: boolean) => void;
  /** An in-place edit; resolves false when saving failed (the cell then shows the old value again). */
  onEdit: (row: ClaimRow, field: EditableField, value: ClaimRow[EditableField]) => Promise<boolean>;
  onGridApi?: (api: GridApi<ClaimRow> | null) => void;
  /** How many rows the column filters and the quick search leave. */
  onShownCount?: (count: number) => void;
  /** Id of a text that explains the grid's keys to screen readers. */
  helpId?: string;
  /** "Clear filters" where no claim matches: the grid clears its column filters, this the search outside it. */
  onClearFilters?: () => void;
}

/**
 * The claims grid: sort, per-column filters, quick search, in-place editing
 * of status and grades (saved at once), column choice and widths remembered.
 */
export const ClaimGrid = memo(function ClaimGrid({
  rows,
  loading = false,
  complete = true,
  selectedId,
  quickFilter,
  projectId,
  onSelect,
  onEdit,
  onGridApi,
  onShownCount,
  helpId,
  onClearFilters,
}: ClaimGridProps) {
  const theme = useDataGridTheme();
  const wrapperRef = useRef<HTMLDivElement>(null);
  const apiRef = useRef<GridApi<ClaimRow> | null>(null);
  const latest = useRef({ selectedId, onSelect, onEdit, onShownCount, projectId, complete, loading, onClearFilters });
  // Grid callbacks are registered once; they read the latest props through this ref.
  useLayoutEffect(() => {
    latest.current = { selectedId, onSelect, onEdit, onShownCount, projectId, complete, loading, onClearFilters };
  });
  const overlayComponentSelector = useMemo(
    () => noMatchesOverlay(() => ({ message: s.noMatchingClaims, onClear: () => latest.current.onClearFilters?.() })),
    [],
  );

  // AG Grid has no switch for "not yet": the header is made inert (no clicks, no focus) and the grid busy.
  const syncComplete = useCallback(() => {
    const wrapper = wrapperRef.current;
    const waiting = !latest.current.complete;
    wrapper?.querySelector('.ag-header')?.toggleAttribute('inert', waiting);
    const grid = wrapper?.querySelector('[role="grid"], [role="treegrid"]');
    if (waiting) grid?.setAttribute('aria-busy', 'true');
    else grid?.removeAttribute('aria-busy');
  }, []);
  useEffect(syncComplete, [complete, syncComplete]);

  const syncSelection = useCallback(() => {
    const api = apiRef.current;
    if (!api) return;
    const id = latest.current.selectedId;
    if (!id) {
      if (api.getSelectedNodes().length > 0) api.deselectAll('all', 'api');
      return;
    }
    const node = api.getRowNode(id);
    if (node && !node.isSelected()) {
      node.setSelected(true, true, 'api');
      api.ensureNodeVisible(node);
    }
  }, []);

  useEffect(syncSelection, [selectedId, rows, syncSelection]);

  useEffect(() => () => onGridApi?.(null), [onGridApi]);

  const onGridReady = useCallback(
    (e: GridReadyEvent<ClaimRow>) => {
      apiRef.current = e.api;
      const prefs = readClaimColumnPrefs(latest.current.projectId);
      if (prefs) e.api.applyColumnState({ state: prefs, applyOrder: true });
      // AG Grid gives its grid element no name of its own.
      const grid = wrapperRef.current?.querySelector('[role="grid"], [role="treegrid"]');
      grid?.setAttribute('aria-label', s.gridLabel);
      if (helpId) grid?.setAttribute('aria-describedby', helpId);
      onGridApi?.(e.api);
      syncSelection();
      syncComplete();
    },
    [onGridApi, syncSelection, syncComplete, helpId],
  );

  const saveColumns = useCallback(() => {
    const api = apiRef.current;
    if (api) writeClaimColumnPrefs(latest.current.projectId, api.getColumnState());
  }, []);

  // Tabbing into the grid lands on the chosen row (else the first), not on the first header.
  const focusGridInnerElement = useCallback((p: FocusGridInnerElementParams<ClaimRow>) => {
    const node = latest.current.selectedId ? p.api.getRowNode(latest.current.selectedId) : undefined;
    const index = node?.displayed && node.rowIndex !== null ? node.rowIndex : p.api.getDisplayedRowCount() > 0 ? 0 : null;
    const column = p.api.getAllDisplayedColumns()[0];
    if (index === null || !column) return false;
    p.api.ensureIndexVisible(index);
    p.api.setFocusedCell(index, column);
    return true;
  }, []);

  const onSelectionChanged = useCallback((e: SelectionChangedEvent<ClaimRow>) => {
    if (e.source === 'api') return;
    const row = e.api.getSelectedRows()[0];
    if (row && row.id !== latest.current.selectedId) latest.current.onSelect(row.id, false);
  }, []);

  const onCellEditRequest = useCallback(async (e: CellEditRequestEvent<ClaimRow>) => {
    const field = e.colDef.colId;
    const row = e.data;
    if (!row || !isEditable(field) || e.newValue === e.oldValue || e.newValue === undefined || e.newValue === null) return;
    const value = (field === 'credibility' ? Number(e.newValue) : e.newValue) as ClaimRow[EditableField];
    const edited = { ...row, [field]: value };
    edited.grade = admiraltyGrade(edited.reliability, edited.credibility);
    // Shown at once; the saved claim replaces it when the list comes back.
    e.api.applyTransaction({ update: [edited] });
    const saved = await latest.current.onEdit(row, field, value);
    if (!saved && apiRef.current) apiRef.current.applyTransaction({ update: [row] });
  }, []);

  // Enter on a cell that is not edited in place opens the claim (and the panel takes focus).
  const onKeyDown = useCallback((event: KeyboardEvent<HTMLDivElement>) => {
    const api = apiRef.current;
    if (event.key !== 'Enter' || !api || event.altKey || event.ctrlKey || event.metaKey) return;
    if (!(event.target instanceof HTMLElement) || !event.target.closest('.ag-cell')) return;
    const cell = api.getFocusedCell();
    if (!cell || isEditable(cell.column.getColId()) || api.getEditingCells().length > 0) return;
    const node = api.getDisplayedRowAtIndex(cell.rowIndex);
    if (!node?.data) return;
    event.preventDefault();
    event.stopPropagation();
    node.setSelected(true, true, 'api');
    latest.current.onSelect(node.data.id, true);
  }, []);

  const onModelUpdated = useCallback(() => {
    const api = apiRef.current;
    if (api) latest.current.onShownCount?.(api.getDisplayedRowCount());
  }, []);

  // For the benchmark and for anyone profiling: when the first rows are on screen, and when all of them are in.
  const onFirstDataRendered = useCallback((e: FirstDataRenderedEvent<ClaimRow>) => {
    performance.mark('dossier:claims-grid-ready', { detail: { rows: e.api.getDisplayedRowCount() } });
    if (latest.current.complete && !latest.current.loading) performance.mark('dossier:claims-grid-complete', { detail: { rows: e.api.getDisplayedRowCount() } });
  }, []);
  const onRowDataUpdated = useCallback((e: RowDataUpdatedEvent<ClaimRow>) => {
    if (latest.current.complete && !latest.current.loading) performance.mark('dossier:claims-grid-complete', { detail: { rows: e.api.getDisplayedRowCount() } });
  }, []);

  const rowSelection = useMemo(() => ({ mode: 'singleRow' as const, checkboxes: false, enableClickSelection: true }), []);

  return (
    <div className="claim-grid" ref={wrapperRef} onKeyDownCapture={onKeyDown}>
      <AgGridReact<ClaimRow>
        theme={theme}
        loadThemeGoogleFonts={false}
        rowData={rows}
        loading={loading}
        overlayComponentSelector={overlayComponentSelector}
        columnDefs={claimColumns}
        defaultColDef={defaultColDef}
        getRowId={getRowId}
        rowSelection={rowSelection}
        quickFilterText={complete ? quickFilter : ''}
        cacheQuickFilter
        enableFilterHandlers
        readOnlyEdit
        stopEditingWhenCellsLoseFocus
        onCellEditRequest={onCellEditRequest}
        onGridReady={onGridReady}
        onSelectionChanged={onSelectionChanged}
        onModelUpdated={onModelUpdated}
        onFirstDataRendered={onFirstDataRendered}
        onRowDataUpdated={onRowDataUpdated}
        focusGridInnerElement={focusGridInnerElement}
        tabToNextCell={leaveOnTab}
        tabToNextHeader={leaveOnTab}
        onColumnResized={(e) => e.finished && saveColumns()}
        onColumnMoved={(e) => e.finished && saveColumns()}
        onColumnVisible={saveColumns}
        onSortChanged={saveColumns}
        tooltipShowDelay={500}
        enableCellTextSelection={false}
        animateRows={false}
        // A dozen columns: every cell of a shown row is in the page (screen readers, find in page); rows stay virtual.
        suppressColumnVirtualisation
      />
    </div>
  );
});
