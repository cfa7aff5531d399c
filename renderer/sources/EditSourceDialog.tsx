import { useState, type FormEvent } from 'react';
import type { Source } from '../../shared/api/types';
import { useMutate } from '../api/QueryContext';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/errorMessage';
import { useNotices } from '../ui/Notices';
import { sourceMetaOf, type SourceMeta } from './SourceMeta';
import { sourceMetaProblem, SourceMetaFields } from './SourceMetaFields';
import { sourcesStrings as s } from './sourcesStrings';

/** Edits a source's description (never its text: highlights point into it). */
export function EditSourceDialog({ source, onClose }: { source: Source; onClose: () => void }) {
  const mutate = useMutate();
  const notices = useNotices();
  const [meta, setMeta] = useState<SourceMeta>(() => sourceMetaOf(source));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [submitAttempt, setSubmitAttempt] = useState(0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sourceMetaProblem(meta)) {
      setSubmitAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await mutate('sources.update', { id: source.id, patch: { ...meta, published: meta.published.trim(), title: meta.title.trim() || source.title } });
      notices.notify(s.saved);
      onClose();
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog label={s.editTitle} onClose={onClose} size="medium">
      <form onSubmit={submit}>
        <SourceMetaFields value={meta} onChange={setMeta} submitAttempt={submitAttempt} />
        {problem && (
          <div className="inline-problem" role="alert">
            {problem}
          </div>
        )}
        <div className="dialog-actions">
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
