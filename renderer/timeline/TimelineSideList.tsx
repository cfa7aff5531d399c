import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Timeline } from '../../shared/api/timelineTypes';
import { errorMessage } from '../ui/errorMessage';
import { useNotices } from '../ui/Notices';
import { timelineStrings as s } from './timelineStrings';
import { useEventMutate } from './useEventMutate';
import { FormProblem } from '../ui/FormProblem';

interface Props {
  timelines: readonly Timeline[];
  /** Events in the project, for "All events". */
  allCount: number | null;
  /** null: All events. */
  selectedId: string | null;
  onSelect: (timelineId: string | null) => void;
}

/**
 * "All events" and the project's timelines: choose one (↑ ↓ move, Enter
 * opens), create, rename (F2), delete to the Trash (Delete) with Undo.
 */
export function TimelineSideList({ timelines, allCount, selectedId, onSelect }: Props) {
  const id = useId();
  const mutate = useEventMutate();
  const notices = useNotices();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [renameText, setRenameText] = useState('');
  const listRef = useRef<HTMLUListElement>(null);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      const timeline = await mutate('timelines.create', { name: name.trim() });
      setName('');
      notices.notify(s.timelineCreated(timeline.name));
      onSelect(timeline.id);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  const rename = async (timeline: Timeline) => {
    const next = renameText.trim();
    setRenaming(null);
    if (!next || next === timeline.name) return;
    try {
      await mutate('timelines.update', { id: timeline.id, name: next });
    } catch (error) {
      notices.reportError(error);
    }
  };

  const remove = async (timeline: Timeline) => {
    try {
      await mutate('timelines.delete', { id: timeline.id });
      if (selectedId === timeline.id) onSelect(null);
      notices.notify(s.timelineDeleted(timeline.name), {
        timeoutMs: 10000,
        action: { label: s.undo, run: () => void mutate('trash.restore', { kind: 'timeline', id: timeline.id }) },
      });
    } catch (error) {
      notices.reportError(error);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, timeline: Timeline | null) => {
    const buttons = Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>('.timeline-item') ?? []);
    const at = buttons.indexOf(event.currentTarget);
    if (event.key === 'ArrowDown') buttons[at + 1]?.focus();
    else if (event.key === 'ArrowUp') buttons[at - 1]?.focus();
    else if (event.key === 'F2' && timeline) {
      setRenaming(timeline.id);
      setRenameText(timeline.name);
    } else if (event.key === 'Delete' && timeline) void remove(timeline);
    else return;
    event.preventDefault();
  };

  const item = (timeline: Timeline | null) => {
    const itemId = timeline?.id ?? null;
    const current = selectedId === itemId;
    if (timeline && renaming === timeline.id) {
      return (
        <li key={timeline.id} className="timeline-row renaming">
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void rename(timeline);
            }}
          >
            <label htmlFor={`${id}-rename`} className="visually-hidden">
              {s.renameTimeline(timeline.name)}
            </label>
            <input
              id={`${id}-rename`}
              autoFocus
              value={renameText}
              maxLength={200}
              onChange={(e) => setRenameText(e.target.value)}
              onBlur={() => void rename(timeline)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  e.preventDefault();
                  e.stopPropagation();
                  setRenaming(null);
                }
              }}
            />
          </form>
        </li>
      );
    }
    const count = timeline ? timeline.eventCount : allCount;
    return (
      <li key={itemId ?? '#all'} className={`timeline-row${current ? ' current' : ''}`}>
        <button
          type="button"
          className="timeline-item"
          aria-current={current ? 'true' : undefined}
          onClick={(e) => {
            // Focused on every platform (a click does not focus a button everywhere), so F2 and Delete act on it.
            e.currentTarget.focus();
            onSelect(itemId);
          }}
          onKeyDown={(e) => onKeyDown(e, timeline)}
        >
          <span className="timeline-name">{timeline ? timeline.name : s.allEvents}</span>
          {count !== null && <span className="nav-count">{count.toLocaleString()}</span>}
        </button>
        {timeline && (
          <span className="row-actions">
            <button
              type="button"
              className="icon-button"
              aria-label={s.renameTimeline(timeline.name)}
              title={`${s.rename} (F2)`}
              onClick={() => {
                setRenaming(timeline.id);
                setRenameText(timeline.name);
              }}
            >
              ✎
            </button>
            <button type="button" className="icon-button" aria-label={s.deleteTimeline(timeline.name)} title={s.deleteTimeline(timeline.name)} onClick={() => void remove(timeline)}>
              ×
            </button>
          </span>
        )}
      </li>
    );
  };

  return (
    <nav className="timeline-side" aria-label={s.listLabel}>
      <ul ref={listRef} className="timeline-list">
        {item(null)}
        {timelines.map((t) => item(t))}
      </ul>
      <form className="timeline-create" onSubmit={create}>
        <label htmlFor={`${id}-new`}>{s.newTimeline}</label>
        <div className="timeline-create-row">
          <input id={`${id}-new`} value={name} maxLength={200} placeholder={s.newTimelinePlaceholder} onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="small" disabled={!name.trim()}>
            {s.create}
          </button>
        </div>
        <FormProblem problem={problem} />
      </form>
    </nav>
  );
}
