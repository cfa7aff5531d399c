import { useEffect, useId, useRef, useState, type CSSProperties } from 'react';
import type { Label } from '../../shared/api/types';
import { errorMessage } from '../ui/errorMessage';
import { readableTextColor } from '../ui/readableTextColor';
import { nextLabelColor } from './labelColors';
import { labelsStrings as s } from './labelsStrings';
import { FormProblem } from '../ui/FormProblem';

interface Props {
  labels: readonly Label[];
  selected: readonly string[];
  onChange: (labelIds: string[]) => void;
  /** Creates a label; the new one is switched on. */
  onCreate: (name: string, color: string) => Promise<Label>;
}

/** Labels as toggle chips, plus a way to make a new one without leaving the form. */
export function LabelPicker({ labels, selected, onChange, onCreate }: Props) {
  const id = useId();
  const [name, setName] = useState('');
  // Until one is picked, the colour offered follows the labels (they may arrive after the picker shows).
  const [pickedColor, setColor] = useState<string | null>(null);
  const color = pickedColor ?? nextLabelColor(labels.map((l) => l.color));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // The label just added or switched on by name: focus goes to its toggle once it is drawn,
  // so that focus stays in the editor (and Ctrl/Cmd+Enter still saves).
  const [focusId, setFocusId] = useState<string | null>(null);
  const rootRef = useRef<HTMLFieldSetElement>(null);

  useEffect(() => {
    if (!focusId || !labels.some((l) => l.id === focusId)) return;
    const toggle = Array.from(rootRef.current?.querySelectorAll<HTMLButtonElement>('.chip-toggle') ?? []).find(
      (b) => b.dataset.labelId === focusId,
    );
    if (!toggle) return;
    toggle.focus();
    setFocusId(null);
  }, [focusId, labels]);

  const toggle = (labelId: string) =>
    onChange(selected.includes(labelId) ? selected.filter((x) => x !== labelId) : [...selected, labelId]);

  const create = async () => {
    const trimmed = name.trim();
    if (!trimmed || busy) return;
    const existing = labels.find((l) => l.name.toLowerCase() === trimmed.toLowerCase());
    if (existing) {
      // Typing an existing name just switches that label on.
      if (!selected.includes(existing.id)) onChange([...selected, existing.id]);
      setName('');
      setFocusId(existing.id);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const label = await onCreate(trimmed, color);
      onChange([...selected, label.id]);
      setName('');
      setFocusId(label.id);
      setColor(null);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="label-picker" ref={rootRef}>
      <legend>{s.pickerLegend}</legend>
      {labels.length === 0 ? (
        <p className="muted">{s.pickerEmpty}</p>
      ) : (
        <div className="chip-row">
          {labels.map((label) => {
            const on = selected.includes(label.id);
            return (
              <button
                key={label.id}
                type="button"
                className={`chip-toggle${on ? ' on' : ''}`}
                data-label-id={label.id}
                aria-pressed={on}
                style={
                  on
                    ? { background: label.color, color: readableTextColor(label.color), borderColor: label.color }
                    : ({ '--chip': label.color } as CSSProperties)
                }
                onClick={() => toggle(label.id)}
              >
                <span className="chip-dot" aria-hidden="true" style={{ background: label.color }} />
                {label.name}
              </button>
            );
          })}
        </div>
      )}
      <div className="new-label-row">
        <label htmlFor={`${id}-name`} className="visually-hidden">
          {s.newLabel}
        </label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={80}
          placeholder={s.newLabelPlaceholder}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
              e.preventDefault();
              void create();
            }
          }}
        />
        <label htmlFor={`${id}-color`} className="visually-hidden">
          {s.newLabelColor}
        </label>
        <input id={`${id}-color`} type="color" value={color} onChange={(e) => setColor(e.target.value)} />
        <button type="button" onClick={() => void create()} disabled={busy || !name.trim()}>
          {s.addLabel}
        </button>
      </div>
      <FormProblem problem={problem} />
    </fieldset>
  );
}
