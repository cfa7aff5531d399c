import { useId, useState, type KeyboardEvent } from 'react';
import { hasModKey } from '../ui/keyboard';

interface Props {
  label: string;
  value: string;
  /** Called when the text is left changed (blur, Enter on one line, Ctrl/Cmd+Enter on several). */
  onCommit: (next: string) => void;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  hint?: string;
  maxLength?: number;
  className?: string;
}

/**
 * A field saved when the analyst leaves it. While it is being edited the
 * draft wins; otherwise it shows the stored value, so an undo or a change
 * made elsewhere appears at once. Esc puts the stored value back.
 */
export function EditableText({ label, value, onCommit, multiline = false, rows = 3, placeholder, hint, maxLength, className }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);

  const commit = () => {
    if (draft !== null && draft !== value) onCommit(draft);
    setDraft(null);
  };

  const common = {
    id,
    value: draft ?? value,
    placeholder,
    maxLength,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: commit,
    onKeyDown: (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      if (e.key === 'Escape' && draft !== null) {
        // The first Esc only drops the edit; the next one may close the panel.
        e.preventDefault();
        e.stopPropagation();
        setDraft(null);
      } else if (e.key === 'Enter' && (!multiline || hasModKey(e))) {
        e.preventDefault();
        e.stopPropagation();
        commit();
      }
    },
  };

  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea {...common} rows={rows} /> : <input type="text" {...common} />}
      {hint && (
        <span id={`${id}-hint`} className="muted small-text">
          {hint}
        </span>
      )}
    </div>
  );
}
