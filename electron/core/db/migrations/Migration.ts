import type { Database } from 'better-sqlite3';

export interface Migration {
  /** Numbered like the file (0010 → 10); versions only go up. */
  version: number;
  name: string;
  up(db: Database): void;
}
