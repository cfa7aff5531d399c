/** The open project's rolling backups (electron/core/backups). */
export type BackupReason = 'open' | 'hourly' | 'manual' | 'beforeMerge' | 'beforeRestore';

export interface BackupInfo {
  id: string;
  createdAt: string;
  reason: BackupReason;
  sizeBytes: number;
}

export interface BackupList {
  /** The folder holding this project's backups. */
  folder: string;
  backups: BackupInfo[];
}

export interface RestoreResult {
  /** The backup of the state just before the restore: restoring it undoes the restore. */
  undoBackupId: string;
}
