import type { QdpxCounts } from '../../../shared/api/interopTypes';
import { describeSpan } from '../../../shared/anchors/textSelectors';
import { titleFromText } from '../../../shared/text/normalizeText';
import { nowIso } from '../db/nowIso';
import type { ProjectDb } from '../db/projectDatabase';
import { markMentionsStale } from '../entities/mentionIndex';
import { newId } from '../ids/newId';
import { sha256Hex } from '../sources/sourcesStore';
import type { QdpxProject } from './readQdpxProject';

/**
 * Writes a checked .qdpx into a project, in one transaction. Sources with the
 * same text become one source (Dossier keeps each text once) and their
 * highlights gather on it.
 */
export function writeQdpxProject(db: ProjectDb, author: string, project: QdpxProject): { counts: QdpxCounts; skipped: string[] } {
  const skipped = [...project.skipped];
  const counts: QdpxCounts = { sources: 0, labels: 0, highlights: 0, notes: 0, entities: 0 };
  db.transaction(() => {
    const now = nowIso();
    const insertLabel = db.prepare(
      'INSERT INTO labels (id, name, color, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    for (const label of project.labels) {
      insertLabel.run(label.id, label.name, label.color, now, now, author, author);
      counts.labels += 1;
    }
    const insertSource = db.prepare(
      `INSERT INTO sources (id, title, outlet, author, published, url, reliability, notes, format, original_name, sha256, char_count,
         created_at, updated_at, created_by, updated_by)
       VALUES (@id, @title, @outlet, @author, @published, @url, @reliability, @notes, 'txt', @originalName, @sha256, @charCount,
         @createdAt, @now, @createdBy, @by)`,
    );
    const insertText = db.prepare('INSERT INTO source_texts (source_id, text) VALUES (?, ?)');
    const insertAnnotation = db.prepare(
      `INSERT INTO annotations (id, source_id, start_pos, end_pos, exact, prefix, suffix, note, created_at, updated_at, created_by, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertCoding = db.prepare(
      `INSERT INTO annotation_labels (annotation_id, label_id, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const byText = new Map<string, { id: string; title: string }>();
    const liveHighlights = new Set<string>();
    for (const source of project.sources) {
      const sha256 = sha256Hex(source.text);
      let target = byText.get(sha256);
      if (target) {
        skipped.push(`The source “${source.title}” has the same text as “${target.title}”; its highlights were put on that one.`);
      } else {
        const title = source.title || titleFromText(source.text) || 'Imported source';
        target = { id: source.id, title };
        byText.set(sha256, target);
        insertSource.run({
          id: source.id,
          title,
          outlet: source.outlet,
          author: source.author,
          published: source.published,
          url: source.url,
          reliability: source.reliability,
          notes: source.notes,
          originalName: title,
          sha256,
          charCount: source.text.length,
          createdAt: source.createdAt ?? now,
          now,
          createdBy: source.createdBy ?? author,
          by: author,
        });
        insertText.run(source.id, source.text);
        counts.sources += 1;
      }
      for (const h of source.highlights) {
        const { quote } = describeSpan(source.text, h.start, h.end);
        const by = h.createdBy ?? author;
        insertAnnotation.run(h.id, target.id, h.start, h.end, quote.exact, quote.prefix, quote.suffix, h.note, h.createdAt ?? now, now, by, author);
        for (const labelId of h.labelIds) insertCoding.run(h.id, labelId, now, now, by, author);
        liveHighlights.add(h.id);
        counts.highlights += 1;
        if (h.note) counts.notes += 1;
      }
    }
    const insertEntity = db.prepare(
      `INSERT INTO entities (id, kind, name, description, notes, date_edtf, created_at, updated_at, created_by, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertAlias = db.prepare(
      'INSERT INTO entity_aliases (id, entity_id, alias, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const insertTag = db.prepare(
      'INSERT INTO annotation_entities (annotation_id, entity_id, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const entity of project.entities) {
      insertEntity.run(entity.id, entity.kind, entity.name, entity.description, entity.notes, entity.dateEdtf, now, now, author, author);
      for (const alias of entity.aliases) insertAlias.run(newId(), entity.id, alias, now, now, author, author);
      for (const highlightId of entity.highlightIds) {
        if (liveHighlights.has(highlightId)) insertTag.run(highlightId, entity.id, now, now, author, author);
      }
      counts.entities += 1;
    }
    if (counts.entities > 0) markMentionsStale(db);
  })();
  return { counts, skipped };
}
