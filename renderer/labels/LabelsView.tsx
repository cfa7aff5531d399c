import { useEffect, useEffectEvent, useId, useRef, useState, type FormEvent } from 'react';
import { excerpt } from '../annotations/excerpt';
import { useFocusRequest, useNavigation } from '../app/Navigation';
import type { Label } from '../../shared/api/types';
import { useMutate, useQuery } from '../api/QueryContext';
import { EmptyState } from '../ui/EmptyState';
import { errorMessage } from '../ui/errorMessage';
import { useNotices } from '../ui/Notices';
import { nextLabelColor } from './labelColors';
import { LabelChip } from './LabelChip';
import { labelsStrings as s } from './labelsStrings';
import { FormProblem } from '../ui/FormProblem';

/** All labels: create, rename, recolour, delete (to the Trash); open one to see its highlights across sources. */
export function LabelsView() {
  const id = useId();
  const labels = useQuery('labels.list', {});
  const mutate = useMutate();
  const notices = useNotices();
  const list = labels.data ?? [];
  const [name, setName] = useState('');
  const [color, setColor] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const shownColor = color ?? nextLabelColor(list.map((l) => l.color));

  // Shown from the nav or Ctrl/Cmd+3: focus on the first label, or on the name field when there are none.
  const focusRequest = useFocusRequest('labels');
  const { focusDone } = useNavigation();
  const loaded = labels.data !== undefined || labels.error !== undefined;
  useEffect(() => {
    if (!focusRequest || !loaded) return;
    const first = listRef.current?.querySelector<HTMLButtonElement>('.label-toggle');
    (first ?? nameRef.current)?.focus();
    focusDone(focusRequest);
  }, [focusRequest, loaded, focusDone]);

  // After a delete, focus goes to the neighbouring label (never to its Delete button), or to the name field.
  const focusAfterDelete = (labelId: string) => {
    const toggles = Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>('.label-toggle') ?? []);
    const index = toggles.findIndex((t) => t.dataset.labelId === labelId);
    const next = toggles[index + 1] ?? toggles[index - 1];
    if (next) next.focus();
    else nameRef.current?.focus();
  };

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
              <input ref={nameRef} id={`${id}-name`} value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-color`}>{s.color}</label>
              <input id={`${id}-color`} type="color" value={shownColor} onChange={(e) => setColor(e.target.value)} />
            </div>
            <button type="submit" className="primary" disabled={!name.trim()}>
              {s.create}
            </button>
          </form>
          <FormProblem problem={problem} />
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
            <ul className="label-list" aria-label={s.viewTitle} ref={listRef}>
              {list.map((label) => (
                <LabelRow
                  key={label.id}
                  label={label}
                  open={openId === label.id}
                  onToggle={() => setOpenId(openId === label.id ? null : label.id)}
                  onDeleting={() => focusAfterDelete(label.id)}
                />
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}

interface RowProps {
  label: Label;
  open: boolean;
  onToggle: () => void;
  /** Called just before the delete, while the neighbours are still where they were. */
  onDeleting: () => void;
}

function LabelRow({ label, open, onToggle, onDeleting }: RowProps) {
  const id = useId();
  const mutate = useMutate();
  const notices = useNotices();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(label.name);
  const toggleRef = useRef<HTMLButtonElement>(null);
  // Leaving the rename field puts focus back on the label, not on the page.
  const stopRenaming = () => {
    setRenaming(false);
    requestAnimationFrame(() => toggleRef.current?.focus());
  };

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
    onDeleting();
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
    <li className={`label-row${open ? ' open' : ''}`}>
      <div className="label-row-main">
        <ColorInput label={s.colorOf(label.name)} value={label.color} onCommit={(color) => void update({ color })} />
        {renaming ? (
          <form
            className="rename-inline"
            onSubmit={async (e) => {
              e.preventDefault();
              if (!name.trim() || name.trim() === label.name || (await update({ name: name.trim() }))) stopRenaming();
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
                  stopRenaming();
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
                stopRenaming();
              }}
            >
              {s.cancel}
            </button>
          </form>
        ) : (
          <button
            type="button"
            ref={toggleRef}
            className="label-toggle"
            data-label-id={label.id}
            aria-expanded={open}
            aria-controls={open ? `${id}-highlights` : undefined}
            title={open ? s.hideHighlights : s.showHighlights}
            onClick={onToggle}
          >
            <span className="disclosure" aria-hidden="true">
              {open ? '▾' : '▸'}
            </span>
            <LabelChip label={label} />
            <span className="muted label-usage">{s.usage(label.usageCount)}</span>
          </button>
        )}
        {renaming && <span className="muted label-usage">{s.usage(label.usageCount)}</span>}
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
      </div>
      {open && <LabelHighlights id={`${id}-highlights`} label={label} />}
    </li>
  );
}

/** The highlights that carry a label, across sources, grouped under their source; each opens the reader there. */
function LabelHighlights({ id, label }: { id: string; label: Label }) {
  const nav = useNavigation();
  const found = useQuery('annotations.byLabel', { labelId: label.id });
  const items = found.data ?? [];

  let body;
  if (found.error) {
    body = (
      <p className="inline-problem" role="alert">
        {found.error.message}
      </p>
    );
  } else if (found.data === undefined) {
    body = (
      <p className="muted" aria-busy="true">
        {s.loadingHighlights}
      </p>
    );
  } else if (items.length === 0) {
    body = <p className="muted">{s.noHighlights}</p>;
  } else {
    body = (
      <ol className="labelled-highlights">
        {items.map(({ annotation: a, sourceTitle }, index) => (
          <li key={a.id}>
            {items[index - 1]?.annotation.sourceId !== a.sourceId && <h4 className="labelled-source">{sourceTitle || s.untitledSource}</h4>}
            <button
              type="button"
              className="labelled-highlight"
              onClick={() => nav.openSource(a.sourceId, { start: a.start, end: a.end, annotationId: a.id }, { focus: true })}
            >
              <q>{excerpt(a.exact, 220)}</q>
              {a.note && <span className="labelled-note">{excerpt(a.note, 160)}</span>}
            </button>
          </li>
        ))}
      </ol>
    );
  }

  return (
    <section id={id} className="label-highlights" aria-label={s.highlightsOf(label.name)}>
      {body}
    </section>
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
