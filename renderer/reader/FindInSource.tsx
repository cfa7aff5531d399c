import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { findInText, foldForFind } from './findInText';
import { readerStrings } from './readerStrings';
import { highlightApi, rangeForSpan, scrollSpanIntoView } from './revealInReader';

const s = readerStrings.find;
const ALL = 'dossier-find';
const CURRENT = 'dossier-find-current';

/**
 * Find in this source (Ctrl/Cmd+F): every match painted, the current one
 * brighter and scrolled to; Enter / Shift+Enter (or F3) for next and
 * previous; Esc closes and gives the text its focus back. Case and accents
 * do not matter, as in global search.
 */
export function FindInSource({ text, rootRef, onClose }: { text: string; rootRef: RefObject<HTMLElement | null>; onClose: () => void }) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const folded = useMemo(() => foldForFind(text), [text]);
  const found = useMemo(() => findInText(folded, query), [folded, query]);
  const count = found.spans.length;
  const current = count === 0 ? -1 : Math.min(index, count - 1);

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  // Paint every match once per query, and the current one as it moves.
  useEffect(() => {
    const api = highlightApi();
    const root = rootRef.current;
    if (!api || !root) return;
    const ranges = found.spans.map((span) => rangeForSpan(root, span.start, span.end)).filter((r): r is Range => r !== null);
    if (ranges.length > 0) api.registry.set(ALL, new api.Highlight(...ranges));
    else api.registry.delete(ALL);
    return () => api.registry.delete(ALL);
  }, [found, rootRef]);
  useEffect(() => {
    const api = highlightApi();
    const root = rootRef.current;
    const span = current >= 0 ? found.spans[current] : undefined;
    if (!root || !span) return;
    const range = rangeForSpan(root, span.start, span.end);
    if (api && range) api.registry.set(CURRENT, new api.Highlight(range));
    scrollSpanIntoView(root, span.start, span.end, 96);
    return () => api?.registry.delete(CURRENT);
  }, [found, current, rootRef]);

  const step = (by: number) => {
    if (count === 0) return;
    setIndex((i) => (((Math.min(i, count - 1) + by) % count) + count) % count);
  };
  const close = () => {
    onClose();
    rootRef.current?.focus({ preventScroll: true });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Enter' || event.key === 'F3') {
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    }
  };

  return (
    <div className="reader-find" role="search" aria-label={s.label} onKeyDown={onKeyDown}>
      <label htmlFor={`${id}-q`} className="visually-hidden">
        {s.label}
      </label>
      <input
        ref={inputRef}
        id={`${id}-q`}
        type="search"
        value={query}
        maxLength={200}
        placeholder={s.placeholder}
        aria-describedby={`${id}-count`}
        onChange={(e) => {
          setQuery(e.target.value);
          setIndex(0);
        }}
      />
      <output id={`${id}-count`} className="reader-find-count" aria-live="polite">
        {query.trim() === '' ? '' : count === 0 ? s.none : s.position(current + 1, count, found.capped)}
      </output>
      <button type="button" className="small" aria-label={s.previous} title={s.previousHint} disabled={count === 0} onClick={() => step(-1)}>
        ↑
      </button>
      <button type="button" className="small" aria-label={s.next} title={s.nextHint} disabled={count === 0} onClick={() => step(1)}>
        ↓
      </button>
      <button type="button" className="small quiet" aria-label={s.close} title={s.close} onClick={close}>
        ×
      </button>
    </div>
  );
}
