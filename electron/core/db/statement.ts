import type { Statement } from 'better-sqlite3';
import type { ProjectDb } from './projectDatabase';

const cache = new WeakMap<ProjectDb, Map<string, Statement>>();

/** A prepared statement, compiled once per connection: preparing costs more than running small queries. */
export function statement(db: ProjectDb, sql: string): Statement {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let prepared = statements.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    statements.set(sql, prepared);
  }
  return prepared;
}
