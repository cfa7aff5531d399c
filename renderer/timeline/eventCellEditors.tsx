import type { CustomCellEditorProps } from 'ag-grid-react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { EVENT_ROW } from '../../shared/api/timelineTypes';
import { EntityPicker } from '../claims/EntityPicker';
import { hasModKey } from '../ui/keyboard';
import { EdtfField } from './EdtfField';
import type { EventRow } from './eventRows';
import type { TimelineGridContext } from './timelineGridContext';
import { timelineStrings as s } from './timelineStrings';

type Props<V> = CustomCellEditorProps<EventRow, V, TimelineGridContext>;

/** Hands a value to the grid and ends the edit once the grid has it. */
function commit<V>(props: Props<V>, value: V): void {
  props.onValueChange(value);
  setTimeout(() => props.stopEditing(), 0);
}

/** The date cell: the EDTF editor with its plain-words preview. Enter saves (even an invalid value, kept as typed). */
export function DateCellEditor(props: Props<string>) {
  const inputRef = useRef<HTMLInputElement>(null);
  // Typing on a cell starts the edit with that key; Enter or F2 keeps the value.
  const [value, setValue] = useState(() => {
    const key = props.eventKey;
    return key && key.length === 1 ? key : (props.data?.[EVENT_ROW.dateEdtf] ?? '');
  });
  useEffect(() => {
    const input = inputRef.current;
    input?.focus();
    if (input && !(props.eventKey && props.eventKey.length === 1)) input.select();
  }, [props.eventKey]);
  return (
    <div className="cell-popup date-editor">
      <EdtfField
        value={value}
        inputRef={inputRef}
        onChange={(next) => {
          setValue(next);
          props.onValueChange(next);
        }}
      />
    </div>
  );
}

/** The type cell: a list of the types with their colours. ↑ ↓ choose, Enter saves. */
export function TypeCellEditor(props: Props<string | null>) {
  const { types } = props.context;
  const options: { id: string | null; name: string; color: string | null }[] = [{ id: null, name: s.noType, color: null }, ...types.map((t) => ({ id: t.id, name: t.name, color: t.color }))];
  const initial = props.data?.[EVENT_ROW.typeId] ?? null;
  const [active, setActive] = useState(() => Math.max(0, options.findIndex((o) => o.id === initial)));
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => listRef.current?.focus(), []);
  const choose = (index: number) => {
    const option = options[index];
    if (!option) return;
    setActive(index);
    props.onValueChange(option.id);
    listRef.current?.children[index]?.scrollIntoView?.({ block: 'nearest' });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key === 'ArrowDown') choose(Math.min(options.length - 1, active + 1));
    else if (event.key === 'ArrowUp') choose(Math.max(0, active - 1));
    else if (event.key === 'Home') choose(0);
    else if (event.key === 'End') choose(options.length - 1);
    else if (event.key.length === 1 && /\S/.test(event.key)) {
      const found = options.findIndex((o, i) => i > 0 && o.name.toLowerCase().startsWith(event.key.toLowerCase()));
      if (found >= 0) choose(found);
    } else return;
    event.preventDefault();
  };
  return (
    <ul
      ref={listRef}
      className="cell-popup type-editor"
      role="listbox"
      aria-label={s.typeLabel}
      tabIndex={0}
      aria-activedescendant={`type-option-${active}`}
      onKeyDown={onKeyDown}
    >
      {options.map((option, index) => (
        <li
          key={option.id ?? ''}
          id={`type-option-${index}`}
          role="option"
          aria-selected={index === active}
          className={`type-option${index === active ? ' active' : ''}`}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => commit(props, option.id)}
        >
          <span className="type-swatch" style={{ background: option.color ?? 'transparent' }} />
          {option.name}
        </li>
      ))}
    </ul>
  );
}

/** The place cell: find an entity by any of its names (or create a place); Enter picks and saves. */
export function PlaceCellEditor(props: Props<string | null>) {
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);
  const current = props.data?.[EVENT_ROW.placeEntityId] ?? null;
  return (
    <div
      className="cell-popup place-editor"
      onKeyDown={(e) => {
        if (e.key === 'Tab') {
          e.preventDefault();
          props.stopEditing();
        }
      }}
    >
      <EntityPicker
        label={s.placeLabel}
        placeholder={current ? props.context.entityName(current) : s.placePlaceholder}
        allowCreate
        inputRef={inputRef}
        onPick={(choice) => {
          if (choice.type === 'entity') commit(props, choice.entity.id);
        }}
      />
      {current && (
        <button type="button" className="small quiet" onClick={() => commit(props, null)}>
          {s.clearPlace}
        </button>
      )}
    </div>
  );
}

/** The entities cell: chips of the entities involved and a picker to add more. Backspace removes the last; Ctrl+Enter saves. */
export function EntitiesCellEditor(props: Props<string[]>) {
  const [ids, setIds] = useState<string[]>(() => [...(props.data?.[EVENT_ROW.entityIds] ?? [])]);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);
  const change = (next: string[]) => {
    setIds(next);
    props.onValueChange(next);
  };
  return (
    <div
      className="cell-popup entities-editor"
      onKeyDown={(e) => {
        if (e.key === 'Enter' && hasModKey(e)) {
          e.preventDefault();
          props.stopEditing();
        } else if (e.key === 'Tab') {
          e.preventDefault();
          props.stopEditing();
        } else if (e.key === 'Backspace' && e.target === inputRef.current && inputRef.current?.value === '' && ids.length > 0) {
          change(ids.slice(0, -1));
        }
      }}
    >
      <ul className="chip-list" aria-label={s.entitiesLabel}>
        {ids.map((id) => (
          <li key={id} className="chip">
            {props.context.entityName(id)}
            <button type="button" className="icon-button" aria-label={s.removeEntity(props.context.entityName(id))} onClick={() => change(ids.filter((x) => x !== id))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <EntityPicker
        label={s.entitiesLabel}
        placeholder={s.entitiesPlaceholder}
        allowCreate
        excludeIds={ids}
        inputRef={inputRef}
        onPick={(choice) => {
          if (choice.type === 'entity') change([...ids, choice.entity.id]);
        }}
      />
      <p className="muted small-text">{s.doneHint}</p>
    </div>
  );
}

/** Which timelines the event is on: a checkbox per timeline. Space toggles, Enter saves. */
export function TimelinesCellEditor(props: Props<string[]>) {
  const [ids, setIds] = useState<string[]>(() => [...(props.data?.[EVENT_ROW.timelineIds] ?? [])]);
  const firstRef = useRef<HTMLInputElement>(null);
  useEffect(() => firstRef.current?.focus(), []);
  const { timelines } = props.context;
  return (
    <fieldset className="cell-popup timelines-editor">
      <legend>{s.timelinesLabel}</legend>
      {timelines.length === 0 && <p className="muted">{s.noTimelines}</p>}
      {timelines.map((timeline, index) => (
        <label key={timeline.id} className="choice-filter-option">
          <input
            ref={index === 0 ? firstRef : undefined}
            type="checkbox"
            checked={ids.includes(timeline.id)}
            onKeyDown={(e) => {
              const boxes = Array.from(e.currentTarget.closest('fieldset')?.querySelectorAll('input') ?? []);
              const at = boxes.indexOf(e.currentTarget);
              if (e.key === 'ArrowDown') boxes[at + 1]?.focus();
              else if (e.key === 'ArrowUp') boxes[at - 1]?.focus();
            }}
            onChange={(e) => {
              const next = e.target.checked ? [...ids, timeline.id] : ids.filter((x) => x !== timeline.id);
              setIds(next);
              props.onValueChange(next);
            }}
          />
          {timeline.name}
        </label>
      ))}
    </fieldset>
  );
}
