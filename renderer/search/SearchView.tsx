import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SavedSearch, SearchFilters, SearchKind, SearchResult } from '../../shared/api/types';
import { searchKinds } from '../../shared/api/types';
import { parseEdtf } from '../../shared/dates/edtf';
import { minGradeOf, minGradeParts } from '../../shared/grades/minGrade';
import { useMutate, useQuery } from '../api/QueryContext';
import { useFocusRequest, useNavigation } from '../app/Navigation';
import { useShowInClaims } from '../claims/claimsViewRequests';
import { MinGradeFields } from '../claims/MinGradeFields';
import { useShowEntityPage } from '../entities/entitiesViewRequests';
import { useShowMemo } from '../memos/memosViewRequests';
import { requestTimelinesView } from '../timeline/timelinesViewRequests';
import { EmptyState } from '../ui/EmptyState';
import { errorMessage } from '../ui/errorMessage';
import { FormProblem } from '../ui/FormProblem';
import { modKeyName } from '../ui/keyboard';
import { useNotices } from '../ui/Notices';
import { usePopupMenu } from '../ui/usePopupMenu';
import { searchStrings as s } from './searchStrings';

const PER_KIND = 10;
const PER_KIND_MORE = 200;
const DEBOUNCE_MS = 200;

interface FilterState {
  kinds: SearchKind[];
  sourceId: string;
  labelId: string;
  from: string;
  to: string;
  reliability: string;
  credibility: string;
}

const NO_FILTERS: FilterState = { kinds: [], sourceId: '', labelId: '', from: '', to: '', reliability: '', credibility: '' };

function validDate(value: string): boolean {
  return value.trim() === '' || parseEdtf(value).ok;
}

/** What the API gets: only the filters set, and none that cannot be read yet (a date being typed). */
function toFilters(f: FilterState): SearchFilters {
  const out: SearchFilters = {};
  if (f.kinds.length > 0) out.kinds = f.kinds;
  if (f.sourceId) out.sourceId = f.sourceId;
  if (f.labelId) out.labelId = f.labelId;
  if (f.from.trim() && validDate(f.from)) out.from = f.from.trim();
  if (f.to.trim() && validDate(f.to)) out.to = f.to.trim();
  const minGrade = minGradeOf(f.reliability, f.credibility);
  if (minGrade) out.minGrade = minGrade;
  return out;
}

function fromFilters(f: SearchFilters): FilterState {
  return {
    kinds: f.kinds ?? [],
    sourceId: f.sourceId ?? '',
    labelId: f.labelId ?? '',
    from: f.from ?? '',
    to: f.to ?? '',
    ...minGradeParts(f.minGrade),
  };
}

function moreFiltersSet(f: FilterState): number {
  return [f.sourceId, f.labelId, f.from, f.to, f.reliability || f.credibility].filter(Boolean).length;
}

function SavedSearchesMenu({ onRun, onSave, canSave }: { onRun: (saved: SavedSearch) => void; onSave: () => void; canSave: boolean }) {
  const saved = useQuery('search.saved.list', {});
  const mutate = useMutate();
  const notices = useNotices();
  const { open, setOpen, rootRef, onKeyDown } = usePopupMenu();
  const list = saved.data ?? [];
  const remove = async (item: SavedSearch) => {
    try {
      await mutate('search.saved.delete', { id: item.id });
      notices.notify(s.savedDeleted(item.name), {
        timeoutMs: 10000,
        fullText: item.name,
        action: { label: s.undo, run: () => mutate('trash.restore', { kind: 'savedSearch', id: item.id }).then(() => undefined, notices.reportError) },
      });
    } catch (error) {
      notices.reportError(error);
    }
  };
  return (
    <div className="search-saved" ref={rootRef} onKeyDown={onKeyDown}>
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((v) => !v)}>
        {s.savedButton(list.length)}
      </button>
      {open && (
        <div className="popup-menu search-saved-menu" role="menu" aria-label={s.savedMenu}>
          <button
            type="button"
            role="menuitem"
            disabled={!canSave}
            onClick={() => {
              setOpen(false);
              onSave();
            }}
          >
            {s.saveThis}
          </button>
          {list.length === 0 && <p className="muted search-saved-empty">{s.savedNone}</p>}
          {list.map((item) => (
            <div key={item.id} className="search-saved-item">
              <button
                type="button"
                role="menuitem"
                title={item.query}
                onClick={() => {
                  setOpen(false);
                  onRun(item);
                }}
              >
                <span className="search-saved-name">{item.name}</span>
                <span className="muted search-saved-query">{item.query}</span>
              </button>
              <button type="button" role="menuitem" className="icon-button" aria-label={s.deleteSaved(item.name)} title={s.deleteSaved(item.name)} onClick={() => void remove(item)}>
                ×
              </button>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

function SaveSearchForm({ query, filters, onDone }: { query: string; filters: SearchFilters; onDone: () => void }) {
  const id = useId();
  const mutate = useMutate();
  const notices = useNotices();
  const [name, setName] = useState(query);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      className="search-save-form"
      aria-label={s.saveThis}
      onSubmit={(event) => {
        event.preventDefault();
        if (!name.trim()) return;
        mutate('search.saved.save', { name: name.trim(), query, filters }).then(
          (saved) => {
            notices.notify(s.saved(saved.name), { fullText: saved.name });
            onDone();
          },
          (error: unknown) => setProblem(errorMessage(error)),
        );
      }}
    >
      <label htmlFor={`${id}-name`}>{s.saveName}</label>
      <input id={`${id}-name`} value={name} maxLength={200} autoFocus onFocus={(e) => e.target.select()} onChange={(e) => setName(e.target.value)} />
      <button type="submit" className="small primary" disabled={!name.trim()}>
        {s.save}
      </button>
      <button type="button" className="small" onClick={onDone}>
        {s.cancel}
      </button>
      <FormProblem problem={problem} />
    </form>
  );
}

function ResultButton({ result, onOpen }: { result: SearchResult; onOpen: (result: SearchResult) => void }) {
  return (
    <button type="button" className="search-hit" onClick={() => onOpen(result)}>
      <span className="search-hit-head">
        <span className="search-hit-title" title={result.title}>
          {result.kind === 'annotation' ? `“${result.title}”` : result.title || s.untitled}
        </span>
        <span className={`kind-badge kind-${result.kind}`}>{s.kindOne[result.kind]}</span>
      </span>
      {result.detail && <span className="search-hit-detail muted">{result.detail}</span>}
      {result.snippet && (
        <span className="search-hit-context">
          {result.snippet.before}
          <mark>{result.snippet.match}</mark>
          {result.snippet.after}
        </span>
      )}
    </button>
  );
}

/**
 * Global search (Ctrl/Cmd+K): sources and their titles, highlight notes,
 * claims, entities with their aliases, events and memos; results grouped by
 * kind with totals and snippets; filters; saved searches. A result opens
 * where it is: the reader at the exact words, the claim, the entity's page,
 * the event in its timeline, the memo.
 */
export function SearchView() {
  const id = useId();
  const nav = useNavigation();
  const showClaim = useShowInClaims();
  const showEntity = useShowEntityPage();
  const showMemo = useShowMemo();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<FilterState>(NO_FILTERS);
  const [showMore, setShowMore] = useState(false);
  // "Show all" holds for the search it was asked for; a new query or filter lists the first ones again.
  const [showAllFor, setShowAllFor] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const focusRequest = useFocusRequest('search');
  useEffect(() => {
    if (!focusRequest) return;
    inputRef.current?.focus();
    inputRef.current?.select();
    nav.focusDone(focusRequest);
  }, [focusRequest, nav]);

  const apiFilters = useMemo(() => toFilters(filters), [filters]);
  const searchKey = JSON.stringify([query, apiFilters]);
  const perKind = showAllFor === searchKey ? PER_KIND_MORE : PER_KIND;
  const results = useQuery('search.query', query ? { q: query, filters: apiFilters, perKind } : null);
  const sources = useQuery('sources.list', showMore ? {} : null);
  const labels = useQuery('labels.list', showMore ? {} : null);
  const groups = results.data?.groups ?? [];

  const open = (result: SearchResult) => {
    if ((result.kind === 'source' || result.kind === 'annotation') && result.sourceId) {
      nav.openSource(
        result.sourceId,
        result.start !== null && result.end !== null ? { start: result.start, end: result.end, annotationId: result.kind === 'annotation' ? result.id : undefined } : undefined,
        { focus: true },
      );
    } else if (result.kind === 'claim') showClaim({ claimId: result.id });
    else if (result.kind === 'entity') showEntity(result.id);
    else if (result.kind === 'event') {
      requestTimelinesView({ timelineId: null, eventId: result.id });
      nav.go('timelines', { focus: true });
    } else if (result.kind === 'memo') showMemo(result.id);
  };

  const runSaved = (saved: SavedSearch) => {
    setText(saved.query);
    setQuery(saved.query.trim());
    const next = fromFilters(saved.filters);
    setFilters(next);
    setShowMore(moreFiltersSet(next) > 0);
  };

  // Up and down move between results; Up from the first goes back to the box.
  const moveFocus = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>('button.search-hit') ?? []);
    if (buttons.length === 0) return;
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    event.preventDefault();
    if (event.key === 'ArrowDown') buttons[Math.min(buttons.length - 1, index + 1)]?.focus();
    else if (index <= 0) inputRef.current?.focus();
    else buttons[index - 1]?.focus();
  };

  const setKind = (kind: SearchKind | null) =>
    setFilters((f) => ({ ...f, kinds: kind === null ? [] : f.kinds.includes(kind) ? f.kinds.filter((k) => k !== kind) : [...f.kinds, kind] }));
  const totals = new Map(groups.map((g) => [g.kind, g.total]));
  const dateProblem = !validDate(filters.from) ? s.badDate(filters.from) : !validDate(filters.to) ? s.badDate(filters.to) : null;
  const truncated = groups.some((g) => g.total > g.results.length);

  let body;
  if (!query) {
    body = (
      <EmptyState title={s.introTitle}>
        <p>{s.introBody}</p>
        <p className="muted">{s.syntax}</p>
      </EmptyState>
    );
  } else if (results.error) {
    body = <FormProblem problem={errorMessage(results.error)} />;
  } else if (results.data === undefined) {
    body = <p className="muted">{s.searching}</p>;
  } else if (groups.length === 0) {
    body = (
      <EmptyState title={s.noResultsTitle}>
        <p>{s.noResults(query)}</p>
        {(filters.kinds.length > 0 || moreFiltersSet(filters) > 0) && (
          <button type="button" onClick={() => setFilters(NO_FILTERS)}>
            {s.clearFilters}
          </button>
        )}
      </EmptyState>
    );
  } else {
    body = (
      <div ref={listRef} onKeyDown={moveFocus} className="search-groups">
        <p className="muted" aria-live="polite">
          {s.count(results.data.total)}
        </p>
        {groups.map((group) => (
          <section key={group.kind} className="search-group" aria-labelledby={`${id}-${group.kind}`}>
            <h2 id={`${id}-${group.kind}`} className="search-group-title">
              {s.kindMany[group.kind]} <span className="count">{group.total}</span>
            </h2>
            <ol className="search-results" aria-label={s.kindMany[group.kind]}>
              {group.results.map((result) => (
                <li key={`${result.kind}:${result.id}`}>
                  <ResultButton result={result} onOpen={open} />
                </li>
              ))}
            </ol>
            {group.total > group.results.length && perKind < PER_KIND_MORE && (
              <button type="button" className="small quiet" onClick={() => setShowAllFor(searchKey)}>
                {s.showMore(group.total)}
              </button>
            )}
          </section>
        ))}
        {truncated && perKind >= PER_KIND_MORE && <p className="muted">{s.narrow}</p>}
      </div>
    );
  }

  return (
    <div className="view search-view">
      <div className="view-toolbar">
        <h1 className="view-title">{s.viewTitle}</h1>
        <div className="toolbar-actions">
          <SavedSearchesMenu onRun={runSaved} onSave={() => setSaving(true)} canSave={query !== ''} />
        </div>
      </div>
      <div className="view-scroll">
        <div className="page-column">
          <form
            className="search-form"
            role="search"
            onSubmit={(e) => {
              e.preventDefault();
              setQuery(text.trim());
            }}
          >
            <label htmlFor={`${id}-q`}>{s.fieldLabel}</label>
            <div className="search-box">
              <input
                ref={inputRef}
                id={`${id}-q`}
                type="search"
                value={text}
                maxLength={500}
                placeholder={s.placeholder}
                aria-describedby={`${id}-syntax`}
                onChange={(e) => setText(e.target.value)}
                onKeyDown={moveFocus}
              />
              <kbd className="shortcut-hint" aria-hidden="true">
                {s.shortcutHint(modKeyName)}
              </kbd>
            </div>
            <p id={`${id}-syntax`} className="visually-hidden">
              {s.syntax}
            </p>
          </form>
          {saving && <SaveSearchForm query={query} filters={apiFilters} onDone={() => setSaving(false)} />}
          <div className="search-kinds" role="group" aria-label={s.kindsLabel}>
            <button type="button" className={`chip${filters.kinds.length === 0 ? ' on' : ''}`} aria-pressed={filters.kinds.length === 0} onClick={() => setKind(null)}>
              {s.allKinds}
            </button>
            {searchKinds.map((kind) => (
              <button key={kind} type="button" className={`chip${filters.kinds.includes(kind) ? ' on' : ''}`} aria-pressed={filters.kinds.includes(kind)} onClick={() => setKind(kind)}>
                {s.kindMany[kind]}
                {query && totals.has(kind) && <span className="chip-count">{totals.get(kind)}</span>}
              </button>
            ))}
            <button type="button" className="small quiet search-more-toggle" aria-expanded={showMore} onClick={() => setShowMore((v) => !v)}>
              {s.moreFilters(moreFiltersSet(filters))}
            </button>
          </div>
          {showMore && (
            <div className="search-filters" role="group" aria-label={s.filtersLabel}>
              <div className="field">
                <label htmlFor={`${id}-source`}>{s.source}</label>
                <select id={`${id}-source`} value={filters.sourceId} onChange={(e) => setFilters((f) => ({ ...f, sourceId: e.target.value }))}>
                  <option value="">{s.anySource}</option>
                  {(sources.data ?? []).map((source) => (
                    <option key={source.id} value={source.id}>
                      {source.title}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${id}-label`}>{s.label}</label>
                <select id={`${id}-label`} value={filters.labelId} onChange={(e) => setFilters((f) => ({ ...f, labelId: e.target.value }))}>
                  <option value="">{s.anyLabel}</option>
                  {(labels.data ?? []).map((label) => (
                    <option key={label.id} value={label.id}>
                      {label.name}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${id}-from`}>{s.from}</label>
                <input id={`${id}-from`} value={filters.from} placeholder="2026-03" maxLength={100} aria-invalid={!validDate(filters.from)} onChange={(e) => setFilters((f) => ({ ...f, from: e.target.value }))} />
              </div>
              <div className="field">
                <label htmlFor={`${id}-to`}>{s.to}</label>
                <input id={`${id}-to`} value={filters.to} placeholder="2026-04-15" maxLength={100} aria-invalid={!validDate(filters.to)} onChange={(e) => setFilters((f) => ({ ...f, to: e.target.value }))} />
              </div>
              <MinGradeFields
                reliability={filters.reliability}
                credibility={filters.credibility}
                onReliability={(value) => setFilters((f) => ({ ...f, reliability: value }))}
                onCredibility={(value) => setFilters((f) => ({ ...f, credibility: value }))}
                labels={{ reliability: s.reliability, credibility: s.credibility, any: s.any }}
              />
              <FormProblem problem={dateProblem} />
              <p className="muted search-filters-note">{s.filtersNote}</p>
              {moreFiltersSet(filters) > 0 && (
                <button type="button" className="small" onClick={() => setFilters((f) => ({ ...NO_FILTERS, kinds: f.kinds }))}>
                  {s.clearMore}
                </button>
              )}
            </div>
          )}
          {body}
        </div>
      </div>
    </div>
  );
}
