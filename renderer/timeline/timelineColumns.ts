import type { ColDef, SuppressKeyboardEventParams, ValueGetterParams } from 'ag-grid-community';
import { EVENT_ROW } from '../../shared/api/timelineTypes';
import { parseEdtf } from '../../shared/dates/edtf';
import { yearWords } from '../../shared/dates/edtfWords';
import { formatDateTime } from '../ui/formatDateTime';
import { compareByDate, hasInvalidDate, sectionYear, type EventRow } from './eventRows';
import { DateCell, EvidenceCell, TypeCell } from './eventCells';
import { DateCellEditor, EntitiesCellEditor, PlaceCellEditor, TimelinesCellEditor, TypeCellEditor } from './eventCellEditors';
import type { TimelineGridContext } from './timelineGridContext';
import { timelineStrings as s } from './timelineStrings';

type Col = ColDef<EventRow>;
type Getter = ValueGetterParams<EventRow>;

/** The fields a cell edit changes, as events.update names them. */
export type EditableField = 'dateEdtf' | 'title' | 'typeId' | 'placeEntityId' | 'entityIds' | 'description' | 'timelineIds';

const ctx = (p: { context: unknown }) => p.context as TimelineGridContext;

const wordsCache = new Map<string, string>();
/** Plain words of a valid date; cached, since 100,000 rows share far fewer distinct dates. */
export function dateWords(edtf: string): string {
  let words = wordsCache.get(edtf);
  if (words === undefined) {
    const parsed = parseEdtf(edtf);
    words = parsed.ok ? parsed.date.words : '';
    if (wordsCache.size > 50_000) wordsCache.clear();
    wordsCache.set(edtf, words);
  }
  return words;
}

function typeName(p: { context: unknown }, typeId: string | null): string {
  return typeId ? (ctx(p).typeById.get(typeId)?.name ?? '') : '';
}

function namesOf(ids: readonly string[], name: (id: string) => string): string {
  return ids.length === 0 ? '' : ids.map(name).join('; ');
}

/** The section a row belongs to, in plain words. */
export function sectionLabel(context: TimelineGridContext, row: EventRow): string {
  if (context.sections === 'type') {
    const typeId = row[EVENT_ROW.typeId];
    return (typeId && context.typeById.get(typeId)?.name) || s.noType;
  }
  if (hasInvalidDate(row)) return s.invalidDate;
  const year = sectionYear(row);
  return year === null ? s.noDate : yearWords(year);
}

/** Section order: types in their order (no type last); years ascending (no date, then invalid, last). */
export function sectionRank(context: TimelineGridContext, row: EventRow): number {
  if (context.sections === 'type') {
    const typeId = row[EVENT_ROW.typeId];
    const type = typeId ? context.typeById.get(typeId) : undefined;
    return type ? type.position : Number.MAX_SAFE_INTEGER;
  }
  if (hasInvalidDate(row)) return Number.MAX_SAFE_INTEGER;
  const year = sectionYear(row);
  return year === null ? Number.MAX_SAFE_INTEGER - 1 : year;
}

/** Popup editors with their own lists: Enter (and Tab) belong to the editor, not to the grid. */
const keysForEditor = (p: SuppressKeyboardEventParams<EventRow>) => p.editing && (p.event.key === 'Enter' || p.event.key === 'Tab');

/**
 * The events grid's columns. Values are read from the row tuples by position;
 * names come from the context.
 * Every sort and filter calls these per row.
 */
export function makeTimelineColumns(sectioned: boolean): Col[] {
  return [
  {
    colId: 'section',
    headerName: s.columns.section,
    valueGetter: (p: Getter) => (p.data ? sectionLabel(ctx(p), p.data) : ''),
    // Spanning is worked out over every displayed row on each change: only while sections show.
    spanRows: sectioned,
    hide: !sectioned,
    pinned: 'left',
    width: 150,
    sortable: false,
    filter: false,
    suppressMovable: true,
    lockVisible: true,
    cellClass: 'section-cell',
  },
  {
    colId: 'date',
    headerName: s.columns.date,
    // Plain field reads (the tuple's positions), not value getters: a sort of 100,000 rows reads them millions of times.
    field: '3',
    cellRenderer: DateCell,
    cellClass: (p) => (p.data && hasInvalidDate(p.data) ? 'date-cell invalid' : 'date-cell'),
    rowDrag: true,
    pinned: 'left',
    width: 230,
    editable: true,
    cellEditor: DateCellEditor,
    cellEditorPopup: true,
    cellEditorPopupPosition: 'under',
    filter: 'agTextColumnFilter',
    // Only when the column is made: the columns are given anew when sections switch, and a `sort` here would be
    // applied again then, on top of the analyst's sort (the headers would show two sorts, the rows follow another).
    initialSort: 'asc',
  },
  {
    colId: 'title',
    headerName: s.columns.title,
    field: '1',
    width: 320,
    minWidth: 160,
    editable: true,
    cellEditor: 'agTextCellEditor',
    cellEditorParams: { maxLength: 1000 },
    filter: 'agTextColumnFilter',
    tooltipValueGetter: (p) => p.data?.[EVENT_ROW.title] ?? '',
  },
  {
    colId: 'type',
    headerName: s.columns.type,
    // The value is the type's place in the list (sorting by type follows the analyst's order); the cell shows the name.
    valueGetter: (p: Getter) => {
      const typeId = p.data?.[EVENT_ROW.typeId];
      return (typeId && ctx(p).typeById.get(typeId)?.position) ?? Number.MAX_SAFE_INTEGER;
    },
    valueFormatter: (p) => typeName(p, p.data?.[EVENT_ROW.typeId] ?? null),
    cellRenderer: TypeCell,
    width: 160,
    editable: true,
    cellEditor: TypeCellEditor,
    cellEditorPopup: true,
    filter: 'agTextColumnFilter',
    filterValueGetter: (p: Getter) => (p.data ? typeName(p, p.data[EVENT_ROW.typeId]) : ''),
  },
  {
    colId: 'place',
    headerName: s.columns.place,
    valueGetter: (p: Getter) => {
      const id = p.data?.[EVENT_ROW.placeEntityId];
      return id ? ctx(p).entityName(id) : '';
    },
    width: 150,
    editable: true,
    cellEditor: PlaceCellEditor,
    cellEditorPopup: true,
    suppressKeyboardEvent: keysForEditor,
    filter: 'agTextColumnFilter',
  },
  {
    colId: 'entities',
    headerName: s.columns.entities,
    valueGetter: (p: Getter) => (p.data ? namesOf(p.data[EVENT_ROW.entityIds], ctx(p).entityName) : ''),
    tooltipValueGetter: (p) => (p.data ? namesOf(p.data[EVENT_ROW.entityIds], ctx(p).entityName) : ''),
    width: 200,
    editable: true,
    cellEditor: EntitiesCellEditor,
    cellEditorPopup: true,
    suppressKeyboardEvent: keysForEditor,
    filter: 'agTextColumnFilter',
  },
  {
    colId: 'evidence',
    headerName: s.columns.evidence,
    field: '9',
    cellRenderer: EvidenceCell,
    cellClass: (p) => (p.data?.[EVENT_ROW.missingEvidence] ? 'evidence-cell missing' : 'evidence-cell'),
    width: 110,
    filter: 'agNumberColumnFilter',
  },
  {
    colId: 'description',
    headerName: s.columns.description,
    field: '2',
    tooltipValueGetter: (p) => p.data?.[EVENT_ROW.description] ?? '',
    width: 280,
    editable: true,
    cellEditor: 'agLargeTextCellEditor',
    cellEditorPopup: true,
    cellEditorParams: { maxLength: 100_000, rows: 8, cols: 60 },
    filter: 'agTextColumnFilter',
  },
  {
    colId: 'timelines',
    headerName: s.columns.timelines,
    valueGetter: (p: Getter) => (p.data ? namesOf(p.data[EVENT_ROW.timelineIds], ctx(p).timelineName) : ''),
    width: 180,
    editable: true,
    cellEditor: TimelinesCellEditor,
    cellEditorPopup: true,
    filter: 'agTextColumnFilter',
  },
  {
    colId: 'updated',
    headerName: s.columns.updated,
    field: '13',
    valueFormatter: (p) => (p.value ? formatDateTime(p.value as string) : ''),
    width: 180,
    hide: true,
    filter: false,
  },
  ];
}

/** Column id → the events.update field its editor changes. */
export const editedField: Record<string, EditableField | undefined> = {
  date: 'dateEdtf',
  title: 'title',
  type: 'typeId',
  place: 'placeEntityId',
  entities: 'entityIds',
  description: 'description',
  timelines: 'timelineIds',
};

/**
 * What the quick search looks in, lower-cased, one string per row: title,
 * description, the date as typed and in words, type, place, entities.
 */
export function searchText(context: TimelineGridContext, row: EventRow): string {
  const edtf = row[EVENT_ROW.dateEdtf];
  const typeId = row[EVENT_ROW.typeId];
  const place = row[EVENT_ROW.placeEntityId];
  return [
    row[EVENT_ROW.title],
    row[EVENT_ROW.description],
    edtf,
    edtf && row[EVENT_ROW.earliest] !== null ? dateWords(edtf) : '',
    typeId ? (context.typeById.get(typeId)?.name ?? '') : '',
    place ? context.entityName(place) : '',
    namesOf(row[EVENT_ROW.entityIds], context.entityName),
  ]
    .join('\n')
    .toLowerCase();
}

/** The value a column sorts by, read once per row (see sortEventNodes). */
function sortKey(colId: string, context: TimelineGridContext): ((row: EventRow) => string | number) | null {
  switch (colId) {
    case 'title':
      return (row) => row[EVENT_ROW.title];
    case 'description':
      return (row) => row[EVENT_ROW.description];
    case 'type':
      return (row) => {
        const typeId = row[EVENT_ROW.typeId];
        return (typeId && context.typeById.get(typeId)?.position) ?? Number.MAX_SAFE_INTEGER;
      };
    case 'place':
      return (row) => {
        const id = row[EVENT_ROW.placeEntityId];
        return id ? context.entityName(id) : '';
      };
    case 'entities':
      return (row) => namesOf(row[EVENT_ROW.entityIds], context.entityName);
    case 'evidence':
      return (row) => row[EVENT_ROW.evidenceCount];
    case 'timelines':
      return (row) => namesOf(row[EVENT_ROW.timelineIds], context.timelineName);
    case 'updated':
      return (row) => row[EVENT_ROW.updatedAt];
    default:
      return null;
  }
}

/**
 * Sorts rows in place by the grid's sort columns (in sort order). Each
 * column's key is read once per row and compared as it is, so 100,000 rows
 * sort about as fast as the plain array would; AG Grid's own sort (which
 * reads both values per comparison) is given a comparator that keeps order.
 * Dates sort by earliest, latest, then manual order; ties keep their order.
 */
export function sortEventNodes<T extends { data?: EventRow }>(nodes: T[], sortBy: readonly { colId: string; sort: 'asc' | 'desc' }[], context: TimelineGridContext): void {
  const n = nodes.length;
  const rows = nodes.map((node) => node.data as EventRow);
  const columns = sortBy.map((c) => {
    const key = c.colId === 'date' ? null : sortKey(c.colId, context);
    return { dir: c.sort === 'desc' ? -1 : 1, byDate: c.colId === 'date', keys: key ? rows.map(key) : null };
  });
  const order = Array.from({ length: n }, (_, i) => i);
  const only = columns.length === 1 ? columns[0] : undefined;
  const keys = only?.keys;
  const dir = only?.dir ?? 1;
  // The common case, one column: a tight comparator on its keys alone.
  const compare = keys
    ? (a: number, b: number): number => {
        const ka = keys[a] as string | number;
        const kb = keys[b] as string | number;
        return ka < kb ? -dir : ka > kb ? dir : a - b;
      }
    : (a: number, b: number): number => {
        for (const column of columns) {
          let result = 0;
          if (column.byDate) result = compareByDate(rows[a] as EventRow, rows[b] as EventRow);
          else if (column.keys) {
            const ka = column.keys[a] as string | number;
            const kb = column.keys[b] as string | number;
            result = ka < kb ? -1 : ka > kb ? 1 : 0;
          }
          if (result !== 0) return result * column.dir;
        }
        return a - b;
      };
  order.sort(compare);
  const before = nodes.slice();
  for (let i = 0; i < n; i += 1) nodes[i] = before[order[i] as number] as T;
}

/** For AG Grid's own sort: keep the order (an already sorted run costs one pass); sortEventNodes does the sorting. */
export const keepOrder = (): number => 0;
