import { useId, useState, type FormEvent } from 'react';
import type { MemoSummary } from '../../shared/api/memoTypes';
import { useMutate } from '../api/QueryContext';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/errorMessage';
import { memosStrings as s } from './memosStrings';
import { FormProblem } from '../ui/FormProblem';

/** A memo's new title. */
export function RenameMemoDialog({ memo, onClose, onRenamed }: { memo: Pick<MemoSummary, 'id' | 'title'>; onClose: () => void; onRenamed: (memo: MemoSummary) => void }) {
  const id = useId();
  const mutate = useMutate();
  const [title, setTitle] = useState(memo.title);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = title.trim();
    if (next === '' || next === memo.title) return onClose();
    setBusy(true);
    try {
      onRenamed(await mutate('memos.rename', { id: memo.id, title: next }));
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  };

  return (
    <Dialog label={s.renameMemo(memo.title)} onClose={onClose} size="small">
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-title`}>{s.newMemoTitle}</label>
          <input id={`${id}-title`} value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <FormProblem problem={problem} />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {s.cancel}
          </button>
          <button type="submit" className="primary" disabled={busy || title.trim() === ''}>
            {s.save}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
