import { EVENT_ROW, type EventRowTuple, type TimelineEvent } from '../../shared/api/timelineTypes';
import { OPEN_EARLIEST, OPEN_LATEST } from '../../shared/dates/edtf';

/**
 * The grid's rows are the compact tuples of events.list as they arrive: no
 * per-row objects. These helpers read them by position (EVENT_ROW).
 */
export type EventRow = EventRowTuple;

export const rowId = (row: EventRow): string => row[EVENT_ROW.id];
export const rowTitle = (row: EventRow): string => row[EVENT_ROW.title];
export const rowDate = (row: EventRow): string => row[EVENT_ROW.dateEdtf];

/** The date was typed but is not valid EDTF (kept as typed, marked). */
export function hasInvalidDate(row: EventRow): boolean {
  return row[EVENT_ROW.dateEdtf] !== '' && row[EVENT_ROW.earliest] === null;
}

/**
 * Date order: earliest instant, then latest, then the analyst's manual order.
 * Events without a usable date come after all dated ones, in manual order.
 */
export function compareByDate(a: EventRow, b: EventRow): number {
  const ae = a[EVENT_ROW.earliest];
  const be = b[EVENT_ROW.earliest];
  if (ae !== be) {
    if (ae === null) return 1;
    if (be === null) return -1;
    return ae < be ? -1 : 1;
  }
  const al = a[EVENT_ROW.latest];
  const bl = b[EVENT_ROW.latest];
  if (al !== bl) {
    if (al === null) return 1;
    if (bl === null) return -1;
    return al < bl ? -1 : 1;
  }
  return a[EVENT_ROW.manualOrder] - b[EVENT_ROW.manualOrder];
}

/** Same earliest and latest keys: only then does the manual order decide, and only then may a drag reorder. */
export function sameDateKeys(a: EventRow, b: EventRow): boolean {
  return a[EVENT_ROW.earliest] === b[EVENT_ROW.earliest] && a[EVENT_ROW.latest] === b[EVENT_ROW.latest];
}

/** The tuple events.list would give for an event (after an edit answered with the whole event). */
export function eventToRow(event: TimelineEvent): EventRow {
  return [
    event.id,
    event.title,
    event.description,
    event.dateEdtf,
    event.earliest,
    event.latest,
    event.typeId,
    event.placeEntityId,
    event.entityIds,
    event.evidence.length,
    event.evidence.some((e) => e.missing),
    event.manualOrder,
    event.timelineIds,
    event.updatedAt,
  ];
}

/** Rows with one event replaced in place, or added when new. */
export function upsertRow(rows: readonly EventRow[], row: EventRow): EventRow[] {
  const id = rowId(row);
  const index = rows.findIndex((r) => r[EVENT_ROW.id] === id);
  const next = rows.slice();
  if (index < 0) next.push(row);
  else next[index] = row;
  return next;
}

/** The calendar year a date sorts under, for sections by year: the year of its earliest instant (its latest when open at the start). */
export function sectionYear(row: EventRow): number | null {
  const earliest = row[EVENT_ROW.earliest];
  const latest = row[EVENT_ROW.latest];
  if (earliest === null) return null;
  const instant = earliest <= OPEN_EARLIEST ? latest : earliest;
  if (instant === null || instant >= OPEN_LATEST || instant <= OPEN_EARLIEST) return null;
  return yearOfInstant(instant);
}

const MS_PER_MEAN_YEAR = 365.2425 * 86_400_000;

/** The UTC year of a sort key, also far beyond JavaScript's Date range. */
export function yearOfInstant(ms: number): number {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  return Number.isNaN(year) ? Math.floor(ms / MS_PER_MEAN_YEAR) + 1970 : year;
}

