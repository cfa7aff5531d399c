import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Entity, EntityKind, EntitySuggestion, EntitySummary } from '../../shared/api/types';
import { useMutate, useQuery } from '../api/QueryContext';
import { useFocusRequest, useNavigation } from '../app/Navigation';
import { EmptyState } from '../ui/EmptyState';
import { isModalOpen, isTypingTarget, modKeyName } from '../ui/keyboard';
import { useNotices } from '../ui/Notices';
import { uiStrings as u } from '../ui/uiStrings';
import { useUndoStack, ViewUndoProvider } from '../ui/ViewUndo';
import { ToolbarFilter } from '../ui/ToolbarFilter';
// oxlint-disable-next-line import/no-unassigned-import -- Vite bundles the view's stylesheet with it.
import './entities.css';
import { entityEdit } from './entityEdits';
import { EntityFormDialog, type EntityDraft } from './EntityFormDialog';
import { EntityGrid, type EntityGridHandle } from './EntityGrid';
import { entityKinds, isEntityKind } from './entityKinds';
import { EntityPage } from './EntityPage';
import { entitiesStrings as s } from './entitiesStrings';
import { ENTITIES_VIEW_ID, useEntitiesViewRequests } from './entitiesViewRequests';
import { filterEntities } from './matchEntities';
import { MergeDialog } from './MergeDialog';
import { SuggestionsPanel } from './SuggestionsPanel';

/** The view's id in the app's navigation. */
export const ENTITIES_VIEW = ENTITIES_VIEW_ID;

type DialogState =
  | { type: 'create'; initial?: Partial<EntityDraft> }
  | { type: 'edit'; entity: Entity }
  | { type: 'merge'; from: EntitySummary }
  | null;

const NO_ENTITIES: EntitySummary[] = [];

/**
 * The entity registry: the list (filter by name, alias and kind) beside the
 * page of the chosen entity, or the suggestions for a source. Every edit made
 * here is announced with Undo; Ctrl/Cmd+Z takes back the last ones.
 */
export function EntitiesView() {
  const id = useId();
  const nav = useNavigation();
  const mutate = useMutate();
  const notices = useNotices();
  const list = useQuery('entities.list', {});
  const all = list.data ?? NO_ENTITIES;
  const [filter, setFilter] = useState('');
  const [kind, setKind] = useState<EntityKind | 'all'>('all');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [suggestionsOpen, setSuggestionsOpen] = useState(false);
  const [dialog, setDialog] = useState<DialogState>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  const gridRef = useRef<EntityGridHandle>(null);
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  /** The entity whose page should take focus on its name as soon as it is shown. */
  const focusWhenShown = useRef<string | null>(null);
  const headingShown = useCallback((heading: HTMLHeadingElement | null) => {
    headingRef.current = heading;
    if (heading && focusWhenShown.current !== null && heading.dataset.entityId === focusWhenShown.current) {
      focusWhenShown.current = null;
      heading.focus();
    }
  }, []);

  const rows = useMemo(() => filterEntities(all, filter, kind), [all, filter, kind]);
  const selected = all.find((e) => e.id === selectedId) ?? null;
  const visible = nav.view === ENTITIES_VIEW;
  const undo = useUndoStack(rootRef, visible);

  /** Opens an entity from a link on a page or a notice, with focus on its heading. */
  const openEntity = useCallback(
    (entityId: string) => {
      setSelectedId(entityId);
      setSuggestionsOpen(false);
      focusWhenShown.current = entityId;
      // Already shown (Enter on the row whose page is open): no new heading will mount.
      headingShown(headingRef.current);
    },
    [headingShown],
  );

  // Another view (the reader's mention card) asks for an entity's page.
  useEntitiesViewRequests(({ entityId }) => openEntity(entityId));

  /** From the list: Enter opens with focus on the page, a click or Space stays in the list. */
  const select = useCallback(
    (entityId: string, options?: { focus?: boolean }) => {
      if (options?.focus) openEntity(entityId);
      else {
        setSelectedId(entityId);
        setSuggestionsOpen(false);
      }
    },
    [openEntity],
  );

  // Shown from the nav or Ctrl/Cmd+digit: focus on the chosen entity in the list, or on "New entity" when there is none.
  const focusRequest = useFocusRequest(ENTITIES_VIEW);
  const { focusDone } = nav;
  const emptyActionRef = useRef<HTMLButtonElement>(null);
  const focused = useCallback(() => {
    if (focusRequest) focusDone(focusRequest);
  }, [focusRequest, focusDone]);
  const empty = list.data !== undefined && all.length === 0;
  useEffect(() => {
    if (!focusRequest || !empty || !emptyActionRef.current) return;
    emptyActionRef.current.focus();
    focusDone(focusRequest);
  }, [focusRequest, empty, focusDone]);

  const remove = useCallback(
    async (entity: EntitySummary) => {
      try {
        await mutate('entities.delete', { id: entity.id });
        setSelectedId((current) => (current === entity.id ? null : current));
        gridRef.current?.focus();
        undo.saved(s.deleted(entity.name), {
          description: s.undoDelete(entity.name),
          undo: async () => {
            await mutate('trash.restore', { kind: 'entity', id: entity.id });
            openEntity(entity.id);
          },
        });
      } catch (error) {
        notices.reportError(error);
      }
    },
    [mutate, notices, openEntity, undo],
  );

  const merged = useCallback(
    (from: EntitySummary, into: Entity) => {
      setDialog(null);
      openEntity(into.id);
      // Restoring the merged entity from the Trash undoes the merge.
      undo.saved(s.merged(from.name, into.name), {
        description: s.undoMerge(from.name, into.name),
        undo: async () => {
          await mutate('trash.restore', { kind: 'entity', id: from.id });
          openEntity(from.id);
        },
      });
    },
    [mutate, openEntity, undo],
  );

  const created = useCallback(
    (entity: Entity) => {
      setDialog(null);
      undo.saved(s.created(entity.name), {
        description: s.undoCreate(entity.name),
        undo: () => mutate('entities.delete', { id: entity.id }),
      });
      // From the suggestions panel, stay there: the next name is probably to be added too.
      if (!suggestionsOpen) openEntity(entity.id);
    },
    [mutate, openEntity, suggestionsOpen, undo],
  );

  const edited = useCallback(
    (before: Entity, after: Entity) => {
      setDialog(null);
      const edit = entityEdit(before, after);
      if (edit) undo.saved(edit.message, { description: edit.description, undo: () => mutate('entities.update', { id: before.id, ...edit.before }) });
    },
    [mutate, undo],
  );

  const addFromSuggestion = useCallback((x: EntitySuggestion) => {
    // The suggestion's guessed kind (a place stays a place); with no guess, Other rather than a made-up Person.
    setDialog({ type: 'create', initial: { name: x.name, kind: x.kind } });
  }, []);

  // Single-key shortcuts while this view is shown and nothing is being typed.
  const keys = useRef({ selected, remove, visible });
  useLayoutEffect(() => {
    keys.current = { selected, remove, visible };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { selected: current, remove: removeEntity, visible: shown } = keys.current;
      if (!shown || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isModalOpen() || isTypingTarget(event.target)) return;
      const key = event.key;
      if (key === '/') filterRef.current?.focus();
      else if (key === 'n' || key === 'N') setDialog({ type: 'create' });
      else if (key === 's' || key === 'S') setSuggestionsOpen((open) => !open);
      else if ((key === 'm' || key === 'M') && current) setDialog({ type: 'merge', from: current });
      else if (key === 'Delete' && current && !(event.target instanceof HTMLButtonElement)) void removeEntity(current);
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  let detail;
  if (suggestionsOpen) {
    detail = <SuggestionsPanel onAddEntity={addFromSuggestion} onOpenEntity={openEntity} onClose={() => setSuggestionsOpen(false)} />;
  } else if (selectedId) {
    detail = (
      <EntityPage
        key={selectedId}
        entityId={selectedId}
        entities={all}
        headingRef={headingShown}
        onOpenEntity={openEntity}
        onEdit={(entity) => setDialog({ type: 'edit', entity })}
        onMerge={() => selected && setDialog({ type: 'merge', from: selected })}
        onDelete={() => selected && void remove(selected)}
        onGone={() => {
          setSelectedId(null);
          gridRef.current?.focus();
        }}
      />
    );
  } else if (all.length > 0) {
    detail = <p className="muted entities-no-selection">{s.noSelection}</p>;
  }

  return (
    <ViewUndoProvider value={undo}>
      <div className="view entities-view" ref={rootRef}>
        <div className="view-toolbar">
          <h1 className="view-title">
            {s.viewTitle} {list.data && <span className="count">{all.length}</span>}
          </h1>
          {all.length > 0 && (
            <>
              <ToolbarFilter
                label={s.filterLabel}
                placeholder={s.filterPlaceholder}
                keyShortcuts="/"
                value={filter}
                onChange={setFilter}
                inputRef={filterRef}
                onKeyDown={(e) => {
                  if (e.key === 'ArrowDown' || e.key === 'Enter') {
                    e.preventDefault();
                    gridRef.current?.focus({ choose: true });
                  }
                }}
              />
              <div className="toolbar-kind">
                <label htmlFor={`${id}-kind`} className="visually-hidden">
                  {s.kindFilterLabel}
                </label>
                <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(isEntityKind(e.target.value) ? e.target.value : 'all')}>
                  <option value="all">{s.allKinds}</option>
                  {entityKinds.map((k) => (
                    <option key={k} value={k}>
                      {s.kinds[k]}
                    </option>
                  ))}
                </select>
              </div>
              {(filter || kind !== 'all') && <span className="muted small-text">{s.shownOf(rows.length, all.length)}</span>}
            </>
          )}
          <div className="toolbar-actions">
            <button type="button" disabled={!undo.last} title={u.undoTitle(modKeyName, undo.last?.description ?? null)} onClick={undo.undoLast}>
              {u.undo}
            </button>
            <button
              type="button"
              aria-pressed={suggestionsOpen}
              aria-keyshortcuts="S"
              title={s.suggestionsHint}
              onClick={() => setSuggestionsOpen(!suggestionsOpen)}
            >
              {s.suggestions}
            </button>
            <button type="button" className="primary" aria-keyshortcuts="N" title={`${s.newEntity} (N)`} onClick={() => setDialog({ type: 'create' })}>
              {s.newEntity}
            </button>
          </div>
        </div>
        {list.error && (
          <p className="inline-problem entities-problem" role="alert">
            {list.error.message}
          </p>
        )}
        {empty && !suggestionsOpen ? (
          <div className="view-scroll">
            <EmptyState title={s.emptyTitle}>
              <p>{s.emptyBody}</p>
              <div className="empty-actions">
                <button ref={emptyActionRef} type="button" className="primary" onClick={() => setDialog({ type: 'create' })}>
                  {s.newEntity}
                </button>
                <button type="button" onClick={() => setSuggestionsOpen(true)}>
                  {s.suggestions}
                </button>
              </div>
              <p className="muted">{s.emptySuggest}</p>
            </EmptyState>
          </div>
        ) : (
          <div className="entities-body">
            <div className="entities-list">
              {list.data && rows.length === 0 && all.length > 0 ? (
                <EmptyState title={s.noMatchesTitle}>
                  <p>{s.noMatches(filter)}</p>
                </EmptyState>
              ) : (
                <EntityGrid
                  ref={gridRef}
                  rows={rows}
                  selectedId={selectedId}
                  onSelect={select}
                  focusNonce={focusRequest?.nonce}
                  onFocused={focused}
                />
              )}
            </div>
            <div className="entities-detail">{detail}</div>
          </div>
        )}
        <p className="entities-keys muted small-text" aria-label={s.keysLabel}>
          {s.keys(modKeyName).map((k) => (
            <span key={k.key}>
              <kbd>{k.key}</kbd> {k.what}
            </span>
          ))}
        </p>
        {dialog?.type === 'create' && <EntityFormDialog mode="create" initial={dialog.initial} onClose={() => setDialog(null)} onSaved={created} />}
        {dialog?.type === 'edit' && (
          <EntityFormDialog
            mode="edit"
            entity={dialog.entity}
            onClose={() => setDialog(null)}
            onSaved={(after) => edited(dialog.entity, after)}
          />
        )}
        {dialog?.type === 'merge' && (
          <MergeDialog from={dialog.from} entities={all} onClose={() => setDialog(null)} onMerged={(into) => merged(dialog.from, into)} />
        )}
      </div>
    </ViewUndoProvider>
  );
}
