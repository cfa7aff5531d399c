import type { MemoDoc } from '../../../shared/memos/memoDoc';
import { memoPlainText } from '../../../shared/memos/memoStats';
import { foldText } from '../../../shared/search/foldText';
import type { ProjectDb } from '../db/projectDatabase';
import { statement } from '../db/statement';

export type SearchKind = 'source' | 'annotation' | 'claim' | 'entity' | 'event' | 'memo';

/** What an item shows to search: a title and a body, or null when it is gone (deleted, merged, in the Trash). */
export interface SearchDoc {
  title: string;
  body: string;
}

const BATCH = 500;
/** Items per transaction when indexing in the background: a few milliseconds each (a source of 20 KB takes about 0.3 ms). */
const BACKGROUND_BATCH = 25;

/** The searchable text of one item as it is now. */
export function searchDocOf(db: ProjectDb, kind: SearchKind, id: string): SearchDoc | null {
  switch (kind) {
    case 'source': {
      const row = statement(
        db,
        `SELECT s.title, s.outlet, s.author, t.text FROM sources s JOIN source_texts t ON t.source_id = s.id WHERE s.id = ? AND s.deleted_at IS NULL`,
      ).get(id) as { title: string; outlet: string; author: string; text: string } | undefined;
      return row ? { title: [row.title, row.outlet, row.author].filter(Boolean).join('\n'), body: row.text } : null;
    }
    case 'annotation': {
      const row = statement(
        db,
        `SELECT a.exact, a.note FROM annotations a JOIN sources s ON s.id = a.source_id
         WHERE a.id = ? AND a.deleted_at IS NULL AND s.deleted_at IS NULL`,
      ).get(id) as { exact: string; note: string } | undefined;
      // The highlighted words and the note on them: both are the analyst's highlight.
      return row ? { title: row.exact, body: row.note } : null;
    }
    case 'claim': {
      const row = statement(db, 'SELECT statement, asserter_text, notes FROM claims WHERE id = ? AND deleted_at IS NULL').get(id) as
        | { statement: string; asserter_text: string; notes: string }
        | undefined;
      return row ? { title: row.statement, body: [row.asserter_text, row.notes].filter(Boolean).join('\n') } : null;
    }
    case 'entity': {
      const row = statement(db, 'SELECT name, description, notes FROM entities WHERE id = ? AND deleted_at IS NULL AND merged_into IS NULL').get(id) as
        | { name: string; description: string; notes: string }
        | undefined;
      if (!row) return null;
      const aliases = statement(db, 'SELECT alias FROM entity_aliases WHERE entity_id = ? AND deleted_at IS NULL ORDER BY alias').pluck().all(id) as string[];
      return { title: [row.name, ...aliases].join('\n'), body: [row.description, row.notes].filter(Boolean).join('\n') };
    }
    case 'event': {
      const row = statement(db, 'SELECT title, description FROM events WHERE id = ? AND deleted_at IS NULL').get(id) as
        | { title: string; description: string }
        | undefined;
      return row ? { title: row.title, body: row.description } : null;
    }
    case 'memo': {
      const row = statement(db, 'SELECT title, doc FROM memos WHERE id = ? AND deleted_at IS NULL').get(id) as { title: string; doc: string } | undefined;
      return row ? { title: row.title, body: memoPlainText(JSON.parse(row.doc) as MemoDoc) } : null;
    }
    default:
      return null;
  }
}

/**
 * Brings the index up to date with every item marked since the last flush
 * (search_dirty, written by triggers in the writes' own transactions). Runs in
 * one transaction per batch; with `maxMs` (a background step) it stops once
 * that time is spent; returns how many items it looked at.
 */
export function flushSearchIndex(db: ProjectDb, budget: { maxMs?: number } = {}): number {
  const next = statement(db, 'SELECT kind, item_id FROM search_dirty LIMIT ?');
  const itemRow = statement(db, 'SELECT rowid FROM search_items WHERE kind = ? AND item_id = ?').pluck();
  const dropFts = statement(db, 'DELETE FROM search_fts WHERE rowid = ?');
  const dropItem = statement(db, 'DELETE FROM search_items WHERE rowid = ?');
  const addItem = statement(db, 'INSERT INTO search_items (kind, item_id) VALUES (?, ?)');
  const addFts = statement(db, 'INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)');
  const clean = statement(db, 'DELETE FROM search_dirty WHERE kind = ? AND item_id = ?');
  let total = 0;
  const batch = db.transaction((size: number) => {
    const rows = next.all(size) as { kind: SearchKind; item_id: string }[];
    for (const { kind, item_id: id } of rows) {
      const existing = itemRow.get(kind, id) as number | undefined;
      const doc = searchDocOf(db, kind, id);
      if (existing !== undefined) {
        dropFts.run(existing);
        if (!doc) dropItem.run(existing);
      }
      if (doc) {
        const rowid = existing ?? Number(addItem.run(kind, id).lastInsertRowid);
        addFts.run(rowid, foldText(doc.title), foldText(doc.body));
      }
      clean.run(kind, id);
    }
    return rows.length;
  });
  // In the background, small batches until the time is up, so other calls wait at most about that long.
  const deadline = budget.maxMs === undefined ? Number.POSITIVE_INFINITY : performance.now() + budget.maxMs;
  const size = budget.maxMs === undefined ? BATCH : BACKGROUND_BATCH;
  for (;;) {
    const n = batch(size);
    total += n;
    if (n === 0 || performance.now() >= deadline) break;
  }
  return total;
}
