import { useState } from 'react';
import type { BackupInfo } from '../../shared/api/backupTypes';
import { useMutate, useQuery } from '../api/QueryContext';
import { formatBytes } from '../ui/formatBytes';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { EmptyState } from '../ui/EmptyState';
import { formatRelativeTime } from '../ui/formatDateTime';
import { useNotices } from '../ui/Notices';
import { backupsStrings as s } from './backupsStrings';

// To the second: several backups can fall in one minute.
const whenFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
const formatDateTime = (iso: string): string => whenFormat.format(Date.parse(iso));

/** The open project's backups, newest first: when, why, size, with Restore and "Back up now". */
export function BackupsView() {
  const backups = useQuery('backups.list', {});
  const mutate = useMutate();
  const notices = useNotices();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const items = backups.data?.backups ?? [];

  const backUp = async () => {
    setBusy(true);
    try {
      await mutate('backups.create', {});
      notices.notify(s.backedUp);
    } catch (error) {
      notices.reportError(error);
    } finally {
      setBusy(false);
    }
  };

  const restore = async (backup: BackupInfo) => {
    setConfirming(null);
    try {
      const { undoBackupId } = await mutate('backups.restore', { id: backup.id });
      const when = formatDateTime(backup.createdAt);
      notices.notify(s.restored(when), {
        timeoutMs: 30_000,
        action: {
          label: s.undo,
          run: () => {
            mutate('backups.restore', { id: undoBackupId })
              .then(() => notices.notify(s.undone))
              .catch(notices.reportError);
          },
        },
      });
    } catch (error) {
      notices.reportError(error);
    }
  };

  return (
    <div className="view backups-view">
      <div className="view-toolbar">
        <h1 className="view-title">
          {s.viewTitle} {backups.data && <span className="count">{items.length}</span>}
        </h1>
        <button type="button" className="primary small" disabled={busy} onClick={() => void backUp()}>
          {busy ? s.backingUp : s.backUpNow}
        </button>
      </div>
      <div className="view-scroll">
        <div className="page-column wide">
          {backups.error && (
            <p className="inline-problem" role="alert">
              {backups.error.message}
            </p>
          )}
          <p className="muted">{s.intro}</p>
          {backups.data && <p className="muted small-print">{s.folder(backups.data.folder)}</p>}
          {backups.data && items.length === 0 ? (
            <EmptyState title={s.emptyTitle}>
              <p>{s.emptyBody}</p>
            </EmptyState>
          ) : (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{s.columns.when}</th>
                  <th scope="col">{s.columns.why}</th>
                  <th scope="col">{s.columns.size}</th>
                  <th scope="col">
                    <span className="visually-hidden">{s.columns.actions}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((backup) => (
                  <tr key={backup.id}>
                    <td className="nowrap" title={formatRelativeTime(backup.createdAt)}>
                      {formatDateTime(backup.createdAt)}
                    </td>
                    <td>{s.reasons[backup.reason]}</td>
                    <td className="nowrap">{formatBytes(backup.sizeBytes)}</td>
                    <td className="actions-cell">
                      <button type="button" className="small" aria-label={`${s.restore} ${formatDateTime(backup.createdAt)}`} onClick={() => setConfirming(backup)}>
                        {s.restore}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </div>
      {confirming && (
        <ConfirmDialog
          label={s.confirmTitle}
          message={s.confirmBody(formatDateTime(confirming.createdAt))}
          confirmLabel={s.confirm}
          onConfirm={() => restore(confirming)}
          onClose={() => setConfirming(null)}
        />
      )}
    </div>
  );
}
