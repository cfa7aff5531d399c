import type { MemoSummary } from '../../shared/api/memoTypes';
import { formatDateTime, formatRelativeTime } from '../ui/formatDateTime';
import { memosStrings as s } from './memosStrings';

interface Props {
  memos: readonly MemoSummary[];
  onOpen?: (memo: MemoSummary) => void;
  onRename: (memo: MemoSummary) => void;
  onDuplicate: (memo: MemoSummary) => void;
  onDelete: (memo: MemoSummary) => void;
}

/** The project's memos, newest change first: title, when, words and citations, and what can be done with each. */
export function MemoList({ memos, onOpen, onRename, onDuplicate, onDelete }: Props) {
  return (
    <table className="memo-table" aria-label={s.listLabel}>
      <thead>
        <tr>
          <th scope="col">{s.columns.title}</th>
          <th scope="col">{s.columns.updated}</th>
          <th scope="col" className="numeric">
            {s.columns.words}
          </th>
          <th scope="col" className="numeric">
            {s.columns.citations}
          </th>
          <th scope="col">
            <span className="visually-hidden">{s.columns.actions}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {memos.map((memo) => (
          <tr key={memo.id}>
            <th scope="row" className="memo-title-cell">
              {onOpen ? (
                <button type="button" className="link-button memo-open" aria-label={s.openMemo(memo.title)} onClick={() => onOpen(memo)}>
                  {memo.title}
                </button>
              ) : (
                memo.title
              )}
            </th>
            <td className="nowrap" title={formatDateTime(memo.updatedAt)}>
              {formatRelativeTime(memo.updatedAt)}
            </td>
            <td className="numeric">{s.number(memo.wordCount)}</td>
            <td className="numeric">{s.number(memo.citationCount)}</td>
            <td className="memo-actions">
              <button type="button" className="small quiet" aria-label={s.renameMemo(memo.title)} onClick={() => onRename(memo)}>
                {s.rename}
              </button>
              <button type="button" className="small quiet" aria-label={s.duplicateMemo(memo.title)} onClick={() => onDuplicate(memo)}>
                {s.duplicate}
              </button>
              <button type="button" className="small quiet danger-quiet" aria-label={s.deleteMemo(memo.title)} onClick={() => onDelete(memo)}>
                {s.delete}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
