import {
  AllCommunityModule,
  ModuleRegistry,
  colorSchemeDark,
  themeQuartz,
  type ColDef,
  type GetRowIdParams,
  type GridApi,
  type GridReadyEvent,
  type ICellRendererParams,
  type SelectionChangedEvent,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { memo, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, type KeyboardEvent, type Ref } from 'react';
import type { EntitySummary } from '../../shared/api/types';
import { usePrefersDark } from '../ui/usePrefersDark';
import { entitiesStrings as s } from './entitiesStrings';

// Community modules only: no enterprise features, no licence key.
ModuleRegistry.registerModules([AllCommunityModule]);

// Same look as the sources list; the app's own fonts, never Google Fonts (the app is offline).
const baseParams = { fontFamily: 'inherit', fontSize: 14, headerFontWeight: 600, accentColor: '#2f6fde' } as const;
const lightTheme = themeQuartz.withParams({ ...baseParams, backgroundColor: '#ffffff', foregroundColor: '#1d232b' });
const darkTheme = themeQuartz
  .withPart(colorSchemeDark)
  .withParams({ ...baseParams, accentColor: '#7aa7ff', backgroundColor: '#1b2028', foregroundColor: '#e4e8ee' });

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

const columns: ColDef<EntitySummary>[] = [
  {
    field: 'name',
    headerName: s.columns.name,
    flex: 2.4,
    minWidth: 150,
    cellRenderer: NameCell,
    // The cell also shows the conflict marker, which changes while the name stays the same.
    equals: () => false,
    comparator: (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }),
  },
  {
    field: 'kind',
    headerName: s.columns.kind,
    width: 112,
    valueFormatter: (p) => (p.value ? s.kinds[p.value as EntitySummary['kind']] : ''),
  },
  {
    colId: 'aliases',
    headerName: s.columns.aliases,
    flex: 1.5,
    minWidth: 110,
    valueGetter: (p) => p.data?.aliases.join(', ') ?? '',
    tooltipValueGetter: (p) => p.data?.aliases.join(', ') ?? '',
  },
  { field: 'mentionCount', headerName: s.columns.mentions, width: 112, type: 'numericColumn' },
  { field: 'claimCount', headerName: s.columns.claims, width: 92, type: 'numericColumn' },
];

// Filtering is the toolbar's (name, alias and kind, diacritic-insensitive); header filter buttons would only take room from the names.
const defaultColDef: ColDef<EntitySummary> = { sortable: true, resizable: true, filter: false };
const getRowId = (p: GetRowIdParams<EntitySummary>) => p.data.id;

export interface EntityGridHandle {
  /** Puts keyboard focus on the selected row (or the first one). */
  focus(): void;
}

interface Props {
  rows: EntitySummary[];
  selectedId: string | null;
  onSelect: (entityId: string) => void;
  ref?: Ref<EntityGridHandle>;
}

/** The registry as a grid: sortable and resizable; choosing a row opens the entity page. */
export const EntityGrid = memo(function EntityGrid({ rows, selectedId, onSelect, ref }: Props) {
  const dark = usePrefersDark();
  const boxRef = useRef<HTMLDivElement>(null);
  const apiRef = useRef<GridApi<EntitySummary> | null>(null);
  const selectedRef = useRef(selectedId);
  const onSelectRef = useRef(onSelect);
  // Grid callbacks are registered once; they read the latest props through these refs.
  useLayoutEffect(() => {
    selectedRef.current = selectedId;
    onSelectRef.current = onSelect;
  });

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
    focus() {
      const api = apiRef.current;
      if (!api || api.getDisplayedRowCount() === 0) return;
      const node = selectedRef.current ? api.getRowNode(selectedRef.current) : undefined;
      const rowIndex = node?.rowIndex ?? 0;
      const column = api.getAllDisplayedColumns()[0];
      if (!column) return;
      api.ensureIndexVisible(rowIndex);
      api.setFocusedCell(rowIndex, column);
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

  // Enter on a focused row opens it, like a click (Space already does, through the grid).
  const onKeyDown = useCallback((event: KeyboardEvent<HTMLDivElement>) => {
    const api = apiRef.current;
    if (event.key !== 'Enter' || !api) return;
    const cell = api.getFocusedCell();
    const node = cell ? api.getDisplayedRowAtIndex(cell.rowIndex) : undefined;
    if (node?.data && node.data.id !== selectedRef.current) {
      node.setSelected(true, true, 'api');
      onSelectRef.current(node.data.id);
    }
  }, []);

  const rowSelection = useMemo(() => ({ mode: 'singleRow' as const, checkboxes: false, enableClickSelection: true }), []);

  return (
    <div className="entity-grid" ref={boxRef} onKeyDownCapture={onKeyDown}>
      <AgGridReact<EntitySummary>
        theme={dark ? darkTheme : lightTheme}
        loadThemeGoogleFonts={false}
        rowData={rows}
        columnDefs={columns}
        defaultColDef={defaultColDef}
        getRowId={getRowId}
        rowSelection={rowSelection}
        onGridReady={onGridReady}
        onSelectionChanged={onSelectionChanged}
        tooltipShowDelay={500}
        enableCellTextSelection={false}
        animateRows={false}
      />
    </div>
  );
});
