import { useId, useState, type FormEvent } from 'react';
import type { MemoTemplate } from '../../shared/api/memoTypes';
import { useMutate, useQuery } from '../api/QueryContext';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/errorMessage';
import { memosStrings as s } from './memosStrings';
import { FormProblem } from '../ui/FormProblem';

const t = s.saveTemplate;

interface Props {
  /** templateId: what the memo was made from; one of the analyst's own is offered for replacing first. */
  memo: { id: string; title: string; templateId: string | null };
  /** Saves what was typed: the template is the memo as on screen. */
  beforeSave: () => Promise<unknown>;
  onClose: () => void;
  onSaved: (template: MemoTemplate, replaced: boolean) => void;
}

/**
 * The memo's document as a template of the analyst's: a new one (a name and an
 * optional description), or in place of one of theirs (how templates are edited).
 */
export function SaveTemplateDialog({ memo, beforeSave, onClose, onSaved }: Props) {
  const id = useId();
  const mutate = useMutate();
  const templates = useQuery('templates.list', {});
  const own = (templates.data ?? []).filter((x) => !x.builtin);
  const madeFromOwn = own.some((x) => x.id === memo.templateId);
  const [mode, setMode] = useState<'new' | 'replace' | null>(null);
  const [replaceId, setReplaceId] = useState<string | null>(null);
  const chosenMode = mode ?? (madeFromOwn ? 'replace' : 'new');
  const chosenReplace = replaceId ?? (madeFromOwn ? memo.templateId : own[0]?.id) ?? '';
  const [name, setName] = useState(memo.title);
  const [description, setDescription] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (chosenMode === 'new' ? name.trim() === '' : chosenReplace === '') return;
    setBusy(true);
    setProblem(null);
    try {
      await beforeSave();
      if (chosenMode === 'replace') {
        onSaved(await mutate('templates.replaceFromMemo', { id: chosenReplace, memoId: memo.id }), true);
        return;
      }
      const text = description.trim();
      onSaved(await mutate('templates.saveFromMemo', { memoId: memo.id, name: name.trim(), ...(text ? { description: text } : {}) }), false);
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  };

  return (
    <Dialog label={t.title} onClose={onClose} size="small">
      <form onSubmit={submit}>
        {own.length > 0 && (
          <fieldset className="memo-template-mode">
            <legend className="visually-hidden">{t.title}</legend>
            <label className="checkbox">
              <input type="radio" name={`${id}-mode`} checked={chosenMode === 'new'} onChange={() => setMode('new')} />
              {t.asNew}
            </label>
            <label className="checkbox">
              <input type="radio" name={`${id}-mode`} checked={chosenMode === 'replace'} onChange={() => setMode('replace')} />
              {t.replace}
            </label>
          </fieldset>
        )}
        {chosenMode === 'new' ? (
          <>
            <p className="muted">{t.explain}</p>
            <div className="field">
              <label htmlFor={`${id}-name`}>{t.name}</label>
              <input id={`${id}-name`} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-description`}>{t.description}</label>
              <textarea id={`${id}-description`} value={description} maxLength={500} rows={3} onChange={(e) => setDescription(e.target.value)} />
            </div>
          </>
        ) : (
          <>
            <p className="muted">{t.replaceExplain}</p>
            <div className="field">
              <label htmlFor={`${id}-replace`}>{t.replaceWhich}</label>
              <select id={`${id}-replace`} value={chosenReplace} onChange={(e) => setReplaceId(e.target.value)}>
                {own.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.name}
                  </option>
                ))}
              </select>
            </div>
          </>
        )}
        <FormProblem problem={problem} />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {s.cancel}
          </button>
          <button type="submit" className="primary" disabled={busy || (chosenMode === 'new' ? name.trim() === '' : chosenReplace === '')}>
            {chosenMode === 'new' ? t.action : t.replaceAction}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
