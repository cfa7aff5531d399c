import { createHash } from 'node:crypto';
import { DossierError } from '../../../shared/api/errors';
import type { ImportResult, Reliability, Source, SourceFormat, SourceSummary } from '../../../shared/api/types';
import { DEFAULT_RELIABILITY } from '../../../shared/grades/reliability';
import { publishedDateProblem } from '../../../shared/sources/publishedDate';
import { titleFromText } from '../../../shared/text/normalizeText';
import { nowIso } from '../db/nowIso';
import { statement } from '../db/statement';
import type { ProjectDb } from '../db/projectDatabase';
import { newId } from '../ids/newId';

export interface SourceMetaInput {
  title?: string;
  outlet?: string;
  author?: string;
  published?: string;
  url?: string;
  reliability?: Reliability;
  notes?: string;
}

export interface NewSource extends SourceMetaInput {
  /** Already normalized (normalizeText). */
  text: string;
  format: SourceFormat;
  originalName?: string;
  /** PDFs: where each page starts in text (page 1 first). */
  pageStarts?: readonly number[];
}

interface SourceRow {
  id: string;
  title: string;
  outlet: string;
  author: string;
  published: string;
  url: string;
  reliability: Reliability;
  format: SourceFormat;
  original_name: string;
  char_count: number;
  annotation_count: number;
  created_at: string;
  updated_at: string;
  created_by: string;
}

const summaryColumns = `s.id, s.title, s.outlet, s.author, s.published, s.url, s.reliability, s.format,
  s.original_name, s.char_count, s.created_at, s.updated_at, s.created_by,
  (SELECT count(*) FROM annotations a WHERE a.source_id = s.id AND a.deleted_at IS NULL) AS annotation_count`;

function toSummary(row: SourceRow): SourceSummary {
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    author: row.author,
    published: row.published,
    url: row.url,
    reliability: row.reliability,
    format: row.format,
    originalName: row.original_name,
    charCount: row.char_count,
    annotationCount: row.annotation_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: row.created_by,
  };
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function listSources(db: ProjectDb): SourceSummary[] {
  const rows = statement(db, `SELECT ${summaryColumns} FROM sources s WHERE s.deleted_at IS NULL ORDER BY s.created_at DESC, s.id DESC`)
    .all() as SourceRow[];
  return rows.map(toSummary);
}

/** A live source, or NOT_FOUND. */
export function getSource(db: ProjectDb, id: string): Source {
  const row = statement(db, 
      `SELECT ${summaryColumns}, s.notes, s.sha256, t.text FROM sources s JOIN source_texts t ON t.source_id = s.id
       WHERE s.id = ? AND s.deleted_at IS NULL`,
    )
    .get(id) as (SourceRow & { notes: string; sha256: string; text: string }) | undefined;
  if (!row) throw new DossierError('NOT_FOUND', 'That source no longer exists (it may have been moved to the Trash).');
  const pageStarts = statement(db, 'SELECT start_pos FROM source_pages WHERE source_id = ? ORDER BY page').pluck().all(id) as number[];
  return { ...toSummary(row), notes: row.notes, sha256: row.sha256, text: row.text, ...(pageStarts.length > 0 ? { pageStarts } : {}) };
}

export function getSourceText(db: ProjectDb, id: string): { title: string; text: string } {
  const row = statement(db, 'SELECT s.title, t.text FROM sources s JOIN source_texts t ON t.source_id = s.id WHERE s.id = ? AND s.deleted_at IS NULL')
    .get(id) as { title: string; text: string } | undefined;
  if (!row) throw new DossierError('NOT_FOUND', 'That source no longer exists (it may have been moved to the Trash).');
  return row;
}

function clean(value: string | undefined): string {
  return (value ?? '').trim();
}

/**
 * Adds a source unless the same text is already in the project, in which case
 * the result says which source has it. One transaction.
 */
export function insertSource(db: ProjectDb, author: string, input: NewSource, displayName: string): ImportResult {
  if (input.text.trim().length === 0) {
    throw new DossierError('FILE_EMPTY', `${displayName} has no text to import.`);
  }
  const sha256 = sha256Hex(input.text);
  return db.transaction((): ImportResult => {
    const existing = statement(db, 'SELECT id, title, deleted_at FROM sources WHERE sha256 = ? ORDER BY deleted_at IS NOT NULL LIMIT 1')
      .get(sha256) as { id: string; title: string; deleted_at: string | null } | undefined;
    if (existing) {
      return {
        name: displayName,
        status: 'duplicate',
        duplicateOf: existing.id,
        title: existing.title,
        message:
          existing.deleted_at === null
            ? `The same text is already in this project as “${existing.title}”.`
            : `The same text is in the Trash as “${existing.title}”; restore it from the Trash instead.`,
      };
    }
    const id = newId();
    const now = nowIso();
    const title = clean(input.title) || titleFromText(input.text) || displayName;
    statement(db, 
      `INSERT INTO sources (id, title, outlet, author, published, url, reliability, notes, format, original_name,
         sha256, char_count, created_at, updated_at, created_by, updated_by)
       VALUES (@id, @title, @outlet, @author, @published, @url, @reliability, @notes, @format, @originalName,
         @sha256, @charCount, @now, @now, @by, @by)`,
    ).run({
      id,
      title,
      outlet: clean(input.outlet),
      author: clean(input.author),
      published: clean(input.published),
      url: clean(input.url),
      reliability: input.reliability ?? DEFAULT_RELIABILITY,
      notes: input.notes ?? '',
      format: input.format,
      originalName: input.originalName ?? '',
      sha256,
      charCount: input.text.length,
      now,
      by: author,
    });
    statement(db, 'INSERT INTO source_texts (source_id, text) VALUES (?, ?)').run(id, input.text);
    if (input.pageStarts && input.pageStarts.length > 0) {
      const page = statement(db, 'INSERT INTO source_pages (source_id, page, start_pos) VALUES (?, ?, ?)');
      input.pageStarts.forEach((start, index) => page.run(id, index + 1, Math.max(0, Math.min(start, input.text.length))));
    }
    return { name: displayName, status: 'imported', sourceId: id, title };
  })();
}

/** Dates typed by the analyst must sort; dates read from imported pages are kept as the page wrote them. */
export function assertPublishedDate(published: string | undefined): void {
  const problem = published === undefined ? null : publishedDateProblem(published);
  if (problem !== null) throw new DossierError('BAD_INPUT', problem);
}

export function updateSource(db: ProjectDb, author: string, id: string, patch: SourceMetaInput): Source {
  assertPublishedDate(patch.published);
  db.transaction(() => {
    getSourceText(db, id);
    const fields: string[] = [];
    const values: Record<string, string> = { id, by: author, now: nowIso() };
    for (const key of ['title', 'outlet', 'author', 'published', 'url', 'reliability', 'notes'] as const) {
      const value = patch[key];
      if (value === undefined) continue;
      const trimmed = key === 'notes' ? value : value.trim();
      if (key === 'title' && trimmed.length === 0) throw new DossierError('BAD_INPUT', 'A source needs a title.');
      fields.push(`${key} = @${key}`);
      values[key] = trimmed;
    }
    if (fields.length === 0) return;
    statement(db, `UPDATE sources SET ${fields.join(', ')}, updated_at = @now, updated_by = @by WHERE id = @id`).run(values);
  })();
  return getSource(db, id);
}

export function deleteSource(db: ProjectDb, author: string, id: string): void {
  const now = nowIso();
  const result = statement(db, 'UPDATE sources SET deleted_at = ?, deleted_by = ?, updated_at = ?, updated_by = ? WHERE id = ? AND deleted_at IS NULL')
    .run(now, author, now, author, id);
  if (result.changes === 0) throw new DossierError('NOT_FOUND', 'That source no longer exists (it may already be in the Trash).');
}
