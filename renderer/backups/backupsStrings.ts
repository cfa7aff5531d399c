import type { BackupReason } from '../../shared/api/backupTypes';

/** Every user-facing string of the Backups view. */
export const backupsStrings = {
  viewTitle: 'Backups',
  intro:
    'Dossier backs this project up when you open it, every hour while you edit, before every merge and before a restore. It keeps the last 10 backups and one a day for a week.',
  folder: (folder: string) => `Kept in ${folder}`,
  backUpNow: 'Back up now',
  backingUp: 'Backing up…',
  backedUp: 'Backed up.',
  emptyTitle: 'No backups yet',
  emptyBody: 'Backups appear here as you work. Use “Back up now” to make one straight away.',
  columns: { when: 'When', why: 'Why', size: 'Size', actions: 'Actions' },
  reasons: {
    open: 'Project opened',
    hourly: 'Hourly, while editing',
    manual: 'Backed up by you',
    beforeMerge: 'Before a merge',
    beforeRestore: 'Before a restore',
  } satisfies Record<BackupReason, string>,
  restore: 'Restore…',
  confirmTitle: 'Restore this backup?',
  confirmBody: (when: string) =>
    `The project goes back to how it was on ${when}. Everything since then is kept in a new backup first, so you can undo the restore.`,
  confirm: 'Restore',
  cancel: 'Cancel',
  restored: (when: string) => `Restored the backup of ${when}.`,
  undo: 'Undo',
  undone: 'The restore was undone.',
};
