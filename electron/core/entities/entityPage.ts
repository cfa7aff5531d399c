import type { EntityKind, EntityPage, MentionInContext } from '../../../shared/api/types';
import { listClaims } from '../claims/claimsStore';
import type { ProjectDb } from '../db/projectDatabase';
import { statement } from '../db/statement';
import { getEntity } from './entitiesStore';
import { ensureMentionIndex } from './mentionIndex';

const CONTEXT = 60;

/** Everything the entity page shows, in one call. */
export function entityPage(db: ProjectDb, id: string, mentionLimit = 500): EntityPage {
  const entity = getEntity(db, id);
  ensureMentionIndex(db);
  const rows = statement(
    db,
    `SELECT m.source_id, s.title, m.start_pos, m.end_pos FROM mention_index m
     JOIN sources s ON s.id = m.source_id AND s.deleted_at IS NULL
     WHERE m.entity_id = ? ORDER BY s.title COLLATE NOCASE, s.id, m.start_pos`,
  ).all(id) as { source_id: string; title: string; start_pos: number; end_pos: number }[];

  const texts = new Map<string, string>();
  const textOf = statement(db, 'SELECT text FROM source_texts WHERE source_id = ?');
  const mentions: MentionInContext[] = [];
  for (const row of rows.slice(0, mentionLimit)) {
    let text = texts.get(row.source_id);
    if (text === undefined) {
      text = (textOf.get(row.source_id) as { text: string }).text;
      texts.set(row.source_id, text);
    }
    mentions.push({
      sourceId: row.source_id,
      sourceTitle: row.title,
      start: row.start_pos,
      end: row.end_pos,
      before: text.slice(Math.max(0, row.start_pos - CONTEXT), row.start_pos).replace(/\s+/g, ' '),
      match: text.slice(row.start_pos, row.end_pos),
      after: text.slice(row.end_pos, row.end_pos + CONTEXT).replace(/\s+/g, ' '),
    });
  }

  const claims = listClaims(db, { entityId: id });
  const cooccurring = statement(
    db,
    `SELECT e.id, e.name, e.kind, count(DISTINCT m.source_id) AS n FROM mention_index m
     JOIN entities e ON e.id = m.entity_id AND e.deleted_at IS NULL
     JOIN sources s ON s.id = m.source_id AND s.deleted_at IS NULL
     WHERE m.source_id IN (SELECT DISTINCT source_id FROM mention_index WHERE entity_id = @id) AND m.entity_id <> @id
     GROUP BY e.id ORDER BY n DESC, e.name COLLATE NOCASE LIMIT 20`,
  ).all({ id }) as { id: string; name: string; kind: EntityKind; n: number }[];

  return {
    entity,
    mentions,
    mentionTotal: rows.length,
    claimsBy: claims.filter((c) => c.asserterEntityId === id),
    claimsAbout: claims.filter((c) => c.entities.some((e) => e.entityId === id)),
    cooccurring: cooccurring.map((c) => ({ entityId: c.id, name: c.name, kind: c.kind, count: c.n })),
  };
}
