import { DossierError } from '../../../shared/api/errors';
import type { MemoTemplate, MemoTemplateSummary } from '../../../shared/api/memoTypes';
import { foldName } from '../../../shared/entities/foldName';
import type { MemoDoc } from '../../../shared/memos/memoDoc';
import { BUILTIN_TEMPLATES, BUILTIN_TEMPLATE_PREFIX, builtinTemplate } from '../../../shared/memos/templates';
import { nowIso } from '../db/nowIso';
import type { ProjectDb } from '../db/projectDatabase';
import { statement } from '../db/statement';
import { newId } from '../ids/newId';

const GONE = 'That template no longer exists (it may have been moved to the Trash).';
const BUILTIN_FIXED = 'Built-in templates cannot be renamed or deleted; save a memo made from it as a template of your own instead.';

interface TemplateRow {
  id: string;
  name: string;
  description: string;
  updated_at: string;
}

function toSummary(row: TemplateRow): MemoTemplateSummary {
  return { id: row.id, name: row.name, description: row.description, builtin: false, updatedAt: row.updated_at };
}

export function listTemplates(db: ProjectDb): MemoTemplateSummary[] {
  const own = statement(db, 'SELECT id, name, description, updated_at FROM memo_templates WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id').all() as TemplateRow[];
  return [
    ...BUILTIN_TEMPLATES.map((t) => ({ id: t.id, name: t.name, description: t.description, builtin: true, updatedAt: null })),
    ...own.map(toSummary),
  ];
}

export function getTemplate(db: ProjectDb, id: string): MemoTemplate {
  const builtin = builtinTemplate(id);
  if (builtin) return { id: builtin.id, name: builtin.name, description: builtin.description, builtin: true, updatedAt: null, doc: builtin.doc };
  const row = statement(db, 'SELECT id, name, description, updated_at, doc FROM memo_templates WHERE id = ? AND deleted_at IS NULL').get(id) as
    | (TemplateRow & { doc: string })
    | undefined;
  if (!row) throw new DossierError('NOT_FOUND', GONE);
  return { ...toSummary(row), doc: JSON.parse(row.doc) as MemoDoc };
}

/** The document a new memo starts with: blank without a template. */
export function templateDoc(db: ProjectDb, templateId: string | undefined): MemoDoc {
  return getTemplate(db, templateId ?? `${BUILTIN_TEMPLATE_PREFIX}blank`).doc;
}

/** Template names are told apart as people read them: case and accents do not make a new name. */
export function assertTemplateNameFree(db: ProjectDb, name: string, exceptId?: string): void {
  const key = foldName(name);
  const taken =
    BUILTIN_TEMPLATES.some((t) => foldName(t.name) === key) ||
    (statement(db, 'SELECT id, name FROM memo_templates WHERE deleted_at IS NULL').all() as { id: string; name: string }[]).some(
      (row) => row.id !== exceptId && foldName(row.name) === key,
    );
  if (taken) throw new DossierError('ALREADY_EXISTS', `There is already a template called “${name}”.`);
}

export function saveTemplateFromMemo(db: ProjectDb, author: string, input: { memoId: string; name: string; description?: string }): MemoTemplate {
  const id = db.transaction(() => {
    assertTemplateNameFree(db, input.name);
    const memo = statement(db, 'SELECT doc FROM memos WHERE id = ? AND deleted_at IS NULL').get(input.memoId) as { doc: string } | undefined;
    if (!memo) throw new DossierError('NOT_FOUND', 'That memo no longer exists (it may have been moved to the Trash).');
    const templateId = newId();
    const now = nowIso();
    statement(
      db,
      `INSERT INTO memo_templates (id, name, description, doc, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(templateId, input.name, input.description ?? '', memo.doc, now, now, author, author);
    return templateId;
  })();
  return getTemplate(db, id);
}

/**
 * Replaces an analyst's template with a memo's current document (how a
 * template is edited: make a memo from it, change it, replace). The previous
 * version goes to the Trash as "<name> (before <date>)", so nothing is lost.
 */
export function replaceTemplateFromMemo(db: ProjectDb, author: string, input: { id: string; memoId: string }): MemoTemplate {
  if (builtinTemplate(input.id)) throw new DossierError('BAD_INPUT', BUILTIN_FIXED);
  db.transaction(() => {
    const old = getTemplate(db, input.id);
    const memo = statement(db, 'SELECT doc FROM memos WHERE id = ? AND deleted_at IS NULL').get(input.memoId) as { doc: string } | undefined;
    if (!memo) throw new DossierError('NOT_FOUND', 'That memo no longer exists (it may have been moved to the Trash).');
    const now = nowIso();
    statement(
      db,
      `INSERT INTO memo_templates (id, name, description, doc, created_at, updated_at, created_by, updated_by, deleted_at, deleted_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(newId(), `${old.name} (before ${now.slice(0, 16).replace('T', ' ')})`, old.description, JSON.stringify(old.doc), now, now, author, author, now, author);
    statement(db, 'UPDATE memo_templates SET doc = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(memo.doc, now, author, input.id);
  })();
  return getTemplate(db, input.id);
}

export function renameTemplate(db: ProjectDb, author: string, id: string, name: string): MemoTemplateSummary {
  if (builtinTemplate(id)) throw new DossierError('BAD_INPUT', BUILTIN_FIXED);
  db.transaction(() => {
    getTemplate(db, id);
    assertTemplateNameFree(db, name, id);
    statement(db, 'UPDATE memo_templates SET name = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(name, nowIso(), author, id);
  })();
  const { doc: _doc, ...summary } = getTemplate(db, id);
  return summary;
}

export function deleteTemplate(db: ProjectDb, author: string, id: string): void {
  if (builtinTemplate(id)) throw new DossierError('BAD_INPUT', BUILTIN_FIXED);
  const now = nowIso();
  const result = statement(
    db,
    'UPDATE memo_templates SET deleted_at = ?, deleted_by = ?, updated_at = ?, updated_by = ? WHERE id = ? AND deleted_at IS NULL',
  ).run(now, author, now, author, id);
  if (result.changes === 0) throw new DossierError('NOT_FOUND', 'That template no longer exists (it may already be in the Trash).');
}
