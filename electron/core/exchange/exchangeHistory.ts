import type { ExchangeHistoryEntry } from '../../../shared/api/exchangeTypes';
import type { ProjectDb } from '../db/projectDatabase';
import { statement } from '../db/statement';

interface HistoryRow {
  id: string;
  peer_project_id: string;
  peer_name: string;
  exported_by: string;
  exported_at: string;
  file_name: string;
  merged_at: string;
  merged_by: string;
  counts: string;
}

function toEntry(r: HistoryRow): ExchangeHistoryEntry {
  return {
    id: r.id,
    peerProjectId: r.peer_project_id,
    peerName: r.peer_name,
    exportedBy: r.exported_by,
    exportedAt: r.exported_at,
    fileName: r.file_name,
    mergedAt: r.merged_at,
    mergedBy: r.merged_by,
    counts: JSON.parse(r.counts) as ExchangeHistoryEntry['counts'],
  };
}

/** Every colleague's file merged into this project, newest first. */
export function listExchangeHistory(db: ProjectDb): ExchangeHistoryEntry[] {
  return (statement(db, 'SELECT * FROM exchange_history ORDER BY merged_at DESC, id DESC').all() as HistoryRow[]).map(toEntry);
}

export function lastExchangeWith(db: ProjectDb, peerProjectId: string): ExchangeHistoryEntry | null {
  const row = statement(db, 'SELECT * FROM exchange_history WHERE peer_project_id = ? ORDER BY merged_at DESC, id DESC LIMIT 1').get(peerProjectId) as
    | HistoryRow
    | undefined;
  return row ? toEntry(row) : null;
}
