import type { SearchHit } from '../../../shared/api/types';
import type { ProjectDb } from '../db/projectDatabase';

const CONTEXT = 60;
const HITS_PER_SOURCE = 5;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Case-insensitive literal search over source texts and highlight notes.
 * The query is matched as typed (no operators), so nothing a user types can
 * fail; a full-text index replaces the scan when sources grow large.
 */
export function searchProject(db: ProjectDb, query: string, limit = 100): SearchHit[] {
  const q = query.trim().normalize('NFC');
  if (q.length === 0) return [];
  const pattern = new RegExp(escapeRegExp(q), 'giu');
  const hits: SearchHit[] = [];

  const sources = db
    .prepare(
      `SELECT s.id, s.title, t.text FROM sources s JOIN source_texts t ON t.source_id = s.id
       WHERE s.deleted_at IS NULL ORDER BY s.created_at DESC`,
    )
    .iterate() as IterableIterator<{ id: string; title: string; text: string }>;
  for (const source of sources) {
    let perSource = 0;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(source.text); m && perSource < HITS_PER_SOURCE; m = pattern.exec(source.text)) {
      const start = m.index;
      const end = start + m[0].length;
      hits.push({
        kind: 'source',
        id: source.id,
        sourceId: source.id,
        sourceTitle: source.title,
        start,
        end,
        before: source.text.slice(Math.max(0, start - CONTEXT), start),
        match: m[0],
        after: source.text.slice(end, end + CONTEXT),
      });
      perSource += 1;
      if (hits.length >= limit) return hits;
    }
  }

  const notes = db
    .prepare(
      `SELECT a.id, a.source_id, a.start_pos, a.end_pos, a.note, s.title FROM annotations a
       JOIN sources s ON s.id = a.source_id
       WHERE a.deleted_at IS NULL AND s.deleted_at IS NULL AND a.note <> ''`,
    )
    .iterate() as IterableIterator<{ id: string; source_id: string; start_pos: number; end_pos: number; note: string; title: string }>;
  for (const row of notes) {
    pattern.lastIndex = 0;
    const m = pattern.exec(row.note);
    if (!m) continue;
    hits.push({
      kind: 'annotation',
      id: row.id,
      sourceId: row.source_id,
      sourceTitle: row.title,
      start: row.start_pos,
      end: row.end_pos,
      before: row.note.slice(Math.max(0, m.index - CONTEXT), m.index),
      match: m[0],
      after: row.note.slice(m.index + m[0].length, m.index + m[0].length + CONTEXT),
    });
    if (hits.length >= limit) break;
  }
  return hits;
}
