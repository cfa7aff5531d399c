import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { MentionInContext } from '../../shared/api/types';
import { entitiesStrings as s } from './entitiesStrings';
import { mentionRows } from './mentionRows';
import { windowRange } from './windowRange';

/** Every row is one line, so the list can draw only what is in view. */
export const MENTION_ROW_HEIGHT = 32;
const MAX_HEIGHT = MENTION_ROW_HEIGHT * 14;
const PAGE = 10;

interface Props {
  mentions: readonly MentionInContext[];
  label: string;
  onOpen: (mention: MentionInContext) => void;
}

/**
 * Mentions as keyword-in-context lines, grouped by source. Windowed: thousands
 * of mentions draw a screenful of rows. One tab stop; ↑ ↓ PageUp PageDown Home
 * End move between mentions and Enter opens the reader there.
 */
export function MentionList({ mentions, label, onOpen }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const rows = useMemo(() => mentionRows(mentions), [mentions]);
  const rowOfMention = useMemo(() => {
    const index: number[] = [];
    rows.forEach((row, i) => {
      if (row.type === 'mention') index[row.index] = i;
    });
    return index;
  }, [rows]);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(0);
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);
  const activeMention = Math.min(active, Math.max(0, mentions.length - 1));
  const activeRow = rowOfMention[activeMention] ?? 0;

  useLayoutEffect(() => {
    const box = scrollRef.current;
    if (!box) return undefined;
    setViewport(box.clientHeight);
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => setViewport(box.clientHeight));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  // jsdom and a first render before layout have no height yet: assume the list is full height.
  const { first, last } = windowRange(scrollTop, viewport || MAX_HEIGHT, MENTION_ROW_HEIGHT, rows.length);
  const drawn: number[] = [];
  for (let i = first; i <= last; i += 1) drawn.push(i);
  // The focusable row stays drawn even when scrolled away, so focus is never lost with it.
  if (rows.length > 0 && (activeRow < first || activeRow > last)) drawn.push(activeRow);

  // After a keyboard move has drawn the new row, focus follows it.
  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    listRef.current?.querySelector<HTMLButtonElement>(`[data-mention="${activeMention}"]`)?.focus({ preventScroll: true });
  });

  const moveTo = (mentionIndex: number) => {
    const next = Math.max(0, Math.min(mentions.length - 1, mentionIndex));
    const box = scrollRef.current;
    const row = rowOfMention[next] ?? 0;
    if (box) {
      const top = row * MENTION_ROW_HEIGHT;
      // Keep the source header above the first mention of a source in view.
      const headerTop = rows[row - 1]?.type === 'source' ? top - MENTION_ROW_HEIGHT : top;
      if (headerTop < box.scrollTop) box.scrollTop = headerTop;
      else if (top + MENTION_ROW_HEIGHT > box.scrollTop + box.clientHeight) box.scrollTop = top + MENTION_ROW_HEIGHT - box.clientHeight;
      setScrollTop(box.scrollTop);
    }
    if (next === activeMention) return;
    focusPending.current = true;
    setActive(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const keys: Record<string, number> = {
      ArrowDown: activeMention + 1,
      ArrowUp: activeMention - 1,
      PageDown: activeMention + PAGE,
      PageUp: activeMention - PAGE,
      Home: 0,
      End: mentions.length - 1,
    };
    const target = keys[event.key];
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target);
  };

  const height = Math.min(rows.length * MENTION_ROW_HEIGHT, MAX_HEIGHT);
  return (
    <div
      className="mention-scroll"
      ref={scrollRef}
      style={{ height }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <ul
        className="mention-list"
        aria-label={label}
        data-count={mentions.length}
        ref={listRef}
        style={{ height: rows.length * MENTION_ROW_HEIGHT }}
        onKeyDown={onKeyDown}
      >
        {drawn.map((i) => {
          const row = rows[i];
          if (!row) return null;
          const style = { top: i * MENTION_ROW_HEIGHT, height: MENTION_ROW_HEIGHT };
          if (row.type === 'source') {
            return (
              <li key={row.key} className="mention-source" style={style} aria-setsize={rows.length} aria-posinset={i + 1}>
                <span className="mention-source-title">{row.title}</span>
                <span className="muted">{s.mentionCount(row.count)}</span>
              </li>
            );
          }
          const m = row.mention;
          return (
            <li key={row.key} className="mention-row" style={style} aria-setsize={rows.length} aria-posinset={i + 1}>
              <button
                type="button"
                className="mention-line"
                data-mention={row.index}
                tabIndex={row.index === activeMention ? 0 : -1}
                title={s.mentionOpen}
                onFocus={() => row.index !== activeMention && setActive(row.index)}
                onClick={() => onOpen(m)}
              >
                <span className="mention-before" dir="auto">
                  <span>{m.before}</span>
                </span>
                <mark className="mention-match" dir="auto">
                  {m.match}
                </mark>
                <span className="mention-after" dir="auto">
                  {m.after}
                </span>
                <span className="visually-hidden">, {s.mentionIn(m.sourceTitle)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
