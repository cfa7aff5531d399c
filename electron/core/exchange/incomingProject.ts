/**
 * Opens a project file that came from someone else (mail, USB stick) for
 * reading only, after checking everything about it that could hurt: it is a
 * SQLite file, a Dossier project, of a schema version this Dossier knows,
 * undamaged, consistent, within size limits, and carries exactly Dossier's own
 * tables, indexes and triggers (none of its own, so nothing it carries ever
 * runs). Older versions are migrated in a temporary copy, never in place.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DossierError } from '../../../shared/api/errors';
import { LATEST_SCHEMA_VERSION, migrations } from '../db/migrations/migrations';
import { DOSSIER_APPLICATION_ID, migrate } from '../db/projectDatabase';
import { newId } from '../ids/newId';
import { sha256Hex } from '../sources/sourcesStore';

export interface IncomingProject {
  /** Read-only; query its tables with plain SELECTs only. */
  db: Database.Database;
  schemaVersion: number;
  /** Which copy of a project sent the file: its replica id (projects/replicaIdentity.ts), else its project id. */
  projectId: string;
  /** From project_meta exported_by / exported_at; '' when the file was not made by "Export project file". */
  exportedBy: string;
  exportedAt: string;
  /** Closes the connection and removes any temporary copy. */
  close(): void;
}

export interface IncomingLimits {
  /** The whole file, in bytes. */
  maxFileBytes: number;
  /** Rows in any one table. */
  maxRowsPerTable: number;
  /** Characters (or bytes) of a source's text. */
  maxSourceTextChars: number;
  /** Characters of a memo, version or template document. */
  maxDocumentChars: number;
  /** Characters (or bytes) of any other value. */
  maxValueChars: number;
}

export const DEFAULT_INCOMING_LIMITS: IncomingLimits = {
  maxFileBytes: 2 * 1024 * 1024 * 1024,
  maxRowsPerTable: 2_000_000,
  maxSourceTextChars: 25 * 1024 * 1024,
  maxDocumentChars: 20 * 1024 * 1024,
  maxValueChars: 1024 * 1024,
};

const SQLITE_HEADER = 'SQLite format 3\u0000';
/** Columns whose values may be longer than maxValueChars. */
const LONG_TEXT_COLUMNS: Record<string, 'text' | 'document'> = {
  'source_texts.text': 'text',
  'memos.doc': 'document',
  'memo_versions.doc': 'document',
  'memo_templates.doc': 'document',
  // A grid's column layout, bounded by the API at 50,000 characters.
  'timelines.column_state': 'document',
  // Both sides of a merge conflict (from migration 0060): a memo's whole row, document included.
  'merge_conflicts.mine': 'document',
  'merge_conflicts.theirs': 'document',
};

interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

const schemaCache = new Map<number, Map<string, SchemaObject>>();

/** Dossier's own schema at a version, from a fresh in-memory project built with the same migrations. */
export function dossierSchemaAt(version: number): Map<string, SchemaObject> {
  const cached = schemaCache.get(version);
  if (cached) return cached;
  const db = new Database(':memory:');
  try {
    migrate(db, migrations, version);
    const objects = db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema').all() as SchemaObject[];
    const byName = new Map(objects.map((o) => [`${o.type}:${o.name}`, o]));
    schemaCache.set(version, byName);
    return byName;
  } finally {
    db.close();
  }
}

function normalizeSql(sql: string | null): string {
  return (sql ?? '').replace(/\s+/g, ' ').trim();
}

function bad(name: string, why: string): DossierError {
  return new DossierError('BAD_PROJECT_FILE', `“${name}” cannot be used: ${why}`);
}

function readHeader(filePath: string, name: string): { header: Buffer; size: number } {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch {
    throw new DossierError('NOT_FOUND', `“${name}” does not exist (${filePath}).`);
  }
  if (!stat.isFile()) throw bad(name, 'it is a folder, not a project file.');
  if (stat.size === 0) throw bad(name, 'the file is empty (0 bytes). Ask for the file again.');
  const header = Buffer.alloc(100);
  const fd = fs.openSync(filePath, 'r');
  let read: number;
  try {
    read = fs.readSync(fd, header, 0, 100, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (read < 16 || header.toString('latin1', 0, 16) !== SQLITE_HEADER) {
    throw bad(name, `it is not a Dossier project file (${describeContent(header.subarray(0, read))}).`);
  }
  if (read < 100) throw bad(name, 'the file is cut off (shorter than a database header). Ask for the file again.');
  return { header, size: stat.size };
}

/** What a non-SQLite file most likely is, for the message. */
function describeContent(head: Buffer): string {
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'it is a PNG image';
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) || head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x05, 0x06]))) {
    return 'it is a zip archive';
  }
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'it is a PDF document';
  const text = head.toString('utf8');
  if (/^\s*</.test(text)) return 'it is an HTML or XML document';
  // eslint-disable-next-line no-control-regex
  if (!/[\u0000-\u0008\u000e-\u001f]/.test(text)) return 'it is a text file';
  return 'it is not a database';
}

function checkHeader(header: Buffer, size: number, name: string, limits: IncomingLimits): number {
  const pageSizeField = header.readUInt16BE(16);
  const pageSize = pageSizeField === 1 ? 65536 : pageSizeField;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) {
    throw bad(name, 'its database header is damaged (impossible page size).');
  }
  const pageCount = header.readUInt32BE(28);
  if (size % pageSize !== 0 || (pageCount > 0 && size < pageSize * pageCount)) {
    throw bad(name, 'the file is cut off (truncated). Ask for the file again.');
  }
  if (size > limits.maxFileBytes) {
    throw bad(name, `it is larger than ${Math.round(limits.maxFileBytes / (1024 * 1024))} MB, more than Dossier accepts from another project.`);
  }
  if (header.readUInt32BE(68) !== DOSSIER_APPLICATION_ID) {
    throw bad(name, 'it is a SQLite database, but not a Dossier project.');
  }
  const version = header.readUInt32BE(60);
  if (version > LATEST_SCHEMA_VERSION) {
    throw bad(
      name,
      `it was made by a newer Dossier (project format ${version}; this version reads up to ${LATEST_SCHEMA_VERSION}). Update Dossier to merge it.`,
    );
  }
  if (version !== 0 && !migrations.some((m) => m.version === version)) {
    throw bad(name, `its project format (${version}) is not one Dossier ever made.`);
  }
  return version;
}

/**
 * Read-only, on its own connection, with SQLite's defensive settings. SQLITE_DBCONFIG_DEFENSIVE is on in every
 * better-sqlite3 connection unless unsafeMode() is called (docs/unsafe.md), which Dossier never does here.
 */
function openReadOnly(filePath: string): Database.Database {
  const db = new Database(filePath, { readonly: true, fileMustExist: true });
  db.pragma('trusted_schema = OFF');
  db.pragma('cell_size_check = ON');
  db.pragma('mmap_size = 0');
  return db;
}

function sqliteMessage(error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB') return 'it is not a database SQLite can read (the header or first page is damaged).';
  if (code.startsWith('SQLITE_CORRUPT')) return 'it is damaged (SQLite found corrupt data). Ask for the file again.';
  if (code === 'SQLITE_IOERR_SHORT_READ') return 'the file is cut off (truncated). Ask for the file again.';
  return `SQLite could not read it (${(error as Error).message}).`;
}

function checkSchema(db: Database.Database, version: number, name: string): void {
  const expected = dossierSchemaAt(version);
  const actual = db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema').all() as SchemaObject[];
  const seen = new Set<string>();
  for (const object of actual) {
    const key = `${object.type}:${object.name}`;
    // Statistics from ANALYZE only guide the query planner.
    if (object.type === 'table' && /^sqlite_stat[14]$/.test(object.name)) continue;
    const own = expected.get(key);
    if (!own) {
      const what = object.type === 'trigger' ? 'a trigger' : object.type === 'view' ? 'a view' : `${object.type === 'index' ? 'an index' : `a ${object.type}`}`;
      throw bad(name, `it contains ${what} (“${object.name.slice(0, 80)}”) that is not part of a Dossier project. Dossier never runs code a file brings along.`);
    }
    if (normalizeSql(own.sql) !== normalizeSql(object.sql) || own.tbl_name !== object.tbl_name) {
      throw bad(name, `its ${object.type} “${object.name}” differs from Dossier's own definition (it was altered).`);
    }
    seen.add(key);
  }
  for (const [key, object] of expected) {
    if (!seen.has(key)) throw bad(name, `it is missing the ${object.type} “${object.name}” every Dossier project has.`);
  }
}

function checkIntegrity(db: Database.Database, name: string, thorough: boolean): void {
  const rows = db.pragma(thorough ? 'integrity_check(5)' : 'quick_check(5)') as Record<string, string>[];
  const first = rows.map((r) => Object.values(r)[0]).filter((v) => v !== 'ok');
  if (first.length > 0) throw bad(name, `it is damaged (${String(first[0]).slice(0, 200)}). Ask for the file again.`);
  const violations = db.pragma('foreign_key_check') as { table: string; parent: string }[];
  const violation = violations[0];
  if (violation) {
    throw bad(name, `it is inconsistent: ${violations.length} row(s) of “${violation.table}” point at “${violation.parent}” rows that do not exist.`);
  }
}

/** The CHECK expressions of one of Dossier's own CREATE TABLE statements (trusted text, balanced parentheses). */
export function checkExpressions(createSql: string): string[] {
  const found: string[] = [];
  const pattern = /\bCHECK\s*\(/gi;
  for (let match = pattern.exec(createSql); match !== null; match = pattern.exec(createSql)) {
    let depth = 1;
    let i = match.index + match[0].length;
    const start = i;
    let quote: string | null = null;
    for (; i < createSql.length && depth > 0; i += 1) {
      const c = createSql[i];
      if (quote) {
        if (c === quote) quote = null;
      } else if (c === "'" || c === '"') quote = c;
      else if (c === '(') depth += 1;
      else if (c === ')') depth -= 1;
    }
    found.push(createSql.slice(start, i - 1));
  }
  return found;
}

/**
 * SQLite's integrity checks do not re-check CHECK constraints (a file written with
 * ignore_check_constraints passes them): check Dossier's own against every row.
 */
function checkConstraints(db: Database.Database, version: number, name: string): void {
  for (const object of dossierSchemaAt(version).values()) {
    if (object.type !== 'table' || !object.sql) continue;
    for (const expression of checkExpressions(object.sql)) {
      const row = db.prepare(`SELECT 1 FROM ${quoteIdent(object.name)} WHERE NOT (${expression}) LIMIT 1`).get();
      if (row) throw bad(name, `it is damaged: a row of “${object.name}” breaks the rule CHECK (${expression.replace(/\s+/g, ' ').slice(0, 120)}).`);
    }
  }
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function checkLimits(db: Database.Database, name: string, limits: IncomingLimits): void {
  const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map(
    (t) => t.name,
  );
  for (const table of tables) {
    const { n } = db.prepare(`SELECT count(*) AS n FROM ${quoteIdent(table)}`).get() as { n: number };
    if (n > limits.maxRowsPerTable) {
      throw bad(name, `its table “${table}” has ${n.toLocaleString('en')} rows, more than the ${limits.maxRowsPerTable.toLocaleString('en')} Dossier accepts.`);
    }
    const columns = (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name);
    if (columns.length === 0 || n === 0) continue;
    // length() of a blob is its bytes, of text its characters: one bound for both.
    const select = columns.map((c) => `max(length(${quoteIdent(c)}))`).join(', ');
    const maxima = db.prepare(`SELECT ${select} FROM ${quoteIdent(table)}`).raw().get() as (number | null)[];
    columns.forEach((column, i) => {
      const longest = maxima[i] ?? 0;
      const kind = LONG_TEXT_COLUMNS[`${table}.${column}`];
      const limit = kind === 'text' ? limits.maxSourceTextChars : kind === 'document' ? limits.maxDocumentChars : limits.maxValueChars;
      if (longest > limit) {
        throw bad(name, `a value in “${table}.${column}” is ${longest.toLocaleString('en')} characters long, more than the ${limit.toLocaleString('en')} Dossier accepts.`);
      }
    });
  }
}

/** Tables whose rows carry their own id (UUIDv7 text), made by people. */
const ID_TABLES = [
  'sources',
  'labels',
  'annotations',
  'entities',
  'entity_aliases',
  'claims',
  'claim_links',
  'entity_merges',
  'event_types',
  'timelines',
  'events',
  'memos',
  'memo_versions',
  'memo_templates',
];

/**
 * Ids are unique within a table by their primary key, but nothing in the schema
 * stops one id being two different things (a source and a claim), or the same
 * id in another letter case: either would make a merge match the wrong rows.
 */
function checkDuplicateIds(db: Database.Database, name: string): void {
  const present = new Set((db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name));
  const union = ID_TABLES.filter((t) => present.has(t))
    .map((t) => `SELECT lower(id) AS id, '${t}' AS tbl FROM ${quoteIdent(t)}`)
    .join(' UNION ALL ');
  const duplicate = db.prepare(`SELECT id, group_concat(DISTINCT tbl) AS tables, count(*) AS n FROM (${union}) GROUP BY id HAVING n > 1 LIMIT 1`).get() as
    | { id: string; tables: string; n: number }
    | undefined;
  if (duplicate) {
    throw bad(
      name,
      `the id ${duplicate.id.slice(0, 64)} is used by ${duplicate.n} different rows (${duplicate.tables.split(',').join(', ')}), so its items cannot be matched safely.`,
    );
  }
}

function checkContent(db: Database.Database, name: string): { projectId: string; exportedBy: string; exportedAt: string } {
  const meta = new Map((db.prepare('SELECT key, value FROM project_meta').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]));
  // Which copy sent it: its replica id (replicaIdentity.ts), or the project id of a file from before replicas.
  const projectId = meta.get('replica_id') ?? meta.get('project_id') ?? '';
  if (!/^[0-9A-Za-z-]{8,64}$/.test(projectId)) throw bad(name, 'it has no valid project id, so Dossier cannot tell which project it belongs to.');
  // Annotations point into their source's text; one that points past its end is not from Dossier.
  const outside = db
    .prepare('SELECT a.id FROM annotations a JOIN sources s ON s.id = a.source_id WHERE a.end_pos > s.char_count LIMIT 1')
    .get() as { id: string } | undefined;
  if (outside) throw bad(name, `a highlight (${outside.id.slice(0, 64)}) points past the end of its source's text.`);
  const textless = db
    .prepare('SELECT s.id FROM sources s LEFT JOIN source_texts t ON t.source_id = s.id WHERE t.source_id IS NULL OR length(t.text) <> s.char_count LIMIT 1')
    .get() as { id: string } | undefined;
  if (textless) throw bad(name, `the source ${textless.id.slice(0, 64)} has no text or a text of the wrong length.`);
  // A merge matches sources by their hash: one that does not match its text would join the wrong sources.
  for (const row of db.prepare('SELECT s.id, s.sha256, t.text FROM sources s JOIN source_texts t ON t.source_id = s.id').iterate() as IterableIterator<{
    id: string;
    sha256: string;
    text: string;
  }>) {
    if (typeof row.text !== 'string' || sha256Hex(row.text) !== row.sha256) {
      throw bad(name, `the source ${row.id.slice(0, 64)} does not match its content hash (its text was altered).`);
    }
  }
  return { projectId, exportedBy: meta.get('exported_by') ?? '', exportedAt: meta.get('exported_at') ?? '' };
}

export interface OpenIncomingOptions {
  /** Where an older file is copied and migrated; removed by close(). */
  tempDir: string;
  limits?: Partial<IncomingLimits>;
  /** integrity_check instead of quick_check (slower: also checks indexes against tables). */
  thorough?: boolean;
}

export function openIncomingProject(filePath: string, options: OpenIncomingOptions): IncomingProject {
  const name = path.basename(filePath);
  const limits = { ...DEFAULT_INCOMING_LIMITS, ...options.limits };
  const { header, size } = readHeader(filePath, name);
  const fileVersion = checkHeader(header, size, name, limits);
  // A WAL left beside the file would be read (and replayed) by SQLite: refuse rather than trust it.
  if (fs.existsSync(`${filePath}-wal`) && fs.statSync(`${filePath}-wal`).size > 0) {
    throw bad(name, 'it has unsaved changes in a “-wal” file beside it. Open it in Dossier once (or ask for a fresh export) first.');
  }

  let tempCopy: string | null = null;
  let db: Database.Database | null = null;
  const cleanup = (): void => {
    if (db?.open) db.close();
    if (tempCopy) for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${tempCopy}${suffix}`, { force: true });
  };
  const privateCopy = (): string => {
    fs.mkdirSync(options.tempDir, { recursive: true });
    return path.join(options.tempDir, `incoming-${newId()}.dossier`);
  };
  try {
    let readPath = filePath;
    if (header[18] === 2 || header[19] === 2) {
      // A WAL-mode file opened read-only makes SQLite create -wal and -shm files beside it; read a private
      // copy switched to rollback mode (header bytes 18-19) instead, so nothing appears beside theirs.
      tempCopy = privateCopy();
      fs.copyFileSync(filePath, tempCopy);
      const fd = fs.openSync(tempCopy, 'r+');
      try {
        fs.writeSync(fd, Buffer.from([1, 1]), 0, 2, 18);
      } finally {
        fs.closeSync(fd);
      }
      readPath = tempCopy;
    }
    try {
      db = openReadOnly(readPath);
      checkSchema(db, fileVersion, name);
      checkIntegrity(db, name, options.thorough ?? false);
      if (fileVersion < LATEST_SCHEMA_VERSION) {
        // Older: migrated in a private copy, then read from there.
        db.close();
        const migrated = privateCopy();
        const source = openReadOnly(readPath);
        try {
          source.exec(`VACUUM INTO '${migrated.replace(/'/g, "''")}'`);
        } finally {
          source.close();
        }
        if (tempCopy) fs.rmSync(tempCopy, { force: true });
        tempCopy = migrated;
        const writable = new Database(tempCopy, { fileMustExist: true });
        try {
          writable.pragma('trusted_schema = OFF');
          writable.pragma('journal_mode = DELETE');
          migrate(writable);
        } finally {
          writable.close();
        }
        db = openReadOnly(tempCopy);
        checkSchema(db, LATEST_SCHEMA_VERSION, name);
      }
    } catch (error) {
      if (error instanceof DossierError) throw error;
      throw bad(name, sqliteMessage(error));
    }
    try {
      checkLimits(db, name, limits);
      checkConstraints(db, LATEST_SCHEMA_VERSION, name);
      checkDuplicateIds(db, name);
      const content = checkContent(db, name);
      const opened = db;
      return {
        db: opened,
        schemaVersion: LATEST_SCHEMA_VERSION,
        ...content,
        close: cleanup,
      };
    } catch (error) {
      if (error instanceof DossierError) throw error;
      throw bad(name, sqliteMessage(error));
    }
  } catch (error) {
    cleanup();
    throw error;
  }
}
