import type { GridApi } from 'ag-grid-community';
import { useCallback, useContext, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { ClaimRow } from '../../shared/api/types';
import { useApi } from '../api/ApiContext';
import { useMutate, useQuery } from '../api/QueryContext';
import { NavigationContext } from '../app/Navigation';
import { EmptyState } from '../ui/EmptyState';
import { hasModKey, isModalOpen, isTypingTarget, modKeyName } from '../ui/keyboard';
import { useNotices } from '../ui/Notices';
import { ToolbarFilter } from '../ui/ToolbarFilter';
// oxlint-disable-next-line import/no-unassigned-import -- Vite bundles the view's stylesheet with it.
import './claims.css';
import { csvSafe, shorten } from './claimFormat';
import type { EditableField } from './claimColumns';
import { forgetClaimColumnPrefs, readClaimColumnPrefs } from './claimColumnPrefs';
import { claimFirstPageOrder } from './claimFirstPageOrder';
import { ClaimGrid } from './ClaimGrid';
import { ClaimPanel } from './ClaimPanel';
import { claimsStrings as s } from './claimsStrings';
import { CLAIMS_VIEW_ID, useClaimsViewRequests } from './claimsViewRequests';
import { ClaimUndoStack, undoUpdate, valuesBefore, type ClaimRevert, type ClaimUndoEntry } from './claimUndo';
import type { ClaimUndoApi } from './ClaimUndoApi';
import { ColumnChooser } from './ColumnChooser';
import { EntityPicker } from './EntityPicker';
import { useClaimRows } from './useClaimRows';

const NO_ROWS: ClaimRow[] = [];

/**
 * Every claim in a grid, the chosen one in a panel beside it. Edits are saved
 * at once; Ctrl/Cmd+Z takes back the last ones made here.
 */
export function ClaimsView() {
  const id = useId();
  const client = useApi();
  const nav = useContext(NavigationContext);
  const notices = useNotices();
  const mutate = useMutate();
  const project = useQuery('projects.current', {});
  const rootRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const [search, setSearch] = useState('');
  const [quickFilter, setQuickFilter] = useState('');
  const [aboutId, setAboutId] = useState<string | null>(null);
  // The name of the entity picked in the toolbar, shown until the entity list (asked for then) names it.
  const [pickedName, setPickedName] = useState<{ id: string; name: string } | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [panelFocus, setPanelFocus] = useState(0);
  const [gridApi, setGridApi] = useState<GridApi<ClaimRow> | null>(null);
  const [shown, setShown] = useState<number | null>(null);
  const [gridKey, setGridKey] = useState(0);

  const projectId = nav?.projectId ?? project.data?.id ?? null;
  // The first screenful is asked for in the order the grid will show (its live sort, or the remembered one).
  const firstPageOrderKey = JSON.stringify(
    projectId === null ? null : claimFirstPageOrder(gridApi ? gridApi.getColumnState() : readClaimColumnPrefs(projectId)),
  );
  const firstPageOrder = useMemo(() => JSON.parse(firstPageOrderKey) as ReturnType<typeof claimFirstPageOrder>, [firstPageOrderKey]);
  const claims = useClaimRows(aboutId, projectId === null ? null : firstPageOrder);
  // Only to name the entity the list is filtered by: not asked for ahead of the claims otherwise.
  const entities = useQuery('entities.list', aboutId ? {} : null);
  // While another filter loads, the rows of the last one stay (no flash of an empty grid).
  const [lastRows, setLastRows] = useState<ClaimRow[]>(NO_ROWS);
  if (claims.rows && claims.rows !== lastRows) setLastRows(claims.rows);
  const rows = claims.rows ?? lastRows;
  const aboutName = aboutId
    ? (entities.data?.find((e) => e.id === aboutId)?.name ?? (pickedName?.id === aboutId ? pickedName.name : '…'))
    : null;

  // Quick search over 50,000 rows: wait for a pause in typing.
  useEffect(() => {
    const timer = setTimeout(() => setQuickFilter(search.trim()), rows.length > 5000 ? 200 : 0);
    return () => clearTimeout(timer);
  }, [search, rows.length]);

  const stack = useMemo(() => new ClaimUndoStack(), []);
  const lastEdit = useSyncExternalStore(stack.subscribe, () => stack.peek());

  const applyRevert = useCallback(
    async (revert: ClaimRevert) => {
      switch (revert.method) {
        case 'claims.update':
          return void (await mutate('claims.update', revert.input));
        case 'claims.cite':
          return void (await mutate('claims.cite', revert.input));
        case 'claims.uncite':
          return void (await mutate('claims.uncite', revert.input));
        case 'claims.link':
          return void (await mutate('claims.link', revert.input));
        case 'claims.unlink':
          return void (await mutate('claims.unlink', revert.input));
        case 'trash.restore':
          return void (await mutate('trash.restore', revert.input));
      }
    },
    [mutate],
  );

  const revert = useCallback(
    async (entry: ClaimUndoEntry) => {
      stack.remove(entry);
      try {
        await applyRevert(entry.revert);
        notices.notify(s.undone(entry.description));
        if (entry.revert.method === 'trash.restore') setSelectedId(entry.claimId);
      } catch (error) {
        notices.reportError(error);
      }
    },
    [applyRevert, notices, stack],
  );

  const undoLast = useCallback(() => {
    const entry = stack.peek();
    if (entry) void revert(entry);
    else notices.notify(s.nothingToUndo);
  }, [revert, stack, notices]);

  const undo = useMemo<ClaimUndoApi>(() => ({ push: (entry) => stack.push(entry), revert }), [stack, revert]);

  const onEdit = useCallback(
    async (row: ClaimRow, field: EditableField, value: ClaimRow[EditableField]) => {
      const patch = { [field]: value };
      const before = valuesBefore(row, patch);
      try {
        await mutate('claims.update', { id: row.id, ...patch });
        stack.push(undoUpdate(row.id, s.editOf(s.edits[field], shorten(row.statement, 40)), before));
        return true;
      } catch (error) {
        notices.reportError(error);
        return false;
      }
    },
    [mutate, notices, stack],
  );

  const onSelect = useCallback((claimId: string, fromKeyboard: boolean) => {
    setSelectedId(claimId);
    if (fromKeyboard) setPanelFocus((n) => n + 1);
  }, []);

  const openClaim = useCallback((claimId: string) => {
    setSelectedId(claimId);
    setPanelFocus((n) => n + 1);
  }, []);

  const closePanel = useCallback(() => {
    const api = gridApi;
    const closing = selectedId;
    setSelectedId(null);
    // Back to the row the panel showed, so the keyboard carries on from there.
    const node = api && closing ? api.getRowNode(closing) : undefined;
    if (api && node && node.rowIndex !== null) {
      api.ensureIndexVisible(node.rowIndex);
      const column = api.getFocusedCell()?.column ?? api.getAllDisplayedColumns()[0];
      if (column) api.setFocusedCell(node.rowIndex, column);
    } else {
      searchRef.current?.focus();
    }
  }, [gridApi, selectedId]);

  // Shown from the nav or Ctrl/Cmd+digit: the keyboard lands on the grid's first row (or the search box).
  // The shell first puts focus on the view's heading and marks the request done; the rows may come later.
  const focusRequest = nav?.focusRequest?.view === CLAIMS_VIEW_ID && nav.focusRequest.target === 'view' ? nav.focusRequest : null;
  const [focusWanted, setFocusWanted] = useState<number | null>(null);
  const [focusSeen, setFocusSeen] = useState<number | null>(null);
  if (focusRequest && focusRequest.nonce !== focusSeen) {
    setFocusSeen(focusRequest.nonce);
    setFocusWanted(focusRequest.nonce);
  }
  const ready = claims.rows !== undefined || claims.error !== undefined;
  const rowCount = claims.rows?.length ?? 0;
  const focusDone = nav?.focusDone;
  useEffect(() => {
    if (focusWanted === null || !ready || (rowCount > 0 && !gridApi)) return;
    const timer = setTimeout(() => {
      setFocusWanted(null);
      focusDone?.({ view: CLAIMS_VIEW_ID, target: 'view', nonce: focusWanted });
      // Not if the analyst has already gone somewhere else.
      const active = document.activeElement;
      if (active && active !== document.body && !active.matches('.claims-view h1')) return;
      const column = gridApi?.getAllDisplayedColumns()[0];
      if (gridApi && column && gridApi.getDisplayedRowCount() > 0) {
        gridApi.ensureIndexVisible(0);
        gridApi.setFocusedCell(0, column);
      } else searchRef.current?.focus();
    }, 0);
    return () => clearTimeout(timer);
  }, [focusWanted, ready, gridApi, focusDone, rowCount]);

  useClaimsViewRequests((request) => {
    if (request.entityId !== undefined) setAboutId(request.entityId);
    if (request.claimId) openClaim(request.claimId);
    // Claims about an entity, from its page: the keyboard goes on in the grid.
    else setFocusWanted(Date.now());
  });

  // Ctrl/Cmd+Z undoes the last claim edit; "/" goes to the search box. Only while this view shows.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (nav && nav.view !== CLAIMS_VIEW_ID) return;
      if (isModalOpen() || isTypingTarget(event.target)) return;
      const inView = event.target === document.body || (event.target instanceof Node && rootRef.current?.contains(event.target));
      if (!inView) return;
      if (hasModKey(event) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'z') {
        if (gridApi && gridApi.getEditingCells().length > 0) return;
        event.preventDefault();
        undoLast();
      } else if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [nav, gridApi, undoLast]);

  const exportCsv = async () => {
    if (!gridApi) return;
    const csv = gridApi.getDataAsCsv({
      processCellCallback: (p) => {
        const colId = p.column.getColId();
        if (colId === 'createdAt' || colId === 'updatedAt') return p.value;
        if (colId === 'evidence') return p.value === 'missing' ? s.missingEvidence : '';
        return csvSafe(String(p.formatValue(p.value) ?? ''));
      },
    });
    try {
      // A byte-order mark so that spreadsheet programs read the names as UTF-8.
      const saved = await client.shell.saveFile(s.csvFileName(project.data?.name ?? ''), `\uFEFF${csv ?? ''}`, 'text/csv');
      if (saved) notices.notify(s.exported(gridApi.getDisplayedRowCount()));
    } catch (error) {
      notices.reportError(error);
    }
  };

  const clearSearch = useCallback(() => {
    setSearch('');
    setQuickFilter('');
  }, []);

  const resetColumns = () => {
    const currentId = project.data?.id;
    if (currentId) forgetClaimColumnPrefs(currentId);
    setGridKey((k) => k + 1);
  };

  const total = claims.rows ? claims.total : rows.length;
  // Until the whole list is in, the grid shows its first screenful and waits with sorting, filters and search.
  const complete = claims.rows === undefined || claims.complete;

  // The grid is set up while the list is on its way: with 50,000 claims both take a while.
  const loading = claims.rows === undefined && lastRows === NO_ROWS;
  let body;
  if (loading && claims.error) {
    body = (
      <div className="reader-message" role="alert">
        {claims.error.message}
      </div>
    );
  } else if (!loading && total === 0 && !aboutId) {
    body = (
      <EmptyState title={s.emptyTitle}>
        <p>{s.emptyBody}</p>
      </EmptyState>
    );
  } else {
    body = (
      <div className={`claims-body${selectedId ? ' with-panel' : ''}`}>
        <div className="claims-grid-pane">
          <p id={`${id}-help`} className="visually-hidden">
            {s.gridHelp}
          </p>
          {!loading && total === 0 && aboutName ? (
            <EmptyState title={s.emptyFilteredTitle}>
              <p>{s.emptyFilteredBody(aboutName)}</p>
              <button type="button" onClick={() => setAboutId(null)}>
                {s.clearEntityFilter}
              </button>
            </EmptyState>
          ) : (
            projectId && (
              <ClaimGrid
                key={gridKey}
                rows={rows}
                loading={loading}
                complete={complete}
                selectedId={selectedId}
                quickFilter={quickFilter}
                projectId={projectId}
                onSelect={onSelect}
                onEdit={onEdit}
                onGridApi={setGridApi}
                onShownCount={setShown}
                helpId={`${id}-help`}
                onClearFilters={clearSearch}
              />
            )
          )}
        </div>
        {selectedId && <ClaimPanel key={selectedId} claimId={selectedId} onClose={closePanel} onOpenClaim={openClaim} undo={undo} focusRequest={panelFocus} />}
      </div>
    );
  }

  return (
    <div className="view claims-view" ref={rootRef}>
      <div className="view-toolbar claims-toolbar">
        <h1 className="view-title">
          {s.viewTitle} {claims.rows && complete && <span className="count">{s.shownCount(shown ?? total, total)}</span>}
        </h1>
        <span className="claims-loading-rest" role="status">
          {complete ? '' : s.loadingAll(total)}
        </span>
        <ToolbarFilter className="claims-search" label={s.searchLabel} placeholder={s.searchPlaceholder} value={search} onChange={setSearch} inputRef={searchRef} />
        {aboutId ? (
          <span className="about-chip">
            {s.aboutChip(aboutName ?? '')}
            <button type="button" className="icon-button" aria-label={s.removeAboutFilter(aboutName ?? '')} title={s.removeAboutFilter(aboutName ?? '')} onClick={() => setAboutId(null)}>
              ×
            </button>
          </span>
        ) : (
          <EntityPicker
            className="about-picker"
            label={s.aboutLabel}
            hideLabel
            placeholder={s.aboutPlaceholder}
            onPick={(choice) => {
              if (choice.type !== 'entity') return;
              setPickedName({ id: choice.entity.id, name: choice.entity.name });
              setAboutId(choice.entity.id);
            }}
          />
        )}
        <div className="toolbar-actions">
          <button type="button" disabled={!lastEdit} title={s.undoTitle(modKeyName, lastEdit?.description ?? null)} onClick={undoLast}>
            {s.undo}
          </button>
          <ColumnChooser api={gridApi} onReset={resetColumns} />
          <button type="button" disabled={!gridApi || total === 0 || !complete} onClick={() => void exportCsv()}>
            {s.exportCsv}
          </button>
        </div>
      </div>
      {body}
    </div>
  );
}
