import { useId, useState, type FormEvent } from 'react';
import type { Memo } from '../../shared/api/memoTypes';
import { useMutate, useQuery } from '../api/QueryContext';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/errorMessage';
import { memosStrings as s } from './memosStrings';
import { FormProblem } from '../ui/FormProblem';

const BLANK = 'builtin:blank';

/** A new memo: its title and the template it starts from (built-in ones first, then the analyst's own). */
export function NewMemoDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (memo: Memo) => void }) {
  const id = useId();
  const mutate = useMutate();
  const templates = useQuery('templates.list', {});
  const [title, setTitle] = useState('');
  const [templateId, setTemplateId] = useState(BLANK);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const memo = await mutate('memos.create', { title: title.trim() || s.newMemoDefaultTitle, templateId });
      onCreated(memo);
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  };

  const list = templates.data ?? [];
  const groups = [
    { label: s.builtinTemplates, items: list.filter((t) => t.builtin) },
    { label: s.ownTemplates, items: list.filter((t) => !t.builtin) },
  ].filter((g) => g.items.length > 0);

  return (
    <Dialog label={s.newMemo} onClose={onClose}>
      <form onSubmit={submit} className="memo-new-form">
        <div className="field">
          <label htmlFor={`${id}-title`}>{s.newMemoTitle}</label>
          <input id={`${id}-title`} value={title} maxLength={300} placeholder={s.newMemoDefaultTitle} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <fieldset className="memo-templates">
          <legend>{s.template}</legend>
          {templates.loading && list.length === 0 && <p className="muted">{s.loading}</p>}
          {templates.error && <p className="inline-problem">{errorMessage(templates.error)}</p>}
          {groups.map((group) => (
            <div key={group.label} className="memo-template-group">
              {groups.length > 1 && <h3 className="memo-template-group-title">{group.label}</h3>}
              {group.items.map((t) => (
                <label key={t.id} className={`memo-template${templateId === t.id ? ' chosen' : ''}`}>
                  <input type="radio" name={`${id}-template`} value={t.id} checked={templateId === t.id} onChange={() => setTemplateId(t.id)} />
                  <span className="memo-template-text">
                    <span className="memo-template-name">{t.name}</span>
                    {t.description && <span className="memo-template-description">{t.description}</span>}
                  </span>
                </label>
              ))}
            </div>
          ))}
        </fieldset>
        <FormProblem problem={problem} />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {s.cancel}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {s.create}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
