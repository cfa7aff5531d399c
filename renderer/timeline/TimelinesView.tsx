import type { GridApi } from 'ag-grid-community';
import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { EVENT_ROW, type EventType, type ImportPreview, type TimelineFileFormat } from '../../shared/api/timelineTypes';
import { useApi } from '../api/ApiContext';
import { ownWrite } from './ownWrites';
import { pickFilesWithInput } from '../api/pickFilesWithInput';
import { readFileAsBase64 } from '../api/readFileAsBase64';
import { NavigationContext } from '../app/Navigation';
import { EmptyState } from '../ui/EmptyState';
import { hasModKey, isModalOpen, isTypingTarget, modKeyName } from '../ui/keyboard';
import { useNotices } from '../ui/Notices';
import { ToolbarFilter } from '../ui/ToolbarFilter';
import { useContext } from 'react';
// oxlint-disable-next-line import/no-unassigned-import -- Vite bundles the view's stylesheet with it.
import './timelines.css';
import { excerpt } from '../annotations/excerpt';
import { compareByDate, rowId, rowTitle, sameDateKeys, type EventRow } from './eventRows';
import { EventTypesDialog } from './EventTypesDialog';
import { UndoRedoStack, type UndoStep } from './eventUndo';
import { EvidenceDialog } from './EvidenceDialog';
import { ImportDialog } from './ImportDialog';
import { PasteDialog } from './PasteDialog';
import { pastedEvents, type PastedEvents } from './pastedRows';
import type { TimelineAxisHandle } from './axis/TimelineAxis';
import { TimelineAxisPane } from './TimelineAxisPane';
import type { EditableField } from './timelineColumns';
import { TimelineGrid } from './TimelineGrid';
import type { SectionMode, TimelineGridContext } from './timelineGridContext';
import { TimelineSideList } from './TimelineSideList';
import { writeCurrentTimeline } from './currentTimeline';
import { timelineStrings as s } from './timelineStrings';
import { useEventMutate } from './useEventMutate';
import { useEventRows } from './useEventRows';
import { useQuery } from '../api/QueryContext';
import { useTimelinesViewRequests } from './timelinesViewRequests';
import { foldName } from '../../shared/entities/foldName';

/** The Timelines view's id in renderer/app/views.tsx. */
export const TIMELINES_VIEW_ID = 'timelines';

const NO_ROWS: EventRow[] = [];
const NO_TYPES: EventType[] = [];

const FIELD_POSITION: Record<EditableField, number> = {
  dateEdtf: EVENT_ROW.dateEdtf,
  title: EVENT_ROW.title,
  typeId: EVENT_ROW.typeId,
  placeEntityId: EVENT_ROW.placeEntityId,
  entityIds: EVENT_ROW.entityIds,
  description: EVENT_ROW.description,
  timelineIds: EVENT_ROW.timelineIds,
};

/**
 * Timelines: "All events" and the analyst's timelines beside a grid of
 * events (the visual axis above it). Edits are saved at once; Ctrl/Cmd+Z and
 * Ctrl/Cmd+Shift+Z undo and redo them.
 */
export function TimelinesView() {
  const id = useId();
  const client = useApi();
  const nav = useContext(NavigationContext);
  const notices = useNotices();
  const mutate = useEventMutate();
  const rootRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const axisRef = useRef<TimelineAxisHandle>(null);

  const list = useQuery('timelines.list', {});
  const typesQuery = useQuery('eventTypes.list', {});
  const entitiesQuery = useQuery('entities.list', {});
  const [timelineId, setTimelineId] = useState<string | null>(null);
  const events = useEventRows(timelineId);
  const [search, setSearch] = useState('');
  const [quickFilter, setQuickFilter] = useState('');
  const [sections, setSections] = useState<SectionMode>('none');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [gridApi, setGridApi] = useState<GridApi<EventRow> | null>(null);
  const [shown, setShown] = useState<number | null>(null);
  const [gridShown, setGridShown] = useState<string | null | undefined>(undefined);
  const [dialog, setDialog] = useState<
    { kind: 'types' } | { kind: 'evidence'; eventId: string } | { kind: 'paste'; pasted: PastedEvents } | { kind: 'import'; preview: ImportPreview; fileName: string } | null
  >(null);
  // Layouts saved in this session, newer than the list's (which is not fetched again for a layout).
  const [savedLayouts, setSavedLayouts] = useState<ReadonlyMap<string, string>>(() => new Map());

  const timelines = useMemo(() => list.data?.timelines ?? [], [list.data]);
  const types = typesQuery.data ?? NO_TYPES;
  const current = timelineId ? timelines.find((t) => t.id === timelineId) : undefined;
  // A timeline deleted elsewhere: back to All events (a new one is not in the list until it is fetched again).
  const inList = timelineId !== null && timelines.some((t) => t.id === timelineId);
  const [listed, setListed] = useState<string | null>(null);
  if (inList && listed !== timelineId) setListed(timelineId);
  if (timelineId && !inList && listed === timelineId) setTimelineId(null);

  const [lastRows, setLastRows] = useState<{ key: string | null; rows: EventRow[] }>({ key: null, rows: NO_ROWS });
  if (events.rows && events.rows !== lastRows.rows) setLastRows({ key: timelineId, rows: events.rows });
  const rows = events.rows ?? (lastRows.key === timelineId ? lastRows.rows : NO_ROWS);
  const loading = events.rows === undefined && !events.error;

  useEffect(() => {
    const timer = setTimeout(() => setQuickFilter(search.trim()), rows.length > 5000 ? 200 : 0);
    return () => clearTimeout(timer);
  }, [search, rows.length]);

  const stack = useMemo(() => new UndoRedoStack(), []);
  const undoState = useSyncExternalStore(stack.subscribe, stack.peek);

  const openEvidence = useCallback((eventId: string) => setDialog({ kind: 'evidence', eventId }), []);

  const entityNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const e of entitiesQuery.data ?? []) names.set(e.id, e.name);
    for (const [entityId, e] of Object.entries(events.entities)) if (!names.has(entityId)) names.set(entityId, e.name);
    return names;
  }, [entitiesQuery.data, events.entities]);

  const context = useMemo<TimelineGridContext>(() => {
    const typeById = new Map(types.map((t) => [t.id, t]));
    const timelineNames = new Map(timelines.map((t) => [t.id, t.name]));
    return {
      types,
      typeById,
      timelines,
      timelineName: (tid) => timelineNames.get(tid) ?? '',
      entityName: (eid) => entityNames.get(eid) ?? '…',
      sections,
      openEvidence,
    };
  }, [types, timelines, entityNames, sections, openEvidence]);

  const runStep = useCallback(
    async (direction: 'undo' | 'redo') => {
      try {
        const step = direction === 'undo' ? await stack.undo() : await stack.redo();
        if (step) notices.notify(direction === 'undo' ? s.undone(step.description) : s.redone(step.description));
        else notices.notify(direction === 'undo' ? s.nothingToUndo : s.nothingToRedo);
      } catch (error) {
        notices.reportError(error);
      }
    },
    [stack, notices],
  );

  const onEdit = useCallback(
    async (row: EventRow, field: EditableField, value: unknown) => {
      const before = row[FIELD_POSITION[field]];
      const eventId = rowId(row);
      try {
        await mutate('events.update', { id: eventId, [field]: value });
        stack.push({
          description: s.editOf(s.edits[field] ?? field, excerpt(rowTitle(row), 40)),
          undo: async () => void (await mutate('events.update', { id: eventId, [field]: before })),
          redo: async () => void (await mutate('events.update', { id: eventId, [field]: value })),
        });
        return true;
      } catch (error) {
        notices.reportError(error);
        return false;
      }
    },
    [mutate, notices, stack],
  );

  const focusTitle = useCallback(
    (eventId: string, edit: boolean) => {
      // The new row arrives with the next render of the grid.
      setTimeout(() => {
        const api = gridApi;
        const node = api?.getRowNode(eventId);
        if (!api || !node || node.rowIndex === null) return;
        api.ensureNodeVisible(node);
        api.setFocusedCell(node.rowIndex, 'title');
        if (edit) api.startEditingCell({ rowIndex: node.rowIndex, colKey: 'title' });
      }, 50);
    },
    [gridApi],
  );

  // A row added by Enter on the last title, until its title is saved: Esc takes it away again.
  const enterAdded = useRef<{ eventId: string; step: UndoStep } | null>(null);

  const addEvent = useCallback(async (fromEnter = false) => {
    try {
      const event = await mutate('events.create', { title: s.newEventTitle, timelineIds: timelineId ? [timelineId] : [] });
      setSelectedId(event.id);
      const step: UndoStep = {
        description: s.addOf,
        undo: async () => void (await mutate('events.delete', { ids: [event.id] })),
        redo: async () => void (await mutate('trash.restore', { kind: 'event', id: event.id })),
      };
      stack.push(step);
      enterAdded.current = fromEnter ? { eventId: event.id, step } : null;
      focusTitle(event.id, true);
    } catch (error) {
      notices.reportError(error);
    }
  }, [mutate, timelineId, stack, focusTitle, notices]);

  const onEditStopped = useCallback(
    (eventId: string, changed: boolean) => {
      const added = enterAdded.current;
      if (!added || added.eventId !== eventId) return;
      enterAdded.current = null;
      if (changed) return;
      stack.discard(added.step);
      mutate('events.delete', { ids: [eventId] }).catch(notices.reportError);
    },
    [stack, mutate, notices],
  );

  const restoreAll = useCallback(
    async (ids: readonly string[]) => {
      for (const eventId of ids) await mutate('trash.restore', { kind: 'event', id: eventId });
    },
    [mutate],
  );

  const deleteRows = useCallback(
    async (doomed: EventRow[]) => {
      const ids = doomed.map(rowId);
      try {
        await mutate('events.delete', { ids });
        const step: UndoStep = {
          description: s.deleteOf(ids.length),
          undo: () => restoreAll(ids),
          redo: async () => void (await mutate('events.delete', { ids })),
        };
        stack.push(step);
        notices.notify(s.deletedEvents(ids.length), { timeoutMs: 10000, action: { label: s.undo, run: () => void runStep('undo') } });
      } catch (error) {
        notices.reportError(error);
      }
    },
    [mutate, restoreAll, stack, notices, runStep],
  );

  const moveRow = useCallback(
    async (row: EventRow, beforeId: string | null) => {
      const eventId = rowId(row);
      // Where it was: just before the next event of equal date in the analyst's order.
      const ties = rows.filter((r) => sameDateKeys(r, row)).sort(compareByDate);
      const at = ties.findIndex((r) => rowId(r) === eventId);
      const oldBefore = ties[at + 1] ? rowId(ties[at + 1] as EventRow) : null;
      try {
        await mutate('events.move', { id: eventId, beforeId });
        stack.push({
          description: s.moveOf(excerpt(rowTitle(row), 40)),
          undo: async () => void (await mutate('events.move', { id: eventId, beforeId: oldBefore })),
          redo: async () => void (await mutate('events.move', { id: eventId, beforeId })),
        });
      } catch (error) {
        notices.reportError(error);
      }
    },
    [rows, mutate, stack, notices],
  );

  const onPaste = useCallback(
    (text: string) => {
      if (!text.trim()) {
        notices.notify(s.pasteNothing);
        return;
      }
      const typeIds = new Map(types.map((t) => [foldName(t.name), t.id]));
      const places = new Map<string, string>();
      for (const e of entitiesQuery.data ?? []) {
        places.set(foldName(e.name), e.id);
        for (const alias of e.aliases) if (!places.has(foldName(alias))) places.set(foldName(alias), e.id);
      }
      const pasted = pastedEvents(text, {
        typeIdByName: (name) => typeIds.get(foldName(name)) ?? null,
        placeIdByName: (name) => places.get(foldName(name)) ?? null,
        timelineId,
      });
      setDialog({ kind: 'paste', pasted });
    },
    [types, entitiesQuery.data, timelineId, notices],
  );

  const addPasted = useCallback(
    async (pasted: PastedEvents) => {
      const { ids } = await mutate('events.createMany', { events: pasted.events });
      stack.push({
        description: s.pasteOf(ids.length),
        undo: async () => void (await mutate('events.delete', { ids })),
        redo: () => restoreAll(ids),
      });
      notices.notify(s.pasted(ids.length));
      setDialog(null);
    },
    [mutate, stack, notices, restoreAll],
  );

  const saveLayout = useCallback(
    (columnState: string) => {
      setSavedLayouts((layouts) => new Map(layouts).set(timelineId ?? '', columnState));
      // Not through the query cache (nothing shown depends on it), and its echo is ours.
      ownWrite(client, () => client.call('timelines.saveLayout', { timelineId, columnState })).catch(notices.reportError);
    },
    [client, timelineId, notices],
  );

  const exportAxis = async (kind: 'png' | 'svg') => {
    const axis = axisRef.current;
    if (!axis) return;
    try {
      const fileName = `${(current?.name ?? s.allEvents).replace(/[\\/:*?"<>|]+/g, '-').trim() || 'Timeline'}.${kind}`;
      const saved =
        kind === 'svg'
          ? await client.shell.saveFile(fileName, axis.exportSvg(), 'image/svg+xml')
          : await client.shell.saveFile(fileName, await readFileAsBase64(await axis.exportPng()), 'image/png', 'base64');
      if (saved) notices.notify(s.exported(fileName));
    } catch (error) {
      notices.reportError(error);
    }
  };

  const exportFile = async (format: TimelineFileFormat) => {
    try {
      const file = await client.call('timelines.export', { timelineId, format });
      const saved = await client.shell.saveFile(file.fileName, file.text, file.mimeType);
      if (!saved) return;
      if (file.warnings.length === 0) {
        notices.notify(s.exportedEvents(file.eventCount, file.fileName));
        return;
      }
      const firstTitles = file.warnings.slice(0, 5).map((w) => `“${w.title}”`);
      const titles =
        file.warnings.length > firstTitles.length ? `${firstTitles.join(', ')} and ${file.warnings.length - firstTitles.length} more.` : `${firstTitles.join(', ')}.`;
      notices.notify(s.exportedWithUndated(file.eventCount, file.warnings.length, titles), {
        fullText: s.undatedList(file.warnings.map((w) => `“${w.title}”: ${w.reason}`).join('\n')),
        timeoutMs: 30_000,
      });
    } catch (error) {
      notices.reportError(error);
    }
  };

  const importFile = async () => {
    try {
      const files = await pickFilesWithInput(s.importAccept, false);
      const file = files?.[0];
      if (!file) return;
      const preview = await client.call('timelines.importPreview', { file: { name: file.name, dataBase64: await readFileAsBase64(file) } });
      setDialog({ kind: 'import', preview, fileName: file.name });
    } catch (error) {
      notices.reportError(error);
    }
  };

  // Undo, redo, add and "/" while this view shows and no editor or dialog has the keys.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (nav && nav.view !== TIMELINES_VIEW_ID) return;
      if (isModalOpen() || isTypingTarget(event.target)) return;
      const inView = event.target === document.body || (event.target instanceof Node && rootRef.current?.contains(event.target));
      if (!inView) return;
      if (gridApi && gridApi.getEditingCells().length > 0) return;
      const key = event.key.toLowerCase();
      if (hasModKey(event) && !event.altKey && ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey))) {
        event.preventDefault();
        void runStep('redo');
      } else if (hasModKey(event) && !event.altKey && !event.shiftKey && key === 'z') {
        event.preventDefault();
        void runStep('undo');
      } else if (hasModKey(event) && event.key === 'Enter') {
        event.preventDefault();
        void addEvent();
      } else if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [nav, gridApi, runStep, addEvent]);

  const chooseTimeline = (next: string | null) => {
    setTimelineId(next);
    // Remembered for "Add to timeline" elsewhere, which ticks it by default.
    writeCurrentTimeline(next);
    setSelectedId(null);
    setShown(null);
  };

  // "Show" on a notice after an event was made from a passage or a claim.
  useTimelinesViewRequests((request) => {
    chooseTimeline(request.timelineId);
    if (request.eventId) setSelectedId(request.eventId);
  });

  const layout = savedLayouts.get(timelineId ?? '') ?? (timelineId ? (current?.columnState ?? null) : (list.data?.allEventsColumnState ?? null));
  const total = rows.length;
  // The axis follows once the grid has shown its first rows: with 100,000 events, rows first, picture after.
  const deferredRows = useDeferredValue(rows);
  const axisRows = gridShown === timelineId ? deferredRows : NO_ROWS;
  const listReady = list.data !== undefined;

  let body;
  if (events.error && !events.rows) {
    body = (
      <div className="reader-message" role="alert">
        {events.error.message}
      </div>
    );
  } else if (!loading && total === 0) {
    body = (
      <EmptyState title={s.emptyTitle}>
        <p>{timelineId ? s.emptyTimelineBody : s.emptyBody}</p>
        <div className="empty-actions">
          <button type="button" className="primary" onClick={() => void addEvent()}>
            {s.addEvent}
          </button>
          <button type="button" onClick={() => void importFile()}>
            {s.importFile}
          </button>
        </div>
      </EmptyState>
    );
  } else {
    body = (
      <>
        <TimelineAxisPane rows={axisRows} types={types} selectedId={selectedId} onSelect={setSelectedId} axisRef={axisRef} />
        <p id={`${id}-help`} className="visually-hidden">
          {s.gridHelp}
        </p>
        {listReady && (
          <TimelineGrid
            key={timelineId ?? '#all'}
            rows={rows}
            loading={loading}
            context={context}
            quickFilter={quickFilter}
            selectedId={selectedId}
            initialColumnState={layout}
            onSaveLayout={saveLayout}
            onSelect={setSelectedId}
            onEdit={onEdit}
            onAdd={(fromEnter) => void addEvent(fromEnter)}
            onEditStopped={onEditStopped}
            onDelete={(doomed) => void deleteRows(doomed)}
            onMove={(row, beforeId) => void moveRow(row, beforeId)}
            onPaste={onPaste}
            onNotice={(message) => notices.notify(message)}
            onGridApi={setGridApi}
            onShownCount={setShown}
            onFirstRows={() => setGridShown(timelineId)}
            helpId={`${id}-help`}
          />
        )}
      </>
    );
  }

  return (
    <div className="view timelines-view" ref={rootRef}>
      <div className="view-toolbar timelines-toolbar">
        <h1 className="view-title">
          {s.viewTitle}
          <span className="timeline-current">{current?.name ?? s.allEvents}</span>
          {events.rows && <span className="count">{s.shownCount(shown ?? total, total)}</span>}
        </h1>
        <ToolbarFilter label={s.searchLabel} placeholder={s.searchPlaceholder} value={search} onChange={setSearch} inputRef={searchRef} />
        <label className="sections-choice">
          {s.sections}
          <select value={sections} onChange={(e) => setSections(e.target.value as SectionMode)}>
            <option value="none">{s.sectionsNone}</option>
            <option value="type">{s.sectionsType}</option>
            <option value="year">{s.sectionsYear}</option>
          </select>
        </label>
        <div className="toolbar-actions">
          <button type="button" className="primary" title={s.addEventTitle(modKeyName)} onClick={() => void addEvent()}>
            {s.addEvent}
          </button>
          <button type="button" disabled={!undoState.undo} title={s.undoTitle(modKeyName, undoState.undo?.description ?? null)} onClick={() => void runStep('undo')}>
            {s.undo}
          </button>
          <button type="button" disabled={!undoState.redo} title={s.redoTitle(modKeyName, undoState.redo?.description ?? null)} onClick={() => void runStep('redo')}>
            {s.redo}
          </button>
        </div>
      </div>
      <div className="timelines-body">
        <div className="timelines-side-pane">
          <TimelineSideList timelines={timelines} allCount={timelineId === null && events.rows ? events.rows.length : null} selectedId={timelineId} onSelect={chooseTimeline} />
          <div className="timelines-side-actions">
            <button type="button" className="small" onClick={() => setDialog({ kind: 'types' })}>
              {s.types}
            </button>
            <button type="button" className="small" onClick={() => void importFile()}>
              {s.importFile}
            </button>
            <button type="button" className="small" disabled={total === 0} onClick={() => void exportFile('csv')}>
              {s.exportCsv}
            </button>
            <button type="button" className="small" disabled={total === 0} onClick={() => void exportFile('timelinejs')}>
              {s.exportTimelineJs}
            </button>
            <button type="button" className="small" disabled={total === 0} onClick={() => void exportAxis('png')}>
              {s.exportPng}
            </button>
            <button type="button" className="small" disabled={total === 0} onClick={() => void exportAxis('svg')}>
              {s.exportSvg}
            </button>
          </div>
        </div>
        <div className="timelines-main">{body}</div>
      </div>
      {dialog?.kind === 'types' && <EventTypesDialog types={types} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'evidence' && <EvidenceDialog eventId={dialog.eventId} onClose={() => setDialog(null)} onUndoable={(step) => stack.push(step)} />}
      {dialog?.kind === 'paste' && <PasteDialog pasted={dialog.pasted} onConfirm={addPasted} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'import' && (
        <ImportDialog
          preview={dialog.preview}
          fileName={dialog.fileName}
          currentTimeline={current ?? null}
          onClose={() => setDialog(null)}
          onImported={(result) => {
            setDialog(null);
            notices.notify(s.imported(result.created, result.skipped));
            chooseTimeline(result.timelineId);
          }}
        />
      )}
    </div>
  );
}
