import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../shared/api/types';
import { useQuery } from '../api/QueryContext';
import { useFocusRequest, useNavigation } from '../app/Navigation';
import { EmptyState } from '../ui/EmptyState';
import { modKeyName } from '../ui/keyboard';
import { searchStrings as s } from './searchStrings';

const LIMIT = 200;
const DEBOUNCE_MS = 250;

/** Full-text search over the project; a result opens the reader at the passage. */
export function SearchView() {
  const id = useId();
  const nav = useNavigation();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');

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

  const results = useQuery('search.query', query ? { q: query, limit: LIMIT } : null);
  const hits = results.data ?? [];

  const open = (hit: SearchHit) =>
    nav.openSource(
      hit.sourceId,
      { start: hit.start, end: hit.end, annotationId: hit.kind === 'annotation' ? hit.id : undefined },
      { focus: true },
    );

  // Up and down move between results; Up from the first goes back to the box.
  const moveFocus = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);
    if (buttons.length === 0) return;
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    event.preventDefault();
    if (event.key === 'ArrowDown') buttons[Math.min(buttons.length - 1, index + 1)]?.focus();
    else if (index <= 0) inputRef.current?.focus();
    else buttons[index - 1]?.focus();
  };

  let body;
  if (!query) {
    body = (
      <EmptyState title={s.introTitle}>
        <p>{s.introBody}</p>
      </EmptyState>
    );
  } else if (results.error) {
    body = (
      <p className="inline-problem" role="alert">
        {results.error.message}
      </p>
    );
  } else if (results.data === undefined) {
    body = <p className="muted">{s.searching}</p>;
  } else if (hits.length === 0) {
    body = (
      <EmptyState title={s.noResultsTitle}>
        <p>{s.noResults(query)}</p>
      </EmptyState>
    );
  } else {
    body = (
      <>
        <p className="muted" aria-live="polite">
          {s.count(hits.length, LIMIT)}
        </p>
        <ol className="search-results" aria-label={s.resultsLabel} ref={listRef} onKeyDown={moveFocus}>
          {hits.map((hit) => (
            <li key={`${hit.kind}:${hit.id}:${hit.start}`}>
              <button type="button" className="search-hit" onClick={() => open(hit)}>
                <span className="search-hit-head">
                  <span className="search-hit-title">{hit.sourceTitle}</span>
                  <span className={`kind-badge kind-${hit.kind}`}>{s.kinds[hit.kind]}</span>
                </span>
                <span className="search-hit-context">
                  {hit.before && <span>…{hit.before}</span>}
                  <mark>{hit.match}</mark>
                  {hit.after && <span>{hit.after}…</span>}
                </span>
              </button>
            </li>
          ))}
        </ol>
      </>
    );
  }

  return (
    <div className="view search-view">
      <div className="view-toolbar">
        <h1 className="view-title">{s.viewTitle}</h1>
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
                onChange={(e) => setText(e.target.value)}
                onKeyDown={moveFocus}
              />
              <kbd className="shortcut-hint" aria-hidden="true">
                {s.shortcutHint(modKeyName)}
              </kbd>
            </div>
          </form>
          {body}
        </div>
      </div>
    </div>
  );
}
