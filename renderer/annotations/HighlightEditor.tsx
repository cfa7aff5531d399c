import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { Label } from '../../shared/api/types';
import { LabelPicker } from '../labels/LabelPicker';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/errorMessage';
import { hasModKey } from '../ui/keyboard';
import { annotationsStrings as s } from './annotationsStrings';
import { excerpt } from './excerpt';

interface Props {
  /** New highlight or an existing one: decides the title only; saving is the caller's. */
  isNew: boolean;
  quote: string;
  initialNote?: string;
  initialLabelIds?: readonly string[];
  labels: readonly Label[];
  onCreateLabel: (name: string, color: string) => Promise<Label>;
  onSave: (note: string, labelIds: string[]) => Promise<void>;
  onClose: () => void;
  /** More actions on the passage (Add to timeline), beside Cancel. */
  extraActions?: ReactNode;
}

/** Note and labels for a highlight, new or existing. Ctrl/Cmd+Enter saves. */
export function HighlightEditor({ isNew, quote, initialNote = '', initialLabelIds = [], labels, onCreateLabel, onSave, onClose, extraActions }: Props) {
  const id = useId();
  const [note, setNote] = useState(initialNote);
  const [labelIds, setLabelIds] = useState<string[]>([...initialLabelIds]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await onSave(note, labelIds);
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  };

  return (
    <Dialog label={isNew ? s.newTitle : s.editTitle} onClose={onClose} size="medium">
      <form
        onSubmit={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && hasModKey(e)) {
            e.preventDefault();
            void save();
          }
        }}
      >
        <blockquote className="editor-quote" aria-label={s.quoteLabel}>
          {excerpt(quote, 400)}
        </blockquote>
        <div className="field">
          <label htmlFor={`${id}-note`}>{s.note}</label>
          <textarea
            id={`${id}-note`}
            data-autofocus
            rows={4}
            value={note}
            placeholder={s.notePlaceholder}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <LabelPicker labels={labels} selected={labelIds} onChange={setLabelIds} onCreate={onCreateLabel} />
        {problem && (
          <p className="inline-problem" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <span className="muted hint">{s.saveShortcut}</span>
          {extraActions}
          <button type="button" onClick={onClose}>
            {s.cancel}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {s.save}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
