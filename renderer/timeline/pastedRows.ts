import type { MethodInput } from '../../shared/api/contract';
import { parseEdtf } from '../../shared/dates/edtf';
import { foldName } from '../../shared/entities/foldName';
import { timelineStrings as s } from './timelineStrings';

export type NewEvent = MethodInput<'events.createMany'>['events'][number];

type Field = 'date' | 'title' | 'type' | 'place' | 'description';

/** Header names a spreadsheet may use for each field (folded: case and accents ignored). */
const HEADER_NAMES: Record<Field, readonly string[]> = {
  date: ['date', 'edtf', 'when', 'date edtf', 'display date'],
  title: ['title', 'headline', 'event', 'name'],
  type: ['type', 'category', 'kind'],
  place: ['place', 'location', 'where'],
  description: ['description', 'text', 'notes', 'details'],
};

/** Without a header row: one column is a title; two are date and title; more add type, place, description. */
const DEFAULT_ORDER: readonly Field[] = ['date', 'title', 'type', 'place', 'description'];

export interface PasteRowProblem {
  /** 1-based row of the pasted data. */
  row: number;
  title: string;
  /** The row is left out. */
  errors: string[];
  /** The row is added, with this noted. */
  warnings: string[];
}

export interface PastedEvents {
  /** The fields the columns were read as, in column order (null: ignored). */
  columns: (Field | null)[];
  events: NewEvent[];
  problems: PasteRowProblem[];
  /** Rows seen (without the header). */
  rowCount: number;
}

/**
 * Tab-separated text as spreadsheets put it on the clipboard: cells that
 * hold tabs, quotes or line breaks are quoted, with quotes doubled.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const input = text.replace(/\r\n?/g, '\n');
  let atCellStart = true;
  while (i < input.length) {
    const ch = input[i] as string;
    if (atCellStart && ch === '"') {
      // A quoted cell runs to the next lone quote.
      i += 1;
      while (i < input.length) {
        if (input[i] === '"') {
          if (input[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        cell += input[i];
        i += 1;
      }
      atCellStart = false;
      continue;
    }
    atCellStart = false;
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else cell += ch;
    i += 1;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

function headerField(name: string): Field | null {
  const folded = foldName(name.trim());
  for (const [field, names] of Object.entries(HEADER_NAMES) as [Field, readonly string[]][]) {
    if (names.includes(folded)) return field;
  }
  return null;
}

/**
 * Reads pasted spreadsheet rows as new events. A header row (Date, Title,
 * Type, Place, Description, in any order) names the columns; without one the
 * order is Date, Title, Type, Place, Description (a single column is titles).
 * Invalid dates are kept as typed (the grid marks them); rows without a
 * title are left out and reported.
 */
export function pastedEvents(
  text: string,
  lookups: { typeIdByName: (name: string) => string | null; placeIdByName: (name: string) => string | null; timelineId: string | null },
): PastedEvents {
  const table = parseTsv(text);
  const first = table[0] ?? [];
  const headerFields = first.map(headerField);
  const hasHeader = headerFields.includes('title');
  const width = Math.max(0, ...table.map((r) => r.length));
  const columns: (Field | null)[] = hasHeader
    ? headerFields
    : width === 1
      ? ['title']
      : Array.from({ length: width }, (_, i) => DEFAULT_ORDER[i] ?? null);
  const body = hasHeader ? table.slice(1) : table;
  const events: NewEvent[] = [];
  const problems: PasteRowProblem[] = [];
  body.forEach((cells, index) => {
    const value = (field: Field): string => {
      const at = columns.indexOf(field);
      return at < 0 ? '' : (cells[at] ?? '').trim();
    };
    const title = value('title');
    const errors: string[] = [];
    const warnings: string[] = [];
    if (!title) errors.push(s.pasteNoTitle);
    const date = value('date');
    if (date) {
      const parsed = parseEdtf(date);
      if (!parsed.ok) warnings.push(s.pasteInvalidDate(parsed.reason));
    }
    const typeName = value('type');
    const typeId = typeName ? lookups.typeIdByName(typeName) : null;
    if (typeName && !typeId) warnings.push(s.pasteUnknownType(typeName));
    const placeName = value('place');
    const placeId = placeName ? lookups.placeIdByName(placeName) : null;
    if (placeName && !placeId) warnings.push(s.pasteUnknownPlace(placeName));
    if (errors.length || warnings.length) problems.push({ row: index + 1, title, errors, warnings });
    if (errors.length) return;
    const event: NewEvent = { title: title.slice(0, 1000), dateEdtf: date.slice(0, 200) };
    const description = value('description');
    if (description) event.description = description;
    if (typeId) event.typeId = typeId;
    if (placeId) event.placeEntityId = placeId;
    if (lookups.timelineId) event.timelineIds = [lookups.timelineId];
    events.push(event);
  });
  return { columns, events, problems, rowCount: body.length };
}
