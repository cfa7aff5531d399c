import { parseEdtf } from '../../../shared/dates/edtf';

/** The date columns of a TimelineJS row. */
export interface TimelineJsDate {
  year: string;
  month: string;
  day: string;
  endYear: string;
  endMonth: string;
  endDay: string;
}

const EMPTY: TimelineJsDate = { year: '', month: '', day: '', endYear: '', endMonth: '', endDay: '' };
const PLAIN_POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const ANY_POINT = /^(-?)(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?[?~%]?$/;
const BRACKET = /\s*\[([^[\]]*)\]$/;

function columnsOf(text: string | undefined): [string, string, string] {
  const match = text === undefined ? null : ANY_POINT.exec(text);
  if (!match) return ['', '', ''];
  const [, minus = '', year = '', month, day] = match;
  const monthNumber = month === undefined ? undefined : Number(month);
  // Seasons and quarters (21–41) have no TimelineJS month.
  const realMonth = monthNumber !== undefined && monthNumber <= 12 ? String(monthNumber) : '';
  return [String(Number(`${minus}${year}`)), realMonth, realMonth && day !== undefined ? String(Number(day)) : ''];
}

/** A day, month or year after year 0 with nothing else: what the columns can say exactly. */
function isPlain(text: string): boolean {
  const match = PLAIN_POINT.exec(text);
  return match !== null && Number(match[1]) > 0 && (match[2] === undefined || Number(match[2]) <= 12);
}

/**
 * TimelineJS columns for an EDTF date, and whether they say all of it. They
 * hold a day, month or year and an end: qualifiers, open or unknown ends,
 * seasons, years before 1 (TimelineJS is vague about BC numbering) and the
 * rest of EDTF do not fit, so those go into Display Date as "words [EDTF]".
 */
export function edtfToTimelineJs(edtf: string): { columns: TimelineJsDate; exact: boolean } {
  if (edtf === '') return { columns: EMPTY, exact: true };
  const parsed = parseEdtf(edtf);
  // Invalid (kept as typed, e.g. 2022-02-30): no date parts at all, never impossible ones; Display Date keeps it.
  if (!parsed.ok) return { columns: EMPTY, exact: false };
  const [start = '', end, extra] = edtf.split('/');
  if (extra !== undefined) return { columns: EMPTY, exact: false };
  const [year, month, day] = columnsOf(start);
  const [endYear, endMonth, endDay] = columnsOf(end);
  const exact = parsed.ok && isPlain(start) && (end === undefined || isPlain(end));
  return { columns: { year, month, day, endYear, endMonth, endDay }, exact };
}

/** What Display Date holds: the plain words, and the EDTF in brackets when the columns cannot say it all (or the date is invalid). */
export function timelineJsDisplayDate(edtf: string, exact: boolean): string {
  if (edtf === '') return '';
  const parsed = parseEdtf(edtf);
  if (!parsed.ok) return `[${edtf}]`;
  return exact ? parsed.date.words : `${parsed.date.words} [${edtf}]`;
}

function twoDigits(value: string): string {
  const v = value.trim();
  return /^\d{1,2}$/.test(v) ? v.padStart(2, '0') : v;
}

function point(year: string, month: string, day: string): string {
  const y = year.trim();
  if (y === '') return '';
  const number = /^-?\d+$/.test(y) ? Number(y) : Number.NaN;
  // As typed when not a number, so the row shows what was wrong.
  const yearText = Number.isNaN(number) ? y : `${number < 0 ? '-' : ''}${String(Math.abs(number)).padStart(4, '0')}`;
  if (month.trim() === '') return yearText;
  if (day.trim() === '') return `${yearText}-${twoDigits(month)}`;
  return `${yearText}-${twoDigits(month)}-${twoDigits(day)}`;
}

/**
 * The EDTF for a TimelineJS row: the bracketed EDTF at the end of Display
 * Date when the columns agree with it (it says more than they can), else the
 * columns. `disagrees` tells that a bracket was overruled by edited columns.
 */
export function timelineJsToEdtf(columns: TimelineJsDate, displayDate: string): { edtf: string; disagrees: boolean } {
  const start = point(columns.year, columns.month, columns.day);
  const end = point(columns.endYear, columns.endMonth, columns.endDay);
  const fromColumns = end === '' ? start : `${start}/${end}`;
  const bracket = BRACKET.exec(displayDate.trim())?.[1];
  if (bracket === undefined) return { edtf: fromColumns, disagrees: false };
  const expected = edtfToTimelineJs(bracket).columns;
  const same = (Object.keys(expected) as (keyof TimelineJsDate)[]).every((key) => expected[key] === normalised(columns[key]));
  if (same || fromColumns === '') return { edtf: bracket, disagrees: false };
  return { edtf: fromColumns, disagrees: true };
}

function normalised(value: string): string {
  const v = value.trim();
  return /^-?\d+$/.test(v) ? String(Number(v)) : v;
}
