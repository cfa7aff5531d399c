import { stringify } from 'csv-stringify/sync';
import type { TimelineExport, TimelineExportWarning, TimelineFileFormat } from '../../../shared/api/timelineTypes';
import { EVENT_ROW } from '../../../shared/api/timelineTypes';
import { describeEdtf, parseEdtf } from '../../../shared/dates/edtf';
import type { ProjectDb } from '../db/projectDatabase';
import { statement } from '../db/statement';
import { listEventTypes } from './eventTypesStore';
import { listEvents } from './eventsStore';
import { neutraliseCell } from './spreadsheetCells';
import { CSV_COLUMNS, TIMELINEJS_COLUMNS } from './timelineFileRows';
import { edtfToTimelineJs, timelineJsDisplayDate } from './timelineJsDates';
import { evidenceLine } from './timelineImport';
import { getTimeline } from './timelinesStore';

/** Live evidence of every event, as the lines the CSV's Evidence cell holds; one flat query. */
function evidenceLines(db: ProjectDb): Map<string, string[]> {
  const rows = statement(
    db,
    `SELECT ev.event_id, ev.kind, c.statement, a.exact, s.title FROM event_evidence ev
     LEFT JOIN claims c ON ev.kind = 'claim' AND c.id = ev.ref_id AND c.deleted_at IS NULL
     LEFT JOIN annotations a ON ev.kind = 'annotation' AND a.id = ev.ref_id AND a.deleted_at IS NULL
     LEFT JOIN sources s ON s.id = CASE ev.kind WHEN 'source' THEN ev.ref_id WHEN 'annotation' THEN a.source_id END AND s.deleted_at IS NULL
     WHERE ev.deleted_at IS NULL ORDER BY ev.event_id, ev.created_at, CASE ev.kind WHEN 'claim' THEN 0 WHEN 'annotation' THEN 1 ELSE 2 END, ev.ref_id`,
  )
    .raw()
    .all() as [string, 'claim' | 'annotation' | 'source', string | null, string | null, string | null][];
  const lines = new Map<string, string[]>();
  for (const [eventId, kind, claim, exact, title] of rows) {
    // Trashed evidence is left out: it could not be linked again on import.
    const line =
      kind === 'claim' ? claim !== null && evidenceLine('claim', claim) : kind === 'annotation' ? exact !== null && title !== null && evidenceLine('passage', exact, title) : title !== null && evidenceLine('source', title);
    if (!line) continue;
    const list = lines.get(eventId);
    if (list) list.push(line);
    else lines.set(eventId, [line]);
  }
  return lines;
}

function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').replace(/\s+/g, ' ').trim() || 'Timeline';
}

/**
 * A timeline (or all events) as a spreadsheet: Dossier's CSV with every field,
 * or the TimelineJS template's columns for publishing. Every cell is
 * neutralised against formula injection; a UTF-8 byte-order mark and CRLF
 * line ends make Excel read it right.
 */
export function exportTimeline(db: ProjectDb, timelineId: string | null, format: TimelineFileFormat): TimelineExport {
  const name = timelineId === null ? 'All events' : getTimeline(db, timelineId).name;
  const { rows, entities } = listEvents(db, timelineId === null ? {} : { timelineId });
  const types = new Map(listEventTypes(db).map((t) => [t.id, t]));
  let records: string[][];
  const warnings: TimelineExportWarning[] = [];
  if (format === 'csv') {
    const evidence = evidenceLines(db);
    records = [
      [...CSV_COLUMNS],
      ...rows.map((row) => [
        row[EVENT_ROW.title],
        row[EVENT_ROW.dateEdtf],
        row[EVENT_ROW.dateEdtf] === '' ? '' : describeEdtf(row[EVENT_ROW.dateEdtf]),
        types.get(row[EVENT_ROW.typeId] ?? '')?.name ?? '',
        entities[row[EVENT_ROW.placeEntityId] ?? '']?.name ?? '',
        row[EVENT_ROW.entityIds].map((id) => entities[id]?.name ?? '').join('\n'),
        row[EVENT_ROW.description],
        (evidence.get(row[EVENT_ROW.id]) ?? []).join('\n'),
      ]),
    ];
  } else {
    records = [
      [...TIMELINEJS_COLUMNS],
      ...rows.map((row) => {
        const dateEdtf = row[EVENT_ROW.dateEdtf];
        const { columns, exact } = edtfToTimelineJs(dateEdtf);
        // TimelineJS needs a Year: say which rows it will leave out, and why.
        if (columns.year === '') warnings.push({ title: row[EVENT_ROW.title], reason: noYearReason(dateEdtf) });
        const type = types.get(row[EVENT_ROW.typeId] ?? '');
        return [
          columns.year,
          columns.month,
          columns.day,
          '',
          columns.endYear,
          columns.endMonth,
          columns.endDay,
          '',
          timelineJsDisplayDate(dateEdtf, exact),
          row[EVENT_ROW.title],
          row[EVENT_ROW.description],
          '',
          '',
          '',
          '',
          '',
          type?.name ?? '',
          type?.color ?? '',
        ];
      }),
    ];
  }
  const text = stringify(
    records.map((record) => record.map(neutraliseCell)),
    { record_delimiter: 'windows' },
  );
  const suffix = format === 'csv' ? '' : ' (TimelineJS)';
  return { fileName: `${safeFileName(name)}${suffix}.csv`, mimeType: 'text/csv;charset=utf-8', text: `\uFEFF${text}`, eventCount: rows.length, warnings };
}

/** Why a TimelineJS row has no Year. */
function noYearReason(edtf: string): string {
  if (edtf === '') return 'no date';
  const parsed = parseEdtf(edtf);
  if (!parsed.ok) return `invalid date “${edtf}”: ${parsed.reason}`;
  return `“${edtf}” (${parsed.date.words}) has no start year TimelineJS can hold`;
}
