import type { Database } from 'better-sqlite3';

export interface Migration {
  /** Numbered like the file (0010 → 10); versions only go up. */
  version: number;
  name: string;
  /** It drops and re-creates tables others point at: run with foreign keys off, checked before commit. */
  rebuildsTables?: boolean;
  up(db: Database): void;
}
