import { useCallback, useEffect, useState } from 'react';
import type { Memo } from '../../shared/api/memoTypes';
import { useApi } from '../api/ApiContext';
import { errorMessage } from '../ui/errorMessage';
import { MemoEditor } from './MemoEditor';
import { memosStrings as s } from './memosStrings';

/** Loads a memo (again after a conflict) and opens it in the editor. */
export function MemoEditorPage({ memoId, onBack }: { memoId: string; onBack: () => void }) {
  const client = useApi();
  const [memo, setMemo] = useState<Memo | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [loads, setLoads] = useState(0);

  useEffect(() => {
    let live = true;
    client.call('memos.get', { id: memoId }).then(
      (loaded) => live && setMemo(loaded),
      (error: unknown) => live && setProblem(errorMessage(error)),
    );
    return () => {
      live = false;
    };
  }, [client, memoId]);

  // After a conflict: the memo as saved now, in a fresh editor.
  const reload = useCallback(() => {
    setMemo(null);
    setLoads((n) => n + 1);
    client.call('memos.get', { id: memoId }).then(setMemo, (error: unknown) => setProblem(errorMessage(error)));
  }, [client, memoId]);

  if (problem) {
    return (
      <div className="view">
        <div className="view-toolbar">
          <button type="button" className="small quiet" aria-label={s.backToListLabel} onClick={onBack}>
            {s.backToList}
          </button>
        </div>
        <p className="inline-problem memo-problem" role="alert">
          {problem}
        </p>
      </div>
    );
  }
  if (!memo) {
    return (
      <div className="view splash" aria-busy="true">
        {s.opening}
      </div>
    );
  }
  return <MemoEditor key={`${memo.id}:${memo.revision}:${loads}`} memo={memo} onBack={onBack} onReload={reload} onRestored={setMemo} />;
}
