import { useId, useState, type FormEvent } from 'react';
import type { MemoTemplate } from '../../shared/api/memoTypes';
import { useMutate } from '../api/QueryContext';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/errorMessage';
import { memosStrings as s } from './memosStrings';
import { FormProblem } from '../ui/FormProblem';

const t = s.saveTemplate;

interface Props {
  memo: { id: string; title: string };
  /** Saves what was typed: the template is the memo as on screen. */
  beforeSave: () => Promise<unknown>;
  onClose: () => void;
  onSaved: (template: MemoTemplate) => void;
}

/** The memo's document as a new template of the analyst's: a name and an optional description. */
export function SaveTemplateDialog({ memo, beforeSave, onClose, onSaved }: Props) {
  const id = useId();
  const mutate = useMutate();
  const [name, setName] = useState(memo.title);
  const [description, setDescription] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return;
    setBusy(true);
    setProblem(null);
    try {
      await beforeSave();
      const text = description.trim();
      onSaved(await mutate('templates.saveFromMemo', { memoId: memo.id, name: name.trim(), ...(text ? { description: text } : {}) }));
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  };

  return (
    <Dialog label={t.title} onClose={onClose} size="small">
      <form onSubmit={submit}>
        <p className="muted">{t.explain}</p>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t.name}</label>
          <input id={`${id}-name`} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-description`}>{t.description}</label>
          <textarea id={`${id}-description`} value={description} maxLength={500} rows={3} onChange={(e) => setDescription(e.target.value)} />
        </div>
        <FormProblem problem={problem} />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {s.cancel}
          </button>
          <button type="submit" className="primary" disabled={busy || name.trim() === ''}>
            {t.action}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
