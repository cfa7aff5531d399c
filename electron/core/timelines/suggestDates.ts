import * as chrono from 'chrono-node';
import type { DateSuggestion } from '../../../shared/api/timelineTypes';
import { parseEdtf } from '../../../shared/dates/edtf';
import { isValidPublishedDate } from '../../../shared/sources/publishedDate';

/**
 * Dates mentioned in a text, as EDTF for the analyst to confirm.
 *
 * chrono-node finds the phrases. Relative ones ("last week", "on March 27")
 * are resolved against the source's published date. To stay honest, the text
 * is parsed once per reference instant the published date allows (one for a
 * day; the first and last day for a month or a year; two far-apart instants
 * when there is no published date) and only what every parse agrees on is
 * kept, at the finest precision they agree on. So without a reference
 * "in 2019" stays and "last week" or a bare "March 27" (no year) is dropped.
 *
 * Mapping choices:
 * - only components chrono marks certain count; a year chrono implies from
 *   the reference counts when the month was named ("March 27" → 2022-03-27);
 * - a week ("last week", "this week") is the interval of that Monday–Sunday,
 *   without `~`: the bounds are exact, only the day inside is unknown, which
 *   is what an interval's earliest/latest keys express;
 * - a weekday alone ("on Tuesday") is the nearest such day, marked `?`,
 *   since the text does not say which week;
 * - ranges ("from 2019 to 2021", "15 May to 26 October 1955") are `start/end`,
 *   the start taking the end's year when it names none;
 * - "… to present", "… until now" and "since …" give an open end: `start/..`.
 */
const YEAR = '(?:1\\d|20)\\d{2}';
/**
 * Years on their own, which chrono filters out as unlikely: after a
 * preposition, or opening a range ("1953 to present"); not quantities ("1500 troops").
 */
const yearPattern = new RegExp(
  `\\b(?:(?:in|since|from|during|by|until|till|before|after|of|between|and|to|through)\\s+(${YEAR})|(${YEAR})(?=\\s*(?:to|until|till|through|–|—|-)\\s*(?:the\\s+)?(?:present|now|today|date|${YEAR})\\b))\\b(?![.,]?\\d|\\s*%)`,
  'gi',
);

const OPEN_AFTER = /^\s*(?:to|until|till|through|–|—|-)\s*(?:the\s+)?(?:present(?:\s+day)?|now|today|date)\b/i;
const SINCE_BEFORE = /\bsince\s+(?:the\s+)?$/i;
const BETWEEN_BEFORE = /\b(?:between|from)\s+(?:the\s+)?$/i;
const RANGE_JOIN = /^\s*(?:and|to|until|till|through|–|—|-)\s*$/i;
const WEEK = /\bweek\b/i;
const WEEKEND = /\bweekend\b/i;

interface Parts {
  year: number | null;
  month: number | null;
  day: number | null;
  /** A weekday named without a date: which week is a guess. */
  weekdayOnly: boolean;
  /** The result is a week or weekend: an interval around `at`. */
  span: 'week' | 'weekend' | null;
  at: Date;
}

interface Found {
  index: number;
  text: string;
  start: Parts;
  end: Parts | null;
}

function pad(n: number, width = 2): string {
  const sign = n < 0 ? '-' : '';
  return `${sign}${String(Math.abs(n)).padStart(width, '0')}`;
}

function partsOf(components: chrono.ParsedComponents, text: string, instant: Date): Parts {
  const certain = (c: chrono.Component): number | null => (components.isCertain(c) ? components.get(c) : null);
  const month = certain('month');
  const day = certain('day');
  // A named month without a year: chrono takes the year from the reference, which is what a reader of the source would do.
  const year = certain('year') ?? (month !== null ? components.get('year') : null);
  const weekdayOnly = day === null && components.isCertain('weekday');
  const span = WEEKEND.test(text) ? 'weekend' : WEEK.test(text) ? 'week' : null;
  // A week is placed from the reference, not from chrono's date (which starts weeks on Sunday).
  const shift = /\b(?:last|past|previous)\b/i.test(text) ? -7 : /\b(?:next|coming)\b/i.test(text) ? 7 : 0;
  return { year, month, day, weekdayOnly, span, at: span ? addDays(instant, shift) : components.date() };
}

/**
 * chrono also reads bare times ("2020, 12" as 20:20, with the year marked
 * certain): keep only results that name a day, month, weekday, week, or a
 * relative year ("next year"). Years on their own come from yearPattern.
 */
function namesADate(result: chrono.ParsedResult): boolean {
  const c = result.start;
  if (c.isCertain('month') || c.isCertain('day') || c.isCertain('weekday') || WEEK.test(result.text) || WEEKEND.test(result.text)) return true;
  return c.isCertain('year') && result.tags().has('result/relativeDate');
}

function yearParts(year: number, instant: Date): Parts {
  return { year, month: null, day: null, weekdayOnly: false, span: null, at: instant };
}

function isoDay(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** EDTF for one end, finest precision first, so disagreeing parses can fall back to a coarser one. */
function pointCandidates(parts: Parts): string[] {
  if (parts.span) {
    const weekday = (parts.at.getUTCDay() + 6) % 7;
    const monday = addDays(parts.at, -weekday);
    return parts.span === 'week' ? [`${isoDay(monday)}/${isoDay(addDays(monday, 6))}`] : [`${isoDay(addDays(monday, 5))}/${isoDay(addDays(monday, 6))}`];
  }
  if (parts.weekdayOnly) return [`${isoDay(parts.at)}?`];
  if (parts.year === null) return [];
  const year = pad(parts.year, 4);
  if (parts.month === null) return [year];
  const month = `${year}-${pad(parts.month)}`;
  if (parts.day === null) return [month, year];
  return [`${month}-${pad(parts.day)}`, month, year];
}

/** Joins "between 15 May and 26 October 1955" (two chrono results) into one range; chrono already joins "X to Y" and "X - Y". */
function joinRanges(text: string, found: Found[]): Found[] {
  const joined: Found[] = [];
  for (const item of found) {
    const previous = joined[joined.length - 1];
    if (
      previous &&
      previous.end === null &&
      item.end === null &&
      RANGE_JOIN.test(text.slice(previous.index + previous.text.length, item.index)) &&
      BETWEEN_BEFORE.test(text.slice(0, previous.index))
    ) {
      const end = previous.text.length + text.slice(previous.index + previous.text.length, item.index).length + item.text.length;
      joined[joined.length - 1] = { index: previous.index, text: text.slice(previous.index, previous.index + end), start: previous.start, end: item.start };
    } else {
      joined.push(item);
    }
  }
  // The start of a range names no year of its own ("15 May to 26 October 1955"): it takes the end's.
  for (const item of joined) {
    if (item.end && item.end.year !== null && item.start.month !== null && item.start.year !== item.end.year) {
      const startFirst = (item.start.month ?? 0) * 40 + (item.start.day ?? 0) <= (item.end.month ?? 13) * 40 + (item.end.day ?? 0);
      item.start = { ...item.start, year: startFirst ? item.end.year : item.end.year - 1 };
    }
  }
  return joined;
}

interface Candidate {
  key: string;
  index: number;
  matchedText: string;
  edtf: string[];
}

function candidatesAt(text: string, instant: Date): Candidate[] {
  const results = chrono.casual.parse(text, { instant, timezone: 0 }).filter(namesADate);
  const dated: Found[] = results.map((r) => ({
    index: r.index,
    text: r.text,
    start: partsOf(r.start, r.text, instant),
    end: r.end ? partsOf(r.end, r.text, instant) : null,
  }));
  for (const match of text.matchAll(yearPattern)) {
    const year = match[1] ?? match[2] ?? '';
    const index = match.index + match[0].lastIndexOf(year);
    if (dated.some((d) => index < d.index + d.text.length && d.index < index + year.length)) continue;
    dated.push({ index, text: year, start: yearParts(Number(year), instant), end: null });
  }
  const found = joinRanges(
    text,
    dated.sort((a, b) => a.index - b.index),
  );
  return found.map((item) => {
    let matchedText = item.text;
    let edtf = pointCandidates(item.start);
    if (item.end) {
      const [start] = pointCandidates(item.start);
      const [end] = pointCandidates(item.end);
      edtf = start && end && !start.includes('/') && !end.includes('/') ? [`${start}/${end}`] : [];
    } else {
      const after = OPEN_AFTER.exec(text.slice(item.index + item.text.length));
      const since = SINCE_BEFORE.test(text.slice(0, item.index));
      if (after || since) {
        edtf = edtf.filter((value) => !value.includes('/')).map((value) => `${value}/..`);
        if (after) matchedText = text.slice(item.index, item.index + item.text.length + after[0].length);
      }
    }
    return { key: `${item.index}:${item.text.length}`, index: item.index, matchedText, edtf };
  });
}

/** Noon UTC of a day, so no time zone moves it; setUTCFullYear because Date.UTC maps years 0–99 to 1900–1999. */
function noon(year: number, month: number, day: number): Date {
  const date = new Date(Date.UTC(2000, 0, 1, 12));
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** The instants a published date allows: its day, or the first and last day of its month or year; none when it is empty. */
export function referenceInstants(published: string): Date[] | null {
  const value = published.trim();
  if (value === '' || !isValidPublishedDate(value)) return null;
  const [year = 0, month, day] = value.split('-').map(Number);
  if (day !== undefined && month !== undefined) return [noon(year, month, day)];
  if (month !== undefined) return [noon(year, month, 1), addDays(noon(year, month + 1, 1), -1)];
  return [noon(year, 1, 1), noon(year, 12, 31)];
}

/** Two instants that share no year, month, week or weekday: what survives both is not relative. */
const NO_REFERENCE = [new Date(Date.UTC(1907, 2, 15, 12)), new Date(Date.UTC(2061, 9, 20, 12))];

export function suggestDatesInText(text: string, published: string): DateSuggestion[] {
  const instants = referenceInstants(published);
  const referenceDate = instants ? published.trim() : null;
  const runs = (instants ?? NO_REFERENCE).map((instant) => candidatesAt(text, instant));
  const [first = [], ...others] = runs;
  const suggestions: DateSuggestion[] = [];
  const seen = new Set<string>();
  for (const candidate of first) {
    const alike = others.map((run) => run.find((c) => c.key === candidate.key));
    if (alike.some((c) => c === undefined)) continue;
    const agreed = candidate.edtf.find((value) => alike.every((c) => c?.edtf.includes(value)));
    if (agreed === undefined || seen.has(agreed)) continue;
    const parsed = parseEdtf(agreed);
    if (!parsed.ok) continue;
    seen.add(agreed);
    suggestions.push({ edtf: agreed, words: parsed.date.words, matchedText: candidate.matchedText, referenceDate });
  }
  return suggestions;
}
