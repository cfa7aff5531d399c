import { useId, type KeyboardEvent, type Ref } from 'react';
import { parseEdtf } from '../../shared/dates/edtf';
import { timelineStrings as s } from './timelineStrings';

interface Props {
  value: string;
  onChange: (value: string) => void;
  label?: string;
  hideLabel?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  className?: string;
  /** False where an invalid date cannot be kept (a filter): the "saved as typed" line is not shown. */
  keepsInvalid?: boolean;
  /** Shown when the box is empty, instead of "No date". */
  emptyText?: string;
}

/** What a typed date reads as, live: the plain words, or why it is not a date yet. */
export function edtfPreview(value: string, emptyText: string = s.datePreviewEmpty): { ok: boolean; text: string } {
  if (value.trim() === '') return { ok: true, text: emptyText };
  const parsed = parseEdtf(value);
  return parsed.ok ? { ok: true, text: parsed.date.words } : { ok: false, text: s.dateInvalid(parsed.reason) };
}

/**
 * The EDTF editor used in the grid and the dialogs: a text box whose plain
 * words (or the reason it is not valid) show as you type. An invalid value
 * can still be saved: it is kept as typed and marked, never rewritten.
 */
export function EdtfField({
  value,
  onChange,
  label = s.dateLabel,
  hideLabel = false,
  inputRef,
  autoFocus,
  onKeyDown,
  className,
  keepsInvalid = true,
  emptyText,
}: Props) {
  const id = useId();
  const preview = edtfPreview(value, emptyText);
  return (
    <div className={`edtf-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        ref={inputRef}
        type="text"
        className="edtf-input"
        value={value}
        spellCheck={false}
        autoComplete="off"
        autoFocus={autoFocus}
        maxLength={200}
        aria-invalid={!preview.ok}
        aria-describedby={`${id}-preview ${id}-hint`}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <output id={`${id}-preview`} className={`edtf-preview${preview.ok ? '' : ' invalid'}`} aria-live="polite">
        {preview.text}
      </output>
      {!preview.ok && keepsInvalid && <span className="edtf-kept muted">{s.dateKeptAsTyped}</span>}
      <span id={`${id}-hint`} className="edtf-hint muted">
        {s.dateHint}
      </span>
    </div>
  );
}
