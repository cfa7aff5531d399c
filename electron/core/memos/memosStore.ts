import type { Memo, MemoSaveResult, MemoSummary, MemoVersion, MemoVersionKind, MemoVersionSummary } from '../../../shared/api/memoTypes';
import { DossierError } from '../../../shared/api/errors';
import type { MemoDoc } from '../../../shared/memos/memoDoc';
import { memoStats } from '../../../shared/memos/memoStats';
import { nowIso } from '../db/nowIso';
import type { ProjectDb } from '../db/projectDatabase';
import { statement } from '../db/statement';
import { newId } from '../ids/newId';
import { templateDoc } from './templatesStore';

/** Autosave keeps at most one automatic version per this much editing time. */
export const AUTO_VERSION_INTERVAL_MS = 10 * 60 * 1000;

const GONE = 'That memo no longer exists (it may have been moved to the Trash).';

interface MemoRow {
  id: string;
  title: string;
  revision: number;
  word_count: number;
  citation_count: number;
  template_id: string | null;
  created_at: string;
  updated_at: string;
  created_by: string;
  updated_by: string;
}

const memoColumns = 'id, title, revision, word_count, citation_count, template_id, created_at, updated_at, created_by, updated_by';

function toSummary(row: MemoRow): MemoSummary {
  return {
    id: row.id,
    title: row.title,
    wordCount: row.word_count,
    citationCount: row.citation_count,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: row.created_by,
    updatedBy: row.updated_by,
  };
}

function memoRow(db: ProjectDb, id: string): MemoRow {
  const row = statement(db, `SELECT ${memoColumns} FROM memos WHERE id = ? AND deleted_at IS NULL`).get(id) as MemoRow | undefined;
  if (!row) throw new DossierError('NOT_FOUND', GONE);
  return row;
}

export function listMemos(db: ProjectDb): MemoSummary[] {
  const rows = statement(db, `SELECT ${memoColumns} FROM memos WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC`).all() as MemoRow[];
  return rows.map(toSummary);
}

export function getMemo(db: ProjectDb, id: string): Memo {
  const row = memoRow(db, id);
  return { ...toSummary(row), templateId: row.template_id, doc: memoDocOf(db, id) };
}

/** The stored document of a live memo. */
export function memoDocOf(db: ProjectDb, id: string): MemoDoc {
  const row = statement(db, 'SELECT doc FROM memos WHERE id = ? AND deleted_at IS NULL').get(id) as { doc: string } | undefined;
  if (!row) throw new DossierError('NOT_FOUND', GONE);
  return JSON.parse(row.doc) as MemoDoc;
}

function insertMemo(db: ProjectDb, author: string, title: string, doc: MemoDoc, templateId: string | null): string {
  const id = newId();
  const now = nowIso();
  const stats = memoStats(doc);
  statement(
    db,
    `INSERT INTO memos (id, title, doc, revision, word_count, citation_count, template_id, created_at, updated_at, created_by, updated_by)
     VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, title, JSON.stringify(doc), stats.wordCount, stats.citationCount, templateId, now, now, author, author);
  return id;
}

export function createMemo(db: ProjectDb, author: string, input: { title: string; templateId?: string }): Memo {
  const id = db.transaction(() => {
    const doc = templateDoc(db, input.templateId);
    return insertMemo(db, author, input.title, doc, input.templateId ?? null);
  })();
  return getMemo(db, id);
}

function insertVersion(
  db: ProjectDb,
  author: string,
  memo: { id: string; title: string; revision: number },
  kind: MemoVersionKind,
  name: string,
  docJson: string,
  wordCount: number,
): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO memo_versions (id, memo_id, kind, name, title, doc, revision, word_count, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, memo.id, kind, name, memo.title, docJson, memo.revision, wordCount, nowIso(), author);
  return id;
}

/** Keeps the memo as stored now as a version (its current document, title and revision). */
function versionOfStored(db: ProjectDb, author: string, memoId: string, kind: MemoVersionKind, name: string): string {
  const row = statement(db, 'SELECT id, title, revision, doc, word_count FROM memos WHERE id = ? AND deleted_at IS NULL').get(memoId) as
    | { id: string; title: string; revision: number; doc: string; word_count: number }
    | undefined;
  if (!row) throw new DossierError('NOT_FOUND', GONE);
  return insertVersion(db, author, row, kind, name, row.doc, row.word_count);
}

/**
 * Autosave: the whole document, in one transaction. A save based on an older
 * revision is refused (CONFLICT) after its document has been kept as a
 * 'conflict' version: nothing the analyst typed is lost. When the last
 * version is older than the interval, the memo as it was before this save is
 * kept first as an automatic version.
 */
export function saveMemo(db: ProjectDb, author: string, input: { id: string; doc: MemoDoc; baseRevision: number }): MemoSaveResult {
  const docJson = JSON.stringify(input.doc);
  const stats = memoStats(input.doc);
  const outcome = db.transaction((): { conflict: number } | MemoSaveResult => {
    const row = statement(db, 'SELECT id, title, revision, created_at FROM memos WHERE id = ? AND deleted_at IS NULL').get(input.id) as
      | { id: string; title: string; revision: number; created_at: string }
      | undefined;
    if (!row) throw new DossierError('NOT_FOUND', GONE);
    if (row.revision !== input.baseRevision) {
      insertVersion(db, author, { id: row.id, title: row.title, revision: input.baseRevision }, 'conflict', '', docJson, stats.wordCount);
      return { conflict: row.revision };
    }
    const last = statement(db, 'SELECT max(created_at) AS at FROM memo_versions WHERE memo_id = ?').get(input.id) as { at: string | null };
    const now = nowIso();
    let autoVersionId: string | null = null;
    if (row.revision > 0 && Date.parse(now) - Date.parse(last.at ?? row.created_at) >= AUTO_VERSION_INTERVAL_MS) {
      autoVersionId = versionOfStored(db, author, input.id, 'auto', '');
    }
    const revision = row.revision + 1;
    statement(
      db,
      'UPDATE memos SET doc = ?, revision = ?, word_count = ?, citation_count = ?, updated_at = ?, updated_by = ? WHERE id = ?',
    ).run(docJson, revision, stats.wordCount, stats.citationCount, now, author, input.id);
    return { revision, updatedAt: now, wordCount: stats.wordCount, citationCount: stats.citationCount, autoVersionId };
  })();
  if ('conflict' in outcome) {
    throw new DossierError(
      'CONFLICT',
      `This memo was saved elsewhere meanwhile (now at revision ${outcome.conflict}, this edit was based on ${input.baseRevision}). ` +
        'Your text was kept in the memo’s history as a conflict version: reload the memo, then compare or restore it.',
    );
  }
  return outcome;
}

export function renameMemo(db: ProjectDb, author: string, id: string, title: string): MemoSummary {
  const now = nowIso();
  const result = statement(db, 'UPDATE memos SET title = ?, updated_at = ?, updated_by = ? WHERE id = ? AND deleted_at IS NULL').run(
    title,
    now,
    author,
    id,
  );
  if (result.changes === 0) throw new DossierError('NOT_FOUND', GONE);
  return toSummary(memoRow(db, id));
}

export function duplicateMemo(db: ProjectDb, author: string, id: string, title?: string): Memo {
  const copyId = db.transaction(() => {
    const row = memoRow(db, id);
    return insertMemo(db, author, title ?? `${row.title} (copy)`.slice(0, 300), memoDocOf(db, id), row.template_id);
  })();
  return getMemo(db, copyId);
}

/** To the Trash, with its versions (they come back with it). */
export function deleteMemo(db: ProjectDb, author: string, id: string): void {
  const now = nowIso();
  const result = statement(
    db,
    'UPDATE memos SET deleted_at = ?, deleted_by = ?, updated_at = ?, updated_by = ? WHERE id = ? AND deleted_at IS NULL',
  ).run(now, author, now, author, id);
  if (result.changes === 0) throw new DossierError('NOT_FOUND', 'That memo no longer exists (it may already be in the Trash).');
}

interface VersionRow {
  id: string;
  memo_id: string;
  kind: MemoVersionKind;
  name: string;
  title: string;
  revision: number;
  word_count: number;
  created_at: string;
  created_by: string;
}

const versionColumns = 'v.id, v.memo_id, v.kind, v.name, v.title, v.revision, v.word_count, v.created_at, v.created_by';

function toVersionSummary(row: VersionRow): MemoVersionSummary {
  return {
    id: row.id,
    memoId: row.memo_id,
    kind: row.kind,
    name: row.name,
    title: row.title,
    revision: row.revision,
    wordCount: row.word_count,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

export function listVersions(db: ProjectDb, memoId: string): MemoVersionSummary[] {
  memoRow(db, memoId);
  const rows = statement(db, `SELECT ${versionColumns} FROM memo_versions v WHERE v.memo_id = ? ORDER BY v.created_at DESC, v.id DESC`).all(
    memoId,
  ) as VersionRow[];
  return rows.map(toVersionSummary);
}

const VERSION_GONE = 'That version no longer exists (its memo may be in the Trash).';

export function getVersion(db: ProjectDb, id: string): MemoVersion {
  const row = statement(
    db,
    `SELECT ${versionColumns}, v.doc FROM memo_versions v JOIN memos m ON m.id = v.memo_id AND m.deleted_at IS NULL WHERE v.id = ?`,
  ).get(id) as (VersionRow & { doc: string }) | undefined;
  if (!row) throw new DossierError('NOT_FOUND', VERSION_GONE);
  return { ...toVersionSummary(row), doc: JSON.parse(row.doc) as MemoDoc };
}

export function snapshotMemo(db: ProjectDb, author: string, id: string, name = ''): MemoVersionSummary {
  const versionId = db.transaction(() => versionOfStored(db, author, id, 'named', name))();
  return getVersion(db, versionId);
}

/** The version's document becomes the memo's (its title stays); the memo as it was is kept first. */
export function restoreVersion(db: ProjectDb, author: string, versionId: string): Memo {
  const memoId = db.transaction(() => {
    const version = getVersion(db, versionId);
    versionOfStored(db, author, version.memoId, 'beforeRestore', '');
    const docJson = (statement(db, 'SELECT doc FROM memo_versions WHERE id = ?').get(versionId) as { doc: string }).doc;
    const stats = memoStats(version.doc);
    statement(
      db,
      `UPDATE memos SET doc = ?, revision = revision + 1, word_count = ?, citation_count = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
    ).run(docJson, stats.wordCount, stats.citationCount, nowIso(), author, version.memoId);
    return version.memoId;
  })();
  return getMemo(db, memoId);
}
