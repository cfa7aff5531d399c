import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { EntitySummary, Label } from '../../shared/api/types';
import { LabelPicker } from '../labels/LabelPicker';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/errorMessage';
import { hasModKey } from '../ui/keyboard';
import { annotationsStrings as s } from './annotationsStrings';
import { EntityTagsField } from './EntityTagsField';
import { excerpt } from './excerpt';
import { FormProblem } from '../ui/FormProblem';

export interface HighlightValues {
  note: string;
  labelIds: string[];
  entityIds: string[];
}

/** What to do once the highlight is saved: nothing more, or go on to a claim. */
export type AfterSave = 'claim' | 'cite' | 'timeline' | undefined;

interface Props {
  /** New highlight or an existing one: decides the title only; saving is the caller's. */
  isNew: boolean;
  quote: string;
  initialNote?: string;
  initialLabelIds?: readonly string[];
  initialEntityIds?: readonly string[];
  labels: readonly Label[];
  onCreateLabel: (name: string, color: string) => Promise<Label>;
  /** Names and kinds of the entities, for the tags. */
  entitiesById: ReadonlyMap<string, Pick<EntitySummary, 'id' | 'name' | 'kind'>>;
  /** Entities named in the passage, offered as tags with one click. */
  suggestedEntityIds?: readonly string[];
  onSave: (values: HighlightValues, then: AfterSave) => Promise<void>;
  onClose: () => void;
  /** More actions on the passage (Add to timeline), beside Cancel. */
  extraActions?: ReactNode;
}

const NONE: readonly string[] = [];

/**
 * Note, labels and entity tags for a highlight, new or existing. Ctrl/Cmd+Enter
 * saves; Make claim, Cite in claim and Add to timeline save first, then go on with the passage.
 */
export function HighlightEditor({
  isNew,
  quote,
  initialNote = '',
  initialLabelIds = NONE,
  initialEntityIds = NONE,
  labels,
  onCreateLabel,
  entitiesById,
  suggestedEntityIds = NONE,
  onSave,
  onClose,
  extraActions,
}: Props) {
  const id = useId();
  const [note, setNote] = useState(initialNote);
  const [labelIds, setLabelIds] = useState<string[]>([...initialLabelIds]);
  const [entityIds, setEntityIds] = useState<string[]>([...initialEntityIds]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const save = async (event?: FormEvent, then?: AfterSave) => {
    event?.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await onSave({ note, labelIds, entityIds }, then);
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
        <EntityTagsField value={entityIds} onChange={setEntityIds} entitiesById={entitiesById} suggestedIds={suggestedEntityIds} />
        <FormProblem problem={problem} />
        <div className="dialog-actions">
          <button type="button" disabled={busy} title={s.saveThenClaim} onClick={() => void save(undefined, 'claim')}>
            {s.makeClaim}
          </button>
          <button type="button" disabled={busy} title={s.saveThenCite} onClick={() => void save(undefined, 'cite')}>
            {s.citeInClaim}
          </button>
          {/* Saved and closed first: the event's dialog opens in its place, not stacked over the editor. */}
          <button type="button" disabled={busy} title={s.saveThenTimeline} onClick={() => void save(undefined, 'timeline')}>
            {s.addToTimeline}
          </button>
          {extraActions}
          <button type="button" onClick={onClose}>
            {s.cancel}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {s.save}
          </button>
        </div>
        {/* Five buttons fill the row: the shortcut hint gets a line of its own, under Save. */}
        <p className="muted hint dialog-actions-hint">{s.saveShortcut}</p>
      </form>
    </Dialog>
  );
}
