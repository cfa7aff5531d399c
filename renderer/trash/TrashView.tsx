import type { TrashItem } from '../../shared/api/types';
import { useMutate, useQuery } from '../api/QueryContext';
import { useNavigation } from '../app/Navigation';
import { EmptyState } from '../ui/EmptyState';
import { formatDateTime, formatRelativeTime } from '../ui/formatDateTime';
import { useNotices } from '../ui/Notices';
import { trashStrings as s } from './trashStrings';

/** Everything deleted, newest first, each with Restore. */
export function TrashView() {
  const trash = useQuery('trash.list', {});
  const me = useQuery('app.info', {}).data?.userName;
  const mutate = useMutate();
  const nav = useNavigation();
  const notices = useNotices();
  const items = [...(trash.data ?? [])].sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));

  const restore = async (item: TrashItem) => {
    try {
      await mutate('trash.restore', { kind: item.kind, id: item.id });
      notices.notify(s.restored(item.title || s.untitled), {
        fullText: item.title,
        action:
          item.kind === 'source'
            ? { label: s.open, run: () => nav.openSource(item.id) }
            : undefined,
      });
    } catch (error) {
      notices.reportError(error);
    }
  };

  return (
    <div className="view trash-view">
      <div className="view-toolbar">
        <h1 className="view-title">
          {s.viewTitle} {trash.data && <span className="count">{items.length}</span>}
        </h1>
      </div>
      <div className="view-scroll">
        <div className="page-column wide">
          {trash.error && (
            <p className="inline-problem" role="alert">
              {trash.error.message}
            </p>
          )}
          {trash.data && items.length === 0 ? (
            <EmptyState title={s.emptyTitle}>
              <p>{s.emptyBody}</p>
            </EmptyState>
          ) : (
            <>
              <p className="muted">{s.intro}</p>
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{s.columns.kind}</th>
                    <th scope="col">{s.columns.item}</th>
                    <th scope="col">{s.columns.deleted}</th>
                    <th scope="col">
                      <span className="visually-hidden">{s.columns.actions}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((item) => (
                    <tr key={`${item.kind}:${item.id}`}>
                      <td>
                        <span className={`kind-badge kind-${item.kind}`}>{s.kinds[item.kind]}</span>
                      </td>
                      <td className="trash-item">
                        <div className="trash-title">{item.title || s.untitled}</div>
                        {item.detail && <div className="muted trash-detail">{item.detail}</div>}
                      </td>
                      <td className="nowrap" title={formatDateTime(item.deletedAt)}>
                        {s.deletedBy(formatRelativeTime(item.deletedAt), me === undefined || item.deletedBy === me ? '' : item.deletedBy)}
                      </td>
                      <td className="actions-cell">
                        <button type="button" className="small" onClick={() => void restore(item)}>
                          {s.restore}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
