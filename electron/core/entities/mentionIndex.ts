import type { SourceMention } from '../../../shared/api/types';
import { MentionMatcher } from '../../../shared/entities/MentionMatcher';
import type { ProjectDb } from '../db/projectDatabase';
import { statement } from '../db/statement';
import { readProjectMeta, writeProjectMeta } from '../projects/projectMeta';
import { liveNames } from './entityNames';

/**
 * Where entities are mentioned is derived data: rebuilt from the texts and
 * the live names when a name changed (lazily, on the next read that needs
 * it), and extended source by source as sources arrive.
 */
export function markMentionsStale(db: ProjectDb): void {
  writeProjectMeta(db, 'mentions_stale', '1');
}

function matcherFor(db: ProjectDb): MentionMatcher {
  return new MentionMatcher(liveNames(db));
}

function writeSource(db: ProjectDb, matcher: MentionMatcher, sourceId: string, text: string): void {
  statement(db, 'DELETE FROM mention_index WHERE source_id = ?').run(sourceId);
  const insert = statement(db, 'INSERT OR IGNORE INTO mention_index (source_id, entity_id, start_pos, end_pos) VALUES (?, ?, ?, ?)');
  for (const m of matcher.find(text)) insert.run(sourceId, m.entityId, m.start, m.end);
}

export function ensureMentionIndex(db: ProjectDb): void {
  if (readProjectMeta(db, 'mentions_stale') === '0') return;
  db.transaction(() => {
    const matcher = matcherFor(db);
    statement(db, 'DELETE FROM mention_index').run();
    if (!matcher.isEmpty) {
      // One source at a time: better-sqlite3 cannot write while a read cursor is open.
      const ids = statement(db, 'SELECT id FROM sources WHERE deleted_at IS NULL').all() as { id: string }[];
      const textOf = statement(db, 'SELECT text FROM source_texts WHERE source_id = ?');
      for (const { id } of ids) writeSource(db, matcher, id, (textOf.get(id) as { text: string }).text);
    }
    writeProjectMeta(db, 'mentions_stale', '0');
  })();
}

/** Adds a newly imported or restored source to a fresh index (a stale one is rebuilt later anyway). */
export function indexSourceMentions(db: ProjectDb, sourceIds: readonly string[]): void {
  if (readProjectMeta(db, 'mentions_stale') !== '0' || sourceIds.length === 0) return;
  const matcher = matcherFor(db);
  if (matcher.isEmpty) return;
  db.transaction(() => {
    for (const id of sourceIds) {
      const row = statement(db, 'SELECT text FROM source_texts WHERE source_id = ?').get(id) as { text: string } | undefined;
      if (row) writeSource(db, matcher, id, row.text);
    }
  })();
}

/** The mentions in one source, found afresh (the reader shows what the names say now). */
export function mentionsInText(db: ProjectDb, text: string): SourceMention[] {
  return matcherFor(db).find(text);
}
