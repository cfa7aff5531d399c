import { useId, useState, type FormEvent } from 'react';
import type { ImportResult } from '../../shared/api/types';
import { MAX_PASTE_CHARS } from '../../shared/sources/sourceLimits';
import { useMutate } from '../api/QueryContext';
import { errorMessage } from '../ui/errorMessage';
import { hasModKey } from '../ui/keyboard';
import { emptySourceMeta, type SourceMeta } from './SourceMeta';
import { sourceMetaProblem, SourceMetaFields } from './SourceMetaFields';
import { sourcesStrings as s } from './sourcesStrings';

interface Props {
  onAdded: (result: ImportResult) => void;
  onOpenExisting: (sourceId: string) => void;
  onCancel: () => void;
}

/** The "Paste text" tab: the text plus its description, sent as one new source. */
export function PasteSourceForm({ onAdded, onOpenExisting, onCancel }: Props) {
  const id = useId();
  const mutate = useMutate();
  const [meta, setMeta] = useState<SourceMeta>(emptySourceMeta);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ message: string; existingId?: string } | null>(null);
  const [submitAttempt, setSubmitAttempt] = useState(0);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    if (!text.trim()) {
      setProblem({ message: s.textRequired });
      return;
    }
    if (sourceMetaProblem(meta)) {
      setSubmitAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const result = await mutate('sources.addText', {
        text,
        title: meta.title.trim() || undefined,
        outlet: meta.outlet,
        author: meta.author,
        published: meta.published.trim(),
        url: meta.url,
        reliability: meta.reliability,
        notes: meta.notes,
      });
      if (result.status === 'imported') onAdded(result);
      else if (result.status === 'duplicate')
        setProblem({ message: s.pasteDuplicate(result.title ?? s.untitled), existingId: result.duplicateOf });
      else setProblem({ message: result.message ?? 'The text could not be added.' });
    } catch (error) {
      setProblem({ message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="paste-form"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && hasModKey(e)) {
          e.preventDefault();
          void submit();
        }
      }}
    >
      <div className="paste-columns">
        <div className="field paste-text-field">
          <label htmlFor={`${id}-text`}>{s.fields.text}</label>
          <textarea
            id={`${id}-text`}
            data-autofocus
            value={text}
            maxLength={MAX_PASTE_CHARS}
            placeholder={s.fields.textPlaceholder}
            onChange={(e) => {
              setText(e.target.value);
              // "Paste some text first" is answered by pasting: the message goes as soon as there is text.
              if (problem?.message === s.textRequired && e.target.value.trim()) setProblem(null);
            }}
          />
        </div>
        <SourceMetaFields value={meta} onChange={setMeta} titleOptional submitAttempt={submitAttempt} />
      </div>
      {problem && (
        <div className="inline-problem" role="alert">
          {problem.message}
          {problem.existingId && (
            <button type="button" className="link-button" onClick={() => onOpenExisting(problem.existingId as string)}>
              {s.openExisting}
            </button>
          )}
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {s.cancel}
        </button>
        <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
          {s.add}
        </button>
      </div>
    </form>
  );
}
