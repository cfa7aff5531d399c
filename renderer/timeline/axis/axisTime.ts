/**
 * Calendar arithmetic for the axis, in UTC on the proleptic Gregorian
 * calendar with astronomical years (0 is 1 BC), as the EDTF sort keys are.
 * Beyond JavaScript's Date range, years are mean Gregorian years, as
 * shared/dates/edtf.ts does for its keys.
 */
export const MS_PER_DAY = 86_400_000;
export const MS_PER_MEAN_YEAR = 365.2425 * MS_PER_DAY;
/** Years within which Date is exact; the keys use the same limit. */
const DATE_LIMIT_YEARS = 270_000;
const DATE_LIMIT_MS = (DATE_LIMIT_YEARS - 1970) * MS_PER_MEAN_YEAR;

/** The first instant of a calendar day (month and day may overflow), UTC. */
export function dayStart(year: number, month0: number, day: number): number {
  if (Math.abs(year) > DATE_LIMIT_YEARS) return (year - 1970) * MS_PER_MEAN_YEAR + (month0 / 12) * MS_PER_MEAN_YEAR + (day - 1) * MS_PER_DAY;
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  date.setUTCFullYear(year, month0, day);
  return date.getTime();
}

export function yearStart(year: number): number {
  return dayStart(year, 0, 1);
}

export interface CalendarDay {
  year: number;
  /** 0–11 */
  month0: number;
  /** 1–31 */
  day: number;
}

/** The calendar day an instant falls on, UTC. */
export function calendarDay(t: number): CalendarDay {
  if (Math.abs(t) > DATE_LIMIT_MS) {
    const years = t / MS_PER_MEAN_YEAR + 1970;
    const year = Math.floor(years);
    return { year, month0: Math.min(11, Math.floor((years - year) * 12)), day: 1 };
  }
  const date = new Date(t);
  return { year: date.getUTCFullYear(), month0: date.getUTCMonth(), day: date.getUTCDate() };
}

export function daysInMonth(year: number, month0: number): number {
  return Math.round((dayStart(year, month0 + 1, 1) - dayStart(year, month0, 1)) / MS_PER_DAY);
}

const grouping = new Intl.NumberFormat('en-US');

/** A year as people write it: 2022, 501 BC (astronomical −500), 12,000. */
export function yearLabel(year: number): string {
  if (year <= 0) return `${group(1 - year)} BC`;
  return group(year);
}

function group(n: number): string {
  return n >= 10_000 ? grouping.format(n) : String(n);
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** Month name in the user's locale ('short' → "Mar", 'long' → "March"). */
export function monthName(month0: number, width: 'short' | 'long', locale?: string): string {
  const key = `${locale ?? ''}|${width}`;
  let format = monthFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' });
    monthFormats.set(key, format);
  }
  // Any year Date handles will do: only the month is shown.
  return format.format(Date.UTC(2001, month0, 15));
}

/** "3 Mar 2022", "Mar 2022" or "2022" for an instant, by the precision asked for. */
export function formatInstant(t: number, precision: 'day' | 'month' | 'year', locale?: string): string {
  const { year, month0, day } = calendarDay(t);
  if (precision === 'year') return yearLabel(year);
  const month = `${monthName(month0, 'short', locale)} ${yearLabel(year)}`;
  return precision === 'month' ? month : `${day} ${month}`;
}
