import type { ParsedValue } from 'edtf';

/** A day, month or year with its qualifiers, as the fast path reads it. */
export interface PointWords {
  readonly year: number;
  /** 1–12 */
  readonly month?: number | undefined;
  readonly day?: number | undefined;
  readonly approximate: boolean;
  readonly uncertain: boolean;
}

export type PhraseInput =
  | { readonly kind: 'point'; readonly point: PointWords }
  | { readonly kind: 'interval'; readonly start: PointWords | 'open' | 'unknown'; readonly end: PointWords | 'open' | 'unknown' }
  | { readonly kind: 'parsed'; readonly value: ParsedValue; readonly edtf: string; readonly startText: string; readonly endText: string };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SEASONS: Record<number, string> = {
  21: 'Spring',
  22: 'Summer',
  23: 'Autumn',
  24: 'Winter',
  25: 'Spring (Northern Hemisphere)',
  26: 'Summer (Northern Hemisphere)',
  27: 'Autumn (Northern Hemisphere)',
  28: 'Winter (Northern Hemisphere)',
  29: 'Spring (Southern Hemisphere)',
  30: 'Summer (Southern Hemisphere)',
  31: 'Autumn (Southern Hemisphere)',
  32: 'Winter (Southern Hemisphere)',
  33: 'Q1',
  34: 'Q2',
  35: 'Q3',
  36: 'Q4',
  37: 'First third of',
  38: 'Second third of',
  39: 'Last third of',
  40: 'First half of',
  41: 'Second half of',
};

/** Plain words for a fuzzy date: "about March 2022", "15 May – 26 Oct 1955", "27 Jul 1953 – present". */
export function datePhrase(input: PhraseInput): string {
  switch (input.kind) {
    case 'point':
      return qualify(pointBase(input.point), input.point);
    case 'interval':
      return intervalPhrase(input.start, input.end);
    case 'parsed':
      return parsedPhrase(input.value, input.startText, input.endText) ?? input.edtf;
  }
}

/** A year as people write it: 2022, AD 800, 44 BC (EDTF years are astronomical: 0000 is 1 BC). */
export function yearWords(year: number): string {
  if (year <= 0) return `${group(1 - year)} BC`;
  if (year < 1000) return `AD ${year}`;
  return group(year);
}

/** "2022", "March 2022", "27 Mar 2022". */
function group(n: number): string {
  return n >= 10_000 ? n.toLocaleString('en-GB') : String(n);
}

function pointBase(point: PointWords): string {
  const year = yearWords(point.year);
  if (point.month === undefined) return year;
  if (point.day === undefined) return `${MONTHS[point.month - 1]} ${year}`;
  return `${point.day} ${SHORT_MONTHS[point.month - 1]} ${year}`;
}

function qualify(base: string, flags: { readonly approximate: boolean; readonly uncertain: boolean }): string {
  const about = flags.approximate ? `about ${base}` : base;
  return flags.uncertain ? `${about} (uncertain)` : about;
}

function intervalPhrase(start: PointWords | 'open' | 'unknown', end: PointWords | 'open' | 'unknown'): string {
  if (start === 'open' && typeof end === 'object') return `until ${qualify(pointBase(end), end)}`;
  if (start === 'unknown' && typeof end === 'object') return `? – ${qualify(pointBase(end), end)}`;
  if (typeof start !== 'object') return '?';
  const from = qualify(pointBase(start), start);
  if (end === 'open') return `${from} – present`;
  if (end === 'unknown') return `${from} – ?`;
  return `${shortenedStart(start, end)} – ${qualify(pointBase(end), end)}`;
}

/** "15 May – 26 Oct 1955": the start drops what it shares with the end, when neither is qualified. */
function shortenedStart(start: PointWords, end: PointWords): string {
  const plain = !start.approximate && !start.uncertain && !end.approximate && !end.uncertain;
  const samePrecision = (start.month === undefined) === (end.month === undefined) && (start.day === undefined) === (end.day === undefined);
  if (plain && samePrecision && start.year === end.year && start.month !== undefined) {
    if (start.day === undefined) return MONTHS[start.month - 1] ?? '';
    if (start.month === end.month) return String(start.day);
    return `${start.day} ${SHORT_MONTHS[start.month - 1]}`;
  }
  return qualify(pointBase(start), start);
}

// ---------------------------------------------------------------------------
// Values only edtf.js parses: times, seasons, unspecified digits, Y-years, sets.

function flag(value: unknown): boolean {
  return value === true || (typeof value === 'number' && value > 0);
}

function parsedPhrase(value: ParsedValue, startText: string, endText: string): string | undefined {
  switch (value.type) {
    case 'Date':
      return parsedDate(value as Extract<ParsedValue, { type: 'Date' }>);
    case 'Year': {
      const [year] = value.values as number[];
      return year === undefined ? undefined : yearWords(year);
    }
    case 'Season': {
      const [year, code] = value.values as number[];
      const season = code === undefined ? undefined : SEASONS[code];
      return year === undefined || season === undefined ? undefined : `${season} ${yearWords(year)}`;
    }
    case 'Interval': {
      const [start, end] = value.values as (ParsedValue | null)[];
      const from = start ? parsedPhrase(start, '', '') : startText === '..' ? undefined : '?';
      const to = end ? parsedPhrase(end, '', '') : endText === '..' ? 'present' : '?';
      if (from === undefined && !start) return to === undefined ? undefined : `until ${to}`;
      if (from === undefined || to === undefined) return undefined;
      return `${from} – ${to}`;
    }
    case 'Set':
    case 'List': {
      const parts = (value.values as ParsedValue[]).map((part) => parsedPhrase(part, '', ''));
      if (parts.some((part) => part === undefined)) return undefined;
      const set = value as Extract<ParsedValue, { type: 'Set' | 'List' }>;
      const listed = (parts as string[]).join(value.type === 'Set' ? ' or ' : ', ');
      const earlier = set.earlier ? ' or earlier' : '';
      const later = set.later ? ' or later' : '';
      return value.type === 'Set' ? `one of ${listed}${earlier}${later}` : `${listed}${earlier}${later}`;
    }
    default:
      return undefined;
  }
}

function parsedDate(value: Extract<ParsedValue, { type: 'Date' }>): string | undefined {
  const [year, monthIndex, day, hours, minutes] = value.values;
  if (year === undefined) return undefined;
  const unspecified = value.unspecified ?? 0;
  const flags = { approximate: flag(value.approximate), uncertain: flag(value.uncertain) };
  if (unspecified !== 0) return qualify(unspecifiedWords(value.values, unspecified) ?? '', flags) || undefined;
  const base = pointBase({ year, month: monthIndex === undefined ? undefined : monthIndex + 1, day, ...flags });
  if (hours === undefined) return qualify(base, flags);
  const time = `${String(hours).padStart(2, '0')}:${String(minutes ?? 0).padStart(2, '0')}`;
  const zone = value.offset === undefined ? '' : value.offset === 0 ? ' UTC' : ` UTC${offsetWords(value.offset)}`;
  return qualify(`${base}, ${time}${zone}`, flags);
}

function offsetWords(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * edtf.js marks X digits in a bitmask: bits 0–3 the year's digits (3 = last),
 * 4–5 the month's, 6–7 the day's. Only whole trailing parts have words.
 */
function unspecifiedWords(values: number[], mask: number): string | undefined {
  const [year, monthIndex] = values;
  if (year === undefined) return undefined;
  const yearMask = mask & 0b1111;
  const monthMask = (mask >> 4) & 0b11;
  const dayMask = (mask >> 6) & 0b11;
  if (yearMask !== 0) {
    if (monthMask !== 0b11 && values.length > 1) return undefined;
    if (yearMask === 0b1000) return `the ${year}s`;
    if (yearMask === 0b1100) return `the ${year}s`;
    return undefined;
  }
  if (monthMask === 0b11 && (values.length < 3 || dayMask === 0b11)) return `some month in ${yearWords(year)}`;
  if (monthMask === 0 && dayMask === 0b11 && monthIndex !== undefined) return `some day in ${MONTHS[monthIndex]} ${yearWords(year)}`;
  return undefined;
}
