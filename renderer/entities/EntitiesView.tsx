import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Entity, EntityKind, EntitySuggestion, EntitySummary } from '../../shared/api/types';
import { useMutate, useQuery } from '../api/QueryContext';
import { useFocusRequest, useNavigation } from '../app/Navigation';
import { EmptyState } from '../ui/EmptyState';
import { isModalOpen, isTypingTarget } from '../ui/keyboard';
import { useNotices } from '../ui/Notices';
// oxlint-disable-next-line import/no-unassigned-import -- Vite bundles the view's stylesheet with it.
import './entities.css';
import { EntityFormDialog, type EntityDraft } from './EntityFormDialog';
import { EntityGrid, type EntityGridHandle } from './EntityGrid';
import { entityKinds, isEntityKind } from './entityKinds';
import { EntityPage } from './EntityPage';
import { entitiesStrings as s } from './entitiesStrings';
import { filterEntities } from './matchEntities';
import { MergeDialog } from './MergeDialog';
import { SuggestionsPanel } from './SuggestionsPanel';

/** The view's id in the app's navigation. */
export const ENTITIES_VIEW = 'entities';

type DialogState =
  | { type: 'create'; initial?: Partial<EntityDraft> }
  | { type: 'edit'; entity: Entity }
  | { type: 'merge'; from: EntitySummary }
  | null;

const NO_ENTITIES: EntitySummary[] = [];

/**
 * The entity registry: the list (filter by name, alias and kind) beside the
 * page of the chosen entity, or the suggestions for a source.
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
        notices.notify(s.deleted(entity.name), {
          timeoutMs: 10000,
          action: {
            label: s.undo,
            run: async () => {
              await mutate('trash.restore', { kind: 'entity', id: entity.id });
              openEntity(entity.id);
            },
          },
        });
      } catch (error) {
        notices.reportError(error);
      }
    },
    [mutate, notices, openEntity],
  );

  const merged = useCallback(
    (from: EntitySummary, into: Entity) => {
      setDialog(null);
      openEntity(into.id);
      notices.notify(s.merged(from.name, into.name), {
        timeoutMs: 10000,
        action: {
          label: s.undo,
          run: async () => {
            await mutate('trash.restore', { kind: 'entity', id: from.id });
            openEntity(from.id);
          },
        },
      });
    },
    [mutate, notices, openEntity],
  );

  const created = useCallback(
    (entity: Entity) => {
      setDialog(null);
      notices.notify(s.created(entity.name));
      // From the suggestions panel, stay there: the next name is probably to be added too.
      if (!suggestionsOpen) openEntity(entity.id);
    },
    [notices, openEntity, suggestionsOpen],
  );

  const addFromSuggestion = useCallback((x: EntitySuggestion) => {
    setDialog({ type: 'create', initial: { name: x.name, kind: x.kind === 'other' ? 'person' : x.kind } });
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
    <div className="view entities-view">
      <div className="view-toolbar">
        <h1 className="view-title">
          {s.viewTitle} {list.data && <span className="count">{all.length}</span>}
        </h1>
        {all.length > 0 && (
          <>
            <div className="toolbar-filter">
              <label htmlFor={`${id}-filter`} className="visually-hidden">
                {s.filterLabel}
              </label>
              <input
                ref={filterRef}
                id={`${id}-filter`}
                type="search"
                placeholder={s.filterPlaceholder}
                aria-keyshortcuts="/"
                value={filter}
                onChange={(e) => setFilter(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'ArrowDown' || e.key === 'Enter') {
                    e.preventDefault();
                    gridRef.current?.focus();
                  } else if (e.key === 'Escape' && filter) {
                    e.preventDefault();
                    setFilter('');
                  }
                }}
              />
            </div>
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
        {s.keys.map((k) => (
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
          onSaved={() => setDialog(null)}
        />
      )}
      {dialog?.type === 'merge' && (
        <MergeDialog from={dialog.from} entities={all} onClose={() => setDialog(null)} onMerged={(into) => merged(dialog.from, into)} />
      )}
    </div>
  );
}
