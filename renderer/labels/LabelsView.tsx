import { useEffect, useEffectEvent, useId, useRef, useState, type FormEvent } from 'react';
import type { Label } from '../../shared/api/types';
import { useMutate, useQuery } from '../api/QueryContext';
import { EmptyState } from '../ui/EmptyState';
import { errorMessage } from '../ui/errorMessage';
import { useNotices } from '../ui/Notices';
import { nextLabelColor } from './labelColors';
import { LabelChip } from './LabelChip';
import { labelsStrings as s } from './labelsStrings';

/** All labels: create, rename, recolour, delete (to the Trash). */
export function LabelsView() {
  const id = useId();
  const labels = useQuery('labels.list', {});
  const mutate = useMutate();
  const notices = useNotices();
  const list = labels.data ?? [];
  const [name, setName] = useState('');
  const [color, setColor] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const shownColor = color ?? nextLabelColor(list.map((l) => l.color));

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      const label = await mutate('labels.create', { name: name.trim(), color: shownColor });
      notices.notify(s.created(label.name));
      setName('');
      setColor(null);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  return (
    <div className="view labels-view">
      <div className="view-toolbar">
        <h1 className="view-title">
          {s.viewTitle} {labels.data && <span className="count">{list.length}</span>}
        </h1>
      </div>
      <div className="view-scroll">
        <div className="page-column">
          <p className="muted">{s.intro}</p>
          <form className="label-create" onSubmit={create} aria-label={s.createHeading}>
            <div className="field">
              <label htmlFor={`${id}-name`}>{s.name}</label>
              <input id={`${id}-name`} value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-color`}>{s.color}</label>
              <input id={`${id}-color`} type="color" value={shownColor} onChange={(e) => setColor(e.target.value)} />
            </div>
            <button type="submit" className="primary" disabled={!name.trim()}>
              {s.create}
            </button>
          </form>
          {problem && (
            <p className="inline-problem" role="alert">
              {problem}
            </p>
          )}
          {labels.error && (
            <p className="inline-problem" role="alert">
              {labels.error.message}
            </p>
          )}
          {labels.data && list.length === 0 ? (
            <EmptyState title={s.emptyTitle}>
              <p>{s.emptyBody}</p>
            </EmptyState>
          ) : (
            <ul className="label-list" aria-label={s.viewTitle}>
              {list.map((label) => (
                <LabelRow key={label.id} label={label} />
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}

function LabelRow({ label }: { label: Label }) {
  const mutate = useMutate();
  const notices = useNotices();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(label.name);

  const update = async (patch: { name?: string; color?: string }) => {
    try {
      await mutate('labels.update', { id: label.id, ...patch });
      return true;
    } catch (error) {
      notices.reportError(error);
      return false;
    }
  };

  const remove = async () => {
    try {
      await mutate('labels.delete', { id: label.id });
      notices.notify(s.deleted(label.name), {
        timeoutMs: 10000,
        action: { label: s.undo, run: () => void mutate('trash.restore', { kind: 'label', id: label.id }) },
      });
    } catch (error) {
      notices.reportError(error);
    }
  };

  return (
    <li className="label-row">
      <ColorInput label={s.colorOf(label.name)} value={label.color} onCommit={(color) => void update({ color })} />
      {renaming ? (
        <form
          className="rename-inline"
          onSubmit={async (e) => {
            e.preventDefault();
            if (!name.trim() || name.trim() === label.name || (await update({ name: name.trim() }))) setRenaming(false);
          }}
        >
          <input
            aria-label={s.renameField(label.name)}
            value={name}
            maxLength={80}
            autoFocus
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                setName(label.name);
                setRenaming(false);
              }
            }}
          />
          <button type="submit" className="small primary">
            {s.save}
          </button>
          <button
            type="button"
            className="small"
            onClick={() => {
              setName(label.name);
              setRenaming(false);
            }}
          >
            {s.cancel}
          </button>
        </form>
      ) : (
        <span className="label-name">
          <LabelChip label={label} />
        </span>
      )}
      <span className="muted label-usage">{s.usage(label.usageCount)}</span>
      {!renaming && (
        <span className="row-actions">
          <button
            type="button"
            className="small"
            aria-label={s.renameLabel(label.name)}
            onClick={() => {
              setName(label.name);
              setRenaming(true);
            }}
          >
            {s.rename}
          </button>
          <button type="button" className="small danger-quiet" aria-label={s.deleteLabel(label.name)} onClick={() => void remove()}>
            {s.delete}
          </button>
        </span>
      )}
    </li>
  );
}

/**
 * A colour input that saves once the choice is made: React's onChange fires
 * continuously while the picker is dragged, the native change event only at the end.
 */
function ColorInput({ label, value, onCommit }: { label: string; value: string; onCommit: (color: string) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  const commit = useEffectEvent((color: string) => onCommit(color));
  useEffect(() => {
    const input = ref.current;
    if (!input) return;
    input.value = value;
    const onChange = () => {
      if (input.value.toLowerCase() !== value.toLowerCase()) commit(input.value);
    };
    input.addEventListener('change', onChange);
    return () => input.removeEventListener('change', onChange);
  }, [value]);
  return <input ref={ref} type="color" className="swatch-input" aria-label={label} defaultValue={value} />;
}
