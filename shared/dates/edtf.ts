import edtf, { parse, type ParsedValue } from 'edtf';
import { datePhrase, type PointWords } from './edtfWords';

/**
 * Fuzzy dates as analysts write them, in EDTF (ISO 8601-2, levels 0–1 and
 * most of level 2): a day, month or year; `~` approximate, `?` uncertain,
 * `%` both; intervals `start/end` with open (`..`) or unknown (empty) ends;
 * seasons, unspecified digits (`199X`), sets and lists.
 *
 * edtf.js is the authority on the grammar. Its parser takes ~90 µs a value,
 * too slow for 100,000 events, so the common shapes (a plain or qualified
 * day/month/year, and intervals of them) take a fast path whose results the
 * unit tests check against edtf.js on random values; everything else goes to
 * edtf.js.
 */
export interface FuzzyDate {
  /** The value exactly as the analyst typed it. */
  readonly edtf: string;
  /** Sort keys in milliseconds since 1970 (UTC): the earliest and latest instant the value allows. */
  readonly earliest: number;
  readonly latest: number;
  readonly approximate: boolean;
  readonly uncertain: boolean;
  /** `..` at either end: the range runs on without a bound ("to present"). */
  readonly openStart: boolean;
  readonly openEnd: boolean;
  /** An empty end: the bound exists but is not known. */
  readonly unknownStart: boolean;
  readonly unknownEnd: boolean;
  readonly interval: boolean;
  /** Plain words: "about March 2022", "15 May – 26 Oct 1955", "27 Jul 1953 – present". */
  readonly words: string;
}

export type EdtfResult = { readonly ok: true; readonly date: FuzzyDate } | { readonly ok: false; readonly reason: string };

/** Sort key for an open start or end: beyond any year EDTF can write, and still JSON-safe. */
export const OPEN_EARLIEST = -1e300;
export const OPEN_LATEST = 1e300;

const MS_PER_DAY = 86_400_000;
/** Dates beyond ±275,000 years fall outside JavaScript's Date; their keys use the mean Gregorian year. */
const MS_PER_MEAN_YEAR = 365.2425 * MS_PER_DAY;
const DATE_LIMIT_YEARS = 270_000;

const EXAMPLES = 'e.g. 2022-03-27, 2022-03~, 1955-05-15/1955-10-26, 1953-07-27/..';

export function parseEdtf(value: string): EdtfResult {
  if (value.trim() === '') return failure('No date given.');
  if (value !== value.trim()) return failure('Remove the spaces around the date.');
  const fast = parseFast(value);
  if (fast !== undefined) return fast;
  return parseWithLibrary(value);
}

/** Why an optional date field's value is refused; undefined when it is empty or valid EDTF. */
export function optionalEdtfProblem(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const result = parseEdtf(value);
  return result.ok ? undefined : result.reason;
}

/** Plain words for a stored value, or the value itself when it is not valid EDTF. */
export function describeEdtf(value: string): string {
  const result = parseEdtf(value);
  return result.ok ? result.date.words : value;
}

function failure(reason: string): EdtfResult {
  return { ok: false, reason };
}

// ---------------------------------------------------------------------------
// Fast path: [-]YYYY[-MM[-DD]][~?%], and intervals of those with open/unknown ends.

const POINT = /^(-?)(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/;

interface Point extends PointWords {
  readonly earliest: number;
  readonly latest: number;
}

type PointResult = Point | { readonly reason: string } | undefined;

function parseFast(value: string): EdtfResult | undefined {
  const slash = value.indexOf('/');
  if (slash === -1) {
    const season = fastSeason(value);
    if (season !== undefined) return season;
    const point = fastPoint(value);
    if (point === undefined) return undefined;
    if ('reason' in point) return failure(point.reason);
    return { ok: true, date: pointDate(value, point) };
  }
  if (value.indexOf('/', slash + 1) !== -1) return undefined;
  const startText = value.slice(0, slash);
  const endText = value.slice(slash + 1);
  const start = endpoint(startText);
  const end = endpoint(endText);
  if (start === undefined || end === undefined) return undefined;
  if (start === 'open' && end === 'open') return undefined;
  if (start === 'unknown' && end === 'unknown') return failure(`An interval needs at least one date, ${EXAMPLES}.`);
  if (typeof start === 'object' && 'reason' in start) return failure(start.reason);
  if (typeof end === 'object' && 'reason' in end) return failure(end.reason);
  return intervalResult(value, start, end);
}

function endpoint(text: string): Point | { readonly reason: string } | 'open' | 'unknown' | undefined {
  if (text === '..') return 'open';
  if (text === '') return 'unknown';
  return fastPoint(text);
}

function fastPoint(text: string): PointResult {
  const match = POINT.exec(text);
  if (!match) return undefined;
  const [, minus, yearText, monthText, dayText, qualifier] = match;
  // "-0000" is not EDTF; let edtf.js say so.
  if (minus === '-' && yearText === '0000') return undefined;
  const year = Number(`${minus}${yearText}`);
  const month = monthText === undefined ? undefined : Number(monthText);
  const day = dayText === undefined ? undefined : Number(dayText);
  if (month !== undefined && (month < 1 || month > 12)) {
    // 21–41 are seasons and quarters: edtf.js knows them.
    if (day === undefined && month >= 21 && month <= 41) return undefined;
    return { reason: `There is no month ${monthText} (use 01–12), ${EXAMPLES}.` };
  }
  if (month !== undefined && day !== undefined) {
    const reason = dayProblem(year, month, day);
    if (reason !== undefined) return { reason };
  }
  const earliest = startOf(year, month ?? 1, day ?? 1);
  const latest =
    day !== undefined ? startOf(year, month ?? 1, day + 1) - 1 : month !== undefined ? startOf(year, month + 1, 1) - 1 : startOf(year + 1, 1, 1) - 1;
  return {
    earliest,
    latest,
    year,
    month,
    day,
    approximate: qualifier === '~' || qualifier === '%',
    uncertain: qualifier === '?' || qualifier === '%',
  };
}

/**
 * The months edtf.js gives each season code (21–41: seasons, hemispheric
 * seasons, quarters, quadrimesters, semesters), first and last, 1-based.
 */
const SEASON_MONTHS: Record<number, readonly [number, number]> = {
  21: [1, 3], 22: [4, 6], 23: [7, 9], 24: [10, 12],
  25: [1, 3], 26: [4, 6], 27: [7, 9], 28: [10, 12],
  29: [10, 12], 30: [7, 9], 31: [4, 6], 32: [1, 3],
  33: [1, 3], 34: [4, 6], 35: [7, 9], 36: [10, 12],
  37: [1, 5], 38: [5, 9], 39: [9, 12],
  40: [1, 6], 41: [7, 12],
};

/** YYYY-21 … YYYY-41 (unqualified): edtf.js takes ~0.5 ms for one, this the same keys and words at once. */
function fastSeason(value: string): EdtfResult | undefined {
  const match = /^(-?)(\d{4})-(\d{2})$/.exec(value);
  if (!match || (match[1] === '-' && match[2] === '0000')) return undefined;
  const year = Number(`${match[1]}${match[2]}`);
  const code = Number(match[3]);
  const months = SEASON_MONTHS[code];
  if (!months) return undefined;
  const parsed = { type: 'Season', level: 1, values: [year, code] } as ParsedValue;
  return {
    ok: true,
    date: {
      edtf: value,
      earliest: startOf(year, months[0], 1),
      latest: startOf(year, months[1] + 1, 1) - 1,
      approximate: false,
      uncertain: false,
      openStart: false,
      openEnd: false,
      unknownStart: false,
      unknownEnd: false,
      interval: false,
      words: datePhrase({ kind: 'parsed', value: parsed, edtf: value, startText: '', endText: '' }),
    },
  };
}

/** The first instant of a (possibly overflowing) calendar day, UTC, for any year. */
function startOf(year: number, month: number, day: number): number {
  if (Math.abs(year) > DATE_LIMIT_YEARS) return (year - 1970) * MS_PER_MEAN_YEAR + ((month - 1) / 12) * MS_PER_MEAN_YEAR + (day - 1) * MS_PER_DAY;
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

function daysIn(year: number, month: number): number {
  return new Date(startOf(year, month + 1, 1) - MS_PER_DAY).getUTCDate();
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dayProblem(year: number, month: number, day: number): string | undefined {
  const days = daysIn(year, month);
  if (day >= 1 && day <= days) return undefined;
  const name = MONTH_NAMES[month - 1] ?? '';
  return `${name} ${year} has ${days} days, so day ${String(day).padStart(2, '0')} does not exist.`;
}

function pointDate(value: string, point: Point): FuzzyDate {
  return {
    edtf: value,
    earliest: point.earliest,
    latest: point.latest,
    approximate: point.approximate,
    uncertain: point.uncertain,
    openStart: false,
    openEnd: false,
    unknownStart: false,
    unknownEnd: false,
    interval: false,
    words: datePhrase({ kind: 'point', point }),
  };
}

function intervalResult(value: string, start: Point | 'open' | 'unknown', end: Point | 'open' | 'unknown'): EdtfResult {
  const startPoint = typeof start === 'object' ? start : undefined;
  const endPoint = typeof end === 'object' ? end : undefined;
  // As edtf.js has it: the end must begin after the start begins (so 1955/1955 and 1955-06/1955 are refused).
  if (startPoint && endPoint && endPoint.earliest <= startPoint.earliest) {
    return failure(`The range must end after it starts: ${value.slice(value.indexOf('/') + 1)} does not come after ${value.slice(0, value.indexOf('/'))}.`);
  }
  const earliest = startPoint?.earliest ?? (start === 'open' ? OPEN_EARLIEST : (endPoint?.earliest ?? OPEN_EARLIEST));
  const latest = endPoint?.latest ?? (end === 'open' ? OPEN_LATEST : (startPoint?.latest ?? OPEN_LATEST));
  return {
    ok: true,
    date: {
      edtf: value,
      earliest,
      latest,
      approximate: Boolean(startPoint?.approximate || endPoint?.approximate),
      uncertain: Boolean(startPoint?.uncertain || endPoint?.uncertain),
      openStart: start === 'open',
      openEnd: end === 'open',
      unknownStart: start === 'unknown',
      unknownEnd: end === 'unknown',
      interval: true,
      words: datePhrase({ kind: 'interval', start: startPoint ?? start, end: endPoint ?? end }),
    },
  };
}

// ---------------------------------------------------------------------------
// Everything else: edtf.js.

function parseWithLibrary(value: string): EdtfResult {
  const hint = commonMistake(value);
  let parsed: ParsedValue;
  let bounds: { min: number; max: number };
  try {
    parsed = parse(value);
    bounds = edtf(value);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/invalid (upper|lower) bound/i.test(message)) return failure(`The range must end after it starts: ${value}.`);
    return failure(hint ?? `Not an EDTF date, ${EXAMPLES}.`);
  }
  if (hint !== undefined) return failure(hint);
  const problem = invalidDay(parsed);
  if (problem !== undefined) return failure(problem);
  const interval = parsed.type === 'Interval';
  const startText = interval ? value.slice(0, value.indexOf('/')) : '';
  const endText = interval ? value.slice(value.indexOf('/') + 1) : '';
  const earliest = keyOf(bounds.min, parsed, 'earliest');
  const latest = keyOf(bounds.max, parsed, 'latest');
  return {
    ok: true,
    date: {
      edtf: value,
      earliest,
      latest,
      approximate: hasQualifier(parsed, 'approximate'),
      uncertain: hasQualifier(parsed, 'uncertain'),
      openStart: interval && startText === '..',
      openEnd: interval && endText === '..',
      unknownStart: interval && startText === '',
      unknownEnd: interval && endText === '',
      interval,
      words: datePhrase({ kind: 'parsed', value: parsed, edtf: value, startText, endText }),
    },
  };
}

/** Messages for mistakes edtf.js either rejects cryptically or (for `10000`) accepts as something else. */
function commonMistake(value: string): string | undefined {
  if (/^-?\d{5,}$/.test(value)) return `Years beyond 9999 take a Y in front, e.g. Y${value}.`;
  if (/^-?\d{4}-\d(?:-|$|[?~%])/.test(value) || /^-?\d{4}-\d{2}-\d(?:$|[?~%])/.test(value)) {
    return 'Months and days take two digits, e.g. 2022-03-07.';
  }
  if (/^\d{1,3}(?:$|[-?~%])/.test(value)) return 'Years take four digits, e.g. 0800 for the year 800.';
  if (/^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/.test(value)) return 'Write the date year first, e.g. 2022-03-27.';
  if (/\p{L}/u.test(value.replace(/[XYZTES]/g, ''))) return `Write dates in numbers, not words, ${EXAMPLES}.`;
  return undefined;
}

function invalidDay(parsed: ParsedValue): string | undefined {
  if (parsed.type === 'Date') {
    const [year, monthIndex, day] = parsed.values as number[];
    if (year !== undefined && monthIndex !== undefined && day !== undefined && !((parsed as { unspecified?: number }).unspecified ?? 0)) {
      return dayProblem(year, monthIndex + 1, day);
    }
    return undefined;
  }
  if (parsed.type === 'Interval' || parsed.type === 'Set' || parsed.type === 'List') {
    for (const part of parsed.values as (ParsedValue | null)[]) {
      const problem = part ? invalidDay(part) : undefined;
      if (problem !== undefined) return problem;
    }
  }
  return undefined;
}

/** edtf.js gives ±Infinity for open ends, null for unknown ends and NaN for Y-years beyond Date: make every key finite. */
function keyOf(bound: number | null | undefined, parsed: ParsedValue, side: 'earliest' | 'latest'): number {
  if (typeof bound === 'number' && Number.isFinite(bound)) return bound;
  if (bound === -Infinity) return OPEN_EARLIEST;
  if (bound === Infinity) return OPEN_LATEST;
  const year = firstYear(parsed, side);
  if (year === undefined) return side === 'earliest' ? OPEN_EARLIEST : OPEN_LATEST;
  return side === 'earliest' ? startOf(year, 1, 1) : startOf(year + 1, 1, 1) - 1;
}

function firstYear(parsed: ParsedValue, side: 'earliest' | 'latest'): number | undefined {
  if (parsed.type === 'Year' || parsed.type === 'Date' || parsed.type === 'Season') {
    const year = (parsed.values as number[])[0];
    return typeof year === 'number' ? year : undefined;
  }
  const parts = (parsed.values as (ParsedValue | null)[]).filter((part): part is ParsedValue => part !== null);
  const ordered = side === 'earliest' ? parts : parts.toReversed();
  for (const part of ordered) {
    const year = firstYear(part, side);
    if (year !== undefined) return year;
  }
  return undefined;
}

function hasQualifier(parsed: ParsedValue, which: 'approximate' | 'uncertain'): boolean {
  const own = (parsed as Record<string, unknown>)[which];
  if (own === true || (typeof own === 'number' && own > 0)) return true;
  if (parsed.type === 'Interval' || parsed.type === 'Set' || parsed.type === 'List') {
    return (parsed.values as (ParsedValue | null)[]).some((part) => part !== null && hasQualifier(part, which));
  }
  return false;
}
