import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { hasModKey } from '../ui/keyboard';
import { entitiesStrings as s } from './entitiesStrings';
import { plainError } from './plainError';
import { FormProblem } from '../ui/FormProblem';

interface Props {
  value: string;
  /** Accessible name of the field while editing. */
  fieldLabel: string;
  /** Accessible name of the button that starts editing. */
  editLabel: string;
  emptyText: string;
  multiline?: boolean;
  maxLength: number;
  className?: string;
  onSave: (value: string) => Promise<unknown>;
}

/**
 * Text shown as text until the person asks to edit it. Enter saves a line
 * (Ctrl/Cmd+Enter a longer text), Esc puts it back; focus returns to the
 * edit button either way.
 */
export function InlineEdit({ value, fieldLabel, editLabel, emptyText, multiline = false, maxLength, className = '', onSave }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    buttonRef.current?.focus();
  }, [editing]);

  const begin = () => {
    setDraft(value);
    setProblem(null);
    setEditing(true);
  };

  const finish = () => {
    returnFocus.current = true;
    setEditing(false);
  };

  const save = async () => {
    if (busy) return;
    if (draft.trim() === value.trim()) {
      finish();
      return;
    }
    setBusy(true);
    try {
      await onSave(multiline ? draft : draft.trim());
      finish();
    } catch (error) {
      setProblem(plainError(error));
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      // The field, not the dialog or view around it, handles this Esc.
      event.preventDefault();
      event.stopPropagation();
      finish();
    } else if (event.key === 'Enter' && (!multiline || hasModKey(event))) {
      event.preventDefault();
      void save();
    }
  };

  if (editing) {
    const common = {
      'aria-label': fieldLabel,
      value: draft,
      maxLength,
      autoFocus: true,
      dir: 'auto' as const,
      onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
      onKeyDown,
    };
    return (
      <div className={`inline-edit editing ${className}`}>
        {multiline ? <textarea rows={5} {...common} /> : <input {...common} />}
        <div className="inline-edit-actions">
          <button type="button" className="small primary" disabled={busy} onClick={() => void save()}>
            {s.save}
          </button>
          <button type="button" className="small" onClick={finish}>
            {s.cancel}
          </button>
        </div>
        <FormProblem problem={problem} />
      </div>
    );
  }

  return (
    <div className={`inline-edit ${className}`}>
      {value.trim() ? (
        <p className="inline-edit-text" dir="auto">
          {value}
        </p>
      ) : (
        <p className="inline-edit-text muted">{emptyText}</p>
      )}
      <button ref={buttonRef} type="button" className="small quiet inline-edit-button" onClick={begin}>
        {editLabel}
      </button>
    </div>
  );
}
