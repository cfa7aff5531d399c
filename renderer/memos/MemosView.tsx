import { useCallback, useState } from 'react';
import type { MemoSummary } from '../../shared/api/memoTypes';
import { useMutate, useQuery } from '../api/QueryContext';
import { EmptyState } from '../ui/EmptyState';
import { errorMessage } from '../ui/errorMessage';
import { useNotices } from '../ui/Notices';
// oxlint-disable-next-line import/no-unassigned-import -- Vite bundles the view's stylesheet with it.
import './memos.css';
import { MemoEditorPage } from './MemoEditorPage';
import { MemoList } from './MemoList';
import { memosStrings as s } from './memosStrings';
import { NewMemoDialog } from './NewMemoDialog';
import { RenameMemoDialog } from './RenameMemoDialog';
import { TemplatesDialog } from './TemplatesDialog';
import { useMemosViewRequests } from './memosViewRequests';


type DialogState = { kind: 'new' } | { kind: 'templates' } | { kind: 'rename'; memo: MemoSummary } | null;

/** The project's briefing memos: the list (new from a template, rename, duplicate, delete to the Trash) or one memo open. */
export function MemosView() {
  const [openId, setOpenId] = useState<string | null>(null);
  useMemosViewRequests(({ memoId }) => setOpenId(memoId));
  if (openId) return <MemoEditorPage key={openId} memoId={openId} onBack={() => setOpenId(null)} />;
  return <MemoListPage onOpen={setOpenId} />;
}

function MemoListPage({ onOpen }: { onOpen: (memoId: string) => void }) {
  const memos = useQuery('memos.list', {});
  const mutate = useMutate();
  const notices = useNotices();
  const [dialog, setDialog] = useState<DialogState>(null);

  const duplicate = useCallback(
    async (memo: MemoSummary) => {
      try {
        const copy = await mutate('memos.duplicate', { id: memo.id });
        notices.notify(s.duplicated(copy.title), { fullText: copy.title });
      } catch (error) {
        notices.reportError(error);
      }
    },
    [mutate, notices],
  );

  const remove = useCallback(
    async (memo: MemoSummary) => {
      try {
        await mutate('memos.delete', { id: memo.id });
        notices.notify(s.deleted(memo.title), {
          timeoutMs: 10000,
          fullText: memo.title,
          action: { label: s.undo, run: () => mutate('trash.restore', { kind: 'memo', id: memo.id }).then(() => undefined, notices.reportError) },
        });
      } catch (error) {
        notices.reportError(error);
      }
    },
    [mutate, notices],
  );

  const list = memos.data ?? [];
  return (
    <div className="view memos-view">
      <div className="view-toolbar">
        <h1 className="view-title">{s.viewTitle}</h1>
        {memos.data && list.length > 0 && <span className="count">{s.count(list.length)}</span>}
        <div className="toolbar-actions">
          <button type="button" onClick={() => setDialog({ kind: 'templates' })}>
            {s.templatesButton}
          </button>
          <button type="button" className="primary" onClick={() => setDialog({ kind: 'new' })}>
            {s.newMemo}
          </button>
        </div>
      </div>
      <div className="view-scroll">
        <div className="page-column wide">
          {memos.error && (
            <p className="inline-problem" role="alert">
              {errorMessage(memos.error)}
            </p>
          )}
          {memos.data && list.length === 0 && (
            <EmptyState title={s.emptyTitle}>
              <p className="muted">{s.emptyBody}</p>
              <div className="empty-actions">
                <button type="button" className="primary" onClick={() => setDialog({ kind: 'new' })}>
                  {s.newMemo}
                </button>
              </div>
            </EmptyState>
          )}
          {list.length > 0 && (
            <MemoList
              memos={list}
              onOpen={(memo) => onOpen(memo.id)}
              onRename={(memo) => setDialog({ kind: 'rename', memo })}
              onDuplicate={(memo) => void duplicate(memo)}
              onDelete={(memo) => void remove(memo)}
            />
          )}
        </div>
      </div>
      {dialog?.kind === 'new' && (
        <NewMemoDialog
          onClose={() => setDialog(null)}
          onCreated={(memo) => {
            setDialog(null);
            notices.notify(s.created(memo.title), { fullText: memo.title });
            onOpen(memo.id);
          }}
        />
      )}
      {dialog?.kind === 'templates' && (
        <TemplatesDialog
          onClose={() => setDialog(null)}
          onEdit={(memo, template) => {
            setDialog(null);
            notices.notify(s.templates.editing(template.name), { timeoutMs: 12000, fullText: template.name });
            onOpen(memo.id);
          }}
        />
      )}
      {dialog?.kind === 'rename' && (
        <RenameMemoDialog
          memo={dialog.memo}
          onClose={() => setDialog(null)}
          onRenamed={(memo) => {
            setDialog(null);
            notices.notify(s.renamed(memo.title), { fullText: memo.title });
          }}
        />
      )}
    </div>
  );
}
