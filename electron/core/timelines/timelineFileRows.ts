import { parse } from 'csv-parse/sync';
import { DossierError } from '../../../shared/api/errors';
import type { TimelineFileFormat } from '../../../shared/api/timelineTypes';
import { decodeText } from '../sources/decodeText';
import { restoreCell } from './spreadsheetCells';
import { timelineJsToEdtf } from './timelineJsDates';

/** Dossier's own CSV: every field, no ids (they mean nothing in another project). */
export const CSV_COLUMNS = ['Title', 'Date (EDTF)', 'Date in words', 'Type', 'Place', 'Entities', 'Description', 'Evidence'] as const;

/** The TimelineJS Google Sheets template's header row, exactly. */
export const TIMELINEJS_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;

/** One data row of a timeline file, as read: names, not ids; resolved against the project when previewed and committed. */
export interface FileRow {
  /** 1-based among the data rows. */
  rowNumber: number;
  title: string;
  dateEdtf: string;
  description: string;
  typeName: string;
  /** A TimelineJS Background colour, used when the type is new. */
  typeColor: string | null;
  placeName: string;
  entityNames: string[];
  /** Evidence lines as exported: "claim: …", "passage: … (in Source)", "source: …". */
  evidence: string[];
  errors: string[];
  warnings: string[];
}

export interface ParsedFile {
  format: TimelineFileFormat;
  encoding: string;
  ignoredColumns: string[];
  missingColumns: string[];
  rows: FileRow[];
}

export const MAX_IMPORT_ROWS = 100_000;
const MAX_TITLE = 1000;
const MAX_DESCRIPTION = 100_000;
const DELIMITERS = [',', ';', '\t'] as const;
const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

const fold = (name: string): string => name.trim().toLowerCase();

/** Lists in one cell: one per line as exported; semicolons in hand-made files. */
export function splitList(cell: string): string[] {
  const parts = /\r?\n/.test(cell) ? cell.split(/\r?\n/) : cell.split(';');
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** Excel saves CSV with ';' or tabs in many locales: the delimiter is the one that makes the most known header names. */
function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const known = new Set([...CSV_COLUMNS, ...TIMELINEJS_COLUMNS].map(fold));
  let best: string = ',';
  let bestScore = -1;
  for (const delimiter of DELIMITERS) {
    const score = firstLine.split(delimiter).filter((cell) => known.has(fold(cell.replace(/^"|"$/g, '')))).length;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

function detectFormat(header: string[], fileName: string): TimelineFileFormat {
  const names = new Set(header.map(fold));
  if (names.has('headline') && names.has('year')) return 'timelinejs';
  if (names.has('title')) return 'csv';
  throw new DossierError(
    'FILE_UNSUPPORTED',
    `“${fileName}” does not start with a header row Dossier knows. A Dossier CSV starts with ${CSV_COLUMNS.join(', ')}; a TimelineJS sheet with ${TIMELINEJS_COLUMNS.slice(0, 10).join(', ')}, ….`,
  );
}

/**
 * Reads a CSV or TimelineJS spreadsheet (any encoding decodeText knows,
 * quoted newlines, ',' ';' or tab) into rows with per-row problems. Checks
 * only what needs no project; names are resolved later.
 */
export function readTimelineFile(fileName: string, bytes: Uint8Array, format?: TimelineFileFormat): ParsedFile {
  const decoded = decodeText(fileName, bytes);
  if (decoded.text.trim() === '') throw new DossierError('FILE_EMPTY', `“${fileName}” is empty.`);
  let records: string[][];
  try {
    records = parse(decoded.text, {
      delimiter: detectDelimiter(decoded.text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      bom: true,
    });
  } catch (error) {
    throw new DossierError('FILE_UNSUPPORTED', `“${fileName}” could not be read as CSV: ${(error as Error).message}`);
  }
  const [header = [], ...data] = records;
  const names = header.map((h) => h.trim());
  const chosen = format ?? detectFormat(names, fileName);
  const expected: readonly string[] = chosen === 'csv' ? CSV_COLUMNS : TIMELINEJS_COLUMNS;
  const position = new Map<string, number>();
  names.forEach((name, index) => {
    if (!position.has(fold(name))) position.set(fold(name), index);
  });
  const ignoredColumns = names.filter((name) => name !== '' && !expected.some((e) => fold(e) === fold(name)));
  const missingColumns = expected.filter((e) => !position.has(fold(e)));
  const rows: FileRow[] = [];
  for (const record of data) {
    if (record.every((cell) => cell.trim() === '')) continue;
    if (rows.length >= MAX_IMPORT_ROWS) {
      throw new DossierError('FILE_TOO_LARGE', `“${fileName}” has more than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows; split it and import the parts.`);
    }
    const cell = (column: string): string => restoreCell(record[position.get(fold(column)) ?? -1] ?? '');
    rows.push(chosen === 'csv' ? csvRow(rows.length + 1, cell) : timelineJsRow(rows.length + 1, cell));
  }
  return { format: chosen, encoding: decoded.encoding, ignoredColumns, missingColumns, rows };
}

function checkLengths(row: FileRow, what: string): void {
  if (row.title.trim() === '') row.errors.push(`The ${what} is empty; every event needs one.`);
  if (row.title.length > MAX_TITLE) row.errors.push(`The ${what} is longer than ${MAX_TITLE} characters.`);
  if (row.description.length > MAX_DESCRIPTION) row.errors.push(`The description is longer than ${MAX_DESCRIPTION.toLocaleString('en')} characters.`);
}

function csvRow(rowNumber: number, cell: (column: string) => string): FileRow {
  const row: FileRow = {
    rowNumber,
    title: cell('Title').trim(),
    dateEdtf: cell('Date (EDTF)').trim(),
    description: cell('Description'),
    typeName: cell('Type').trim(),
    typeColor: null,
    placeName: cell('Place').trim(),
    entityNames: splitList(cell('Entities')),
    evidence: splitList(cell('Evidence')),
    errors: [],
    warnings: [],
  };
  checkLengths(row, 'title');
  return row;
}

function timelineJsRow(rowNumber: number, cell: (column: string) => string): FileRow {
  const displayDate = cell('Display Date');
  const date = timelineJsToEdtf(
      {
        year: cell('Year'),
        month: cell('Month'),
        day: cell('Day'),
        endYear: cell('End Year'),
        endMonth: cell('End Month'),
        endDay: cell('End Day'),
      },
      displayDate,
    );
  const background = cell('Background').trim();
  const row: FileRow = {
    rowNumber,
    title: cell('Headline').trim(),
    dateEdtf: date.edtf,
    description: cell('Text'),
    typeName: cell('Group').trim(),
    typeColor: HEX_COLOR.test(background) ? background.toLowerCase() : null,
    placeName: '',
    entityNames: [],
    evidence: [],
    errors: [],
    warnings: [],
  };
  const slide = fold(cell('Type'));
  if (slide === 'title' || slide === 'era') {
    row.errors.push(`A TimelineJS ${slide} slide, not an event: Dossier imports events only.`);
  }
  checkLengths(row, 'Headline');
  if (date.disagrees) row.warnings.push(`Display Date says ${displayDate.trim()} but the date columns were edited; the columns are used.`);
  if (cell('Time').trim() || cell('End Time').trim()) row.warnings.push('Times of day are not kept; the date is.');
  if (['Media', 'Media Credit', 'Media Caption', 'Media Thumbnail'].some((c) => cell(c).trim() !== '')) {
    row.warnings.push('Media columns are not imported.');
  }
  return row;
}
