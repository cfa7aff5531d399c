import { DossierError } from '../../../shared/api/errors';
import type { SavedSearch, SearchFilters } from '../../../shared/api/types';
import { nowIso } from '../db/nowIso';
import type { ProjectDb } from '../db/projectDatabase';
import { statement } from '../db/statement';
import { newId } from '../ids/newId';

interface Row {
  id: string;
  name: string;
  query: string;
  filters: string;
  updated_at: string;
}

function toSaved(row: Row): SavedSearch {
  return { id: row.id, name: row.name, query: row.query, filters: JSON.parse(row.filters) as SearchFilters, updatedAt: row.updated_at };
}

export function listSavedSearches(db: ProjectDb): SavedSearch[] {
  return (statement(db, 'SELECT id, name, query, filters, updated_at FROM saved_searches WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id').all() as Row[]).map(toSaved);
}

/** Saves a search under a name; saving again under the same name (case aside) replaces it. */
export function saveSearch(db: ProjectDb, author: string, input: { name: string; query: string; filters: SearchFilters }): SavedSearch {
  const id = db.transaction(() => {
    const now = nowIso();
    const existing = statement(db, 'SELECT id FROM saved_searches WHERE deleted_at IS NULL AND lower(name) = lower(?)').pluck().get(input.name) as string | undefined;
    if (existing) {
      statement(db, 'UPDATE saved_searches SET name = ?, query = ?, filters = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
        input.name,
        input.query,
        JSON.stringify(input.filters),
        now,
        author,
        existing,
      );
      return existing;
    }
    const created = newId();
    statement(
      db,
      'INSERT INTO saved_searches (id, name, query, filters, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(created, input.name, input.query, JSON.stringify(input.filters), now, now, author, author);
    return created;
  })();
  return toSaved(statement(db, 'SELECT id, name, query, filters, updated_at FROM saved_searches WHERE id = ?').get(id) as Row);
}

export function deleteSavedSearch(db: ProjectDb, author: string, id: string): void {
  const now = nowIso();
  const result = statement(db, 'UPDATE saved_searches SET deleted_at = ?, deleted_by = ?, updated_at = ?, updated_by = ? WHERE id = ? AND deleted_at IS NULL').run(
    now,
    author,
    now,
    author,
    id,
  );
  if (result.changes === 0) throw new DossierError('NOT_FOUND', 'That saved search no longer exists (it may already be in the Trash).');
}
