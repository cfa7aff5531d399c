import { useId, useState, type FormEvent } from 'react';
import type { EventType } from '../../shared/api/timelineTypes';
import { nextLabelColor } from '../labels/labelColors';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/errorMessage';
import { useNotices } from '../ui/Notices';
import { timelineStrings as s } from './timelineStrings';
import { useEventMutate } from './useEventMutate';
import { FormProblem } from '../ui/FormProblem';

interface Props {
  types: readonly EventType[];
  onClose: () => void;
}

/** The analyst's event types: name and colour, edited in place; added at the bottom; deleted to the Trash. */
export function EventTypesDialog({ types, onClose }: Props) {
  const id = useId();
  const mutate = useEventMutate();
  const notices = useNotices();
  const [name, setName] = useState('');
  const [color, setColor] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const shownColor = color ?? nextLabelColor(types.map((t) => t.color));

  const run = async (action: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await action();
      return true;
    } catch (error) {
      setProblem(errorMessage(error));
      return false;
    }
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await run(() => mutate('eventTypes.create', { name: name.trim(), color: shownColor }));
    if (ok) {
      setName('');
      setColor(null);
    }
  };

  const remove = async (type: EventType) => {
    const ok = await run(() => mutate('eventTypes.delete', { id: type.id }));
    if (ok) {
      notices.notify(s.typeDeleted(type.name), {
        timeoutMs: 10000,
        action: { label: s.undo, run: () => void mutate('trash.restore', { kind: 'eventType', id: type.id }) },
      });
    }
  };

  return (
    <Dialog label={s.typesTitle} onClose={onClose} size="medium">
      {types.length === 0 ? (
        <p className="muted">{s.noTypesYet}</p>
      ) : (
        <ul className="type-list">
          {types.map((type) => (
            <li key={type.id} className="type-row">
              <input
                type="color"
                aria-label={`${s.typeColor}: ${type.name}`}
                value={type.color}
                onChange={(e) => void run(() => mutate('eventTypes.update', { id: type.id, color: e.target.value }))}
              />
              <input
                type="text"
                aria-label={`${s.typeName}: ${type.name}`}
                defaultValue={type.name}
                maxLength={80}
                onBlur={(e) => {
                  const next = e.target.value.trim();
                  if (next && next !== type.name) void run(() => mutate('eventTypes.update', { id: type.id, name: next }));
                  else e.target.value = type.name;
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    e.currentTarget.blur();
                  }
                }}
              />
              <button type="button" className="small danger-quiet" aria-label={s.deleteType(type.name)} onClick={() => void remove(type)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="type-add" onSubmit={add}>
        <input type="color" aria-label={s.typeColor} value={shownColor} onChange={(e) => setColor(e.target.value)} />
        <label htmlFor={`${id}-name`} className="visually-hidden">
          {s.typeName}
        </label>
        <input id={`${id}-name`} data-autofocus type="text" placeholder={s.typeName} value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="primary" disabled={!name.trim()}>
          {s.addType}
        </button>
      </form>
      <FormProblem problem={problem} />
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {s.close}
        </button>
      </div>
    </Dialog>
  );
}
