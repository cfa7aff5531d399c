import { randomUUID } from 'node:crypto';
import { DossierError } from '../../../shared/api/errors';
import type { ImportCommitResult, ImportPreview, ImportPreviewRow, TimelineFileFormat } from '../../../shared/api/timelineTypes';
import { parseEdtf } from '../../../shared/dates/edtf';
import { nowIso } from '../db/nowIso';
import type { ProjectDb } from '../db/projectDatabase';
import { statement } from '../db/statement';
import { nameKey } from '../../../shared/entities/foldName';
import { liveNames } from '../entities/entityNames';
import { SEED_EVENT_TYPES } from '../db/migrations/0030-timelines';
import { findEventTypeByName, insertEventType } from './eventTypesStore';
import { insertEvent, nextManualOrder } from './eventsStore';
import type { EvidenceRef } from './eventsStore';
import { decodeBase64 } from '../sources/importSourceFiles';
import { readTimelineFile } from './timelineFileRows';
import type { FileRow, ParsedFile } from './timelineFileRows';
import { assertLiveTimeline, insertTimeline } from './timelinesStore';

/** The first rows, then rows with problems, up to this many in the preview table. */
const PREVIEW_FIRST_ROWS = 100;
const PREVIEW_MAX_ROWS = 1000;
/** Colours for types an import creates, after the seeded ones: more of the Okabe–Ito set, then greys. */
const NEW_TYPE_COLORS = ['#56b4e9', '#f0e442', '#000000', ...SEED_EVENT_TYPES.map((t) => t.color), '#999999'];

interface PendingImport {
  token: string;
  file: ParsedFile;
}

/** One pending preview per open project: a new preview replaces it, closing the project drops it. */
const pending = new WeakMap<ProjectDb, PendingImport>();

/**
 * Names in a file resolved against the project: entities by any name or
 * alias (folded like entity matching), evidence by the text the export wrote.
 * Built once per preview or commit, so thousands of rows cost one pass.
 */
class ProjectLookups {
  private entities?: Map<string, Set<string>>;
  private evidence?: Map<string, EvidenceRef>;
  private events?: Set<string>;

  constructor(private readonly db: ProjectDb) {}

  /** A live event with this title and date as typed: importing the row again adds a second one. */
  hasEvent(title: string, dateEdtf: string): boolean {
    if (!this.events) {
      this.events = new Set();
      for (const [known, date] of statement(this.db, 'SELECT title, date_edtf FROM events WHERE deleted_at IS NULL').raw().all() as [string, string][]) {
        this.events.add(`${known.trim()}\u0000${date}`);
      }
    }
    return this.events.has(`${title.trim()}\u0000${dateEdtf}`);
  }

  entity(name: string): { id?: string; problem?: string } {
    if (!this.entities) {
      this.entities = new Map();
      for (const { entityId, name: known } of liveNames(this.db)) {
        const key = nameKey(known);
        const owners = this.entities.get(key) ?? new Set<string>();
        owners.add(entityId);
        this.entities.set(key, owners);
      }
    }
    const owners = this.entities.get(nameKey(name));
    if (!owners) return { problem: `“${name}” is not an entity in this project; it is left out.` };
    if (owners.size > 1) return { problem: `“${name}” is the name of ${owners.size} entities; it is left out, choose one in the grid.` };
    return { id: [...owners][0] };
  }

  evidenceFor(line: string): EvidenceRef | undefined {
    if (!this.evidence) {
      this.evidence = new Map();
      for (const { id, statement: s } of statement(this.db, 'SELECT id, statement FROM claims WHERE deleted_at IS NULL').all() as {
        id: string;
        statement: string;
      }[]) {
        this.evidence.set(evidenceLine('claim', s), { kind: 'claim', refId: id });
      }
      for (const { id, title } of statement(this.db, 'SELECT id, title FROM sources WHERE deleted_at IS NULL').all() as { id: string; title: string }[]) {
        this.evidence.set(evidenceLine('source', title), { kind: 'source', refId: id });
      }
      for (const { id, exact, title } of statement(
        this.db,
        `SELECT a.id, a.exact, s.title FROM annotations a JOIN sources s ON s.id = a.source_id
         WHERE a.deleted_at IS NULL AND s.deleted_at IS NULL`,
      ).all() as { id: string; exact: string; title: string }[]) {
        this.evidence.set(evidenceLine('passage', exact, title), { kind: 'annotation', refId: id });
      }
    }
    return this.evidence.get(flat(line));
  }
}

/** One line per evidence item: whitespace runs (newlines in a quote) become one space. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** How evidence is written in a CSV cell, one per line, and matched back on import. */
export function evidenceLine(kind: 'claim' | 'passage' | 'source', label: string, sourceTitle?: string): string {
  return kind === 'passage' ? `passage: ${flat(label)} (in ${flat(sourceTitle ?? '')})` : `${kind}: ${flat(label)}`;
}

interface Resolved {
  placeEntityId: string | null;
  entityIds: string[];
  evidence: EvidenceRef[];
}

/** Resolves a row's names; what cannot be resolved becomes a warning on the row (once). */
function resolveRow(db: ProjectDb, lookups: ProjectLookups, row: FileRow, warn: boolean): Resolved {
  const problems: string[] = [];
  let placeEntityId: string | null = null;
  if (row.placeName) {
    const place = lookups.entity(row.placeName);
    if (place.id) placeEntityId = place.id;
    else if (place.problem) problems.push(`Place ${place.problem}`);
  }
  const entityIds: string[] = [];
  for (const name of row.entityNames) {
    const entity = lookups.entity(name);
    if (entity.id) {
      if (!entityIds.includes(entity.id)) entityIds.push(entity.id);
    } else if (entity.problem) {
      problems.push(entity.problem);
    }
  }
  const evidence: EvidenceRef[] = [];
  for (const line of row.evidence) {
    const ref = lookups.evidenceFor(line);
    if (ref) evidence.push(ref);
    else problems.push(`Evidence “${line.slice(0, 80)}” was not found in this project; it is left out.`);
  }
  if (warn) {
    row.warnings.push(...problems);
    if (row.dateEdtf !== '') {
      const parsed = parseEdtf(row.dateEdtf);
      if (!parsed.ok) row.warnings.push(`The date “${row.dateEdtf}” is not valid EDTF: ${parsed.reason} It is kept as typed and marked in the grid.`);
    }
    if (row.typeName && !findEventTypeByName(db, row.typeName)) row.warnings.push(`A new event type “${row.typeName}” will be created.`);
    if (row.title && lookups.hasEvent(row.title, row.dateEdtf)) {
      row.warnings.push('An event with this title and date is already in the project: importing adds a second one.');
    }
  }
  return { placeEntityId, entityIds, evidence };
}

function previewRow(row: FileRow): ImportPreviewRow {
  const parsed = row.dateEdtf === '' ? undefined : parseEdtf(row.dateEdtf);
  return {
    rowNumber: row.rowNumber,
    title: row.title,
    dateEdtf: row.dateEdtf,
    dateWords: parsed?.ok ? parsed.date.words : '',
    typeName: row.typeName,
    errors: row.errors,
    warnings: row.warnings,
  };
}

/** Reads the file and reports what would be imported; changes nothing in the project. */
export function previewTimelineImport(db: ProjectDb, file: { name: string; dataBase64: string }, format?: TimelineFileFormat): ImportPreview {
  const bytes = decodeBase64(file.dataBase64);
  if (!bytes) throw new DossierError('BAD_INPUT', `“${file.name}” did not arrive intact; try again.`);
  const parsed = readTimelineFile(file.name, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), format);
  const lookups = new ProjectLookups(db);
  for (const row of parsed.rows) resolveRow(db, lookups, row, true);
  const token = randomUUID();
  pending.set(db, { token, file: parsed });
  const shown = parsed.rows.filter((row, index) => index < PREVIEW_FIRST_ROWS || row.errors.length > 0 || row.warnings.length > 0);
  return {
    token,
    format: parsed.format,
    encoding: parsed.encoding,
    totalRows: parsed.rows.length,
    validRows: parsed.rows.filter((row) => row.errors.length === 0).length,
    ignoredColumns: parsed.ignoredColumns,
    missingColumns: parsed.missingColumns,
    rows: shown.slice(0, PREVIEW_MAX_ROWS).map(previewRow),
  };
}

/**
 * Imports the previewed rows in one transaction into an existing timeline or
 * a new one, creating the event types it names that do not exist yet. Rows
 * with errors are skipped when asked, otherwise nothing is imported.
 */
export function commitTimelineImport(
  db: ProjectDb,
  author: string,
  input: { token: string; timelineId?: string; newTimelineName?: string; skipInvalid: boolean },
): ImportCommitResult {
  const previewed = pending.get(db);
  if (!previewed || previewed.token !== input.token) {
    throw new DossierError('NOT_FOUND', 'That import preview is no longer available; choose the file again.');
  }
  if (Boolean(input.timelineId) === Boolean(input.newTimelineName)) {
    throw new DossierError('BAD_INPUT', 'Choose a timeline to import into, or name a new one (not both).');
  }
  const rows = previewed.file.rows;
  const bad = rows.filter((row) => row.errors.length > 0);
  if (bad.length > 0 && !input.skipInvalid) {
    throw new DossierError(
      'BAD_INPUT',
      `${bad.length} of ${rows.length} rows cannot be imported (the first is row ${bad[0]?.rowNumber}: ${bad[0]?.errors[0]}). Fix the file, or import without them.`,
    );
  }
  const good = rows.filter((row) => row.errors.length === 0);
  const result = db.transaction((): ImportCommitResult => {
    const now = nowIso();
    let timelineId: string;
    if (input.timelineId) {
      assertLiveTimeline(db, input.timelineId);
      timelineId = input.timelineId;
    } else {
      timelineId = insertTimeline(db, author, input.newTimelineName ?? '', now);
    }
    const lookups = new ProjectLookups(db);
    const typeIds = new Map<string, string>();
    let newTypes = 0;
    const typeFor = (row: FileRow): string | null => {
      if (!row.typeName) return null;
      const key = row.typeName.toLowerCase();
      let id = typeIds.get(key) ?? findEventTypeByName(db, row.typeName)?.id;
      if (!id) {
        const color = row.typeColor ?? NEW_TYPE_COLORS[newTypes % NEW_TYPE_COLORS.length] ?? '#999999';
        newTypes += 1;
        id = insertEventType(db, author, { name: row.typeName.slice(0, 80), color }, now);
      }
      typeIds.set(key, id);
      return id;
    };
    const firstOrder = nextManualOrder(db);
    good.forEach((row, index) => {
      const resolved = resolveRow(db, lookups, row, false);
      insertEvent(
        db,
        author,
        {
          title: row.title,
          description: row.description,
          dateEdtf: row.dateEdtf,
          typeId: typeFor(row),
          placeEntityId: resolved.placeEntityId,
          entityIds: resolved.entityIds,
          timelineIds: [timelineId],
          evidence: resolved.evidence,
        },
        firstOrder + index,
        now,
      );
    });
    return { timelineId, created: good.length, skipped: rows.length - good.length };
  })();
  pending.delete(db);
  return result;
}
