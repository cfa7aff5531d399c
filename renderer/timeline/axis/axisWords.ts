import { UNBOUNDED } from './axisScale';
import { calendarDay, formatInstant, MS_PER_DAY } from './axisTime';
import { timelineAxisStrings as strings } from './timelineAxisStrings';

type Precision = 'day' | 'month' | 'year';

/** The coarsest calendar unit that [earliest, latest] covers exactly: a whole year, a whole month, or days. */
function precisionOf(earliest: number, latest: number): Precision {
  const start = calendarDay(earliest);
  const after = calendarDay(latest + 1);
  if (start.day !== 1 || after.day !== 1 || earliest % MS_PER_DAY !== 0) return 'day';
  return start.month0 === 0 && after.month0 === 0 ? 'year' : 'month';
}

/**
 * Plain words from sort keys alone ("about Mar 2022", "3 Mar – 5 Apr 2022"
 * style, without EDTF's finer points), for tooltips when the caller gives no
 * better description.
 */
export function describeKeys(earliest: number, latest: number, approximate: boolean, uncertain: boolean, locale?: string): string {
  const openStart = earliest < -UNBOUNDED;
  const openEnd = latest > UNBOUNDED;
  let words: string;
  if (openStart && openEnd) words = `${strings.unknown} – ${strings.present}`;
  else if (openStart) words = `${strings.unknown} – ${formatInstant(latest, 'day', locale)}`;
  else if (openEnd) words = `${formatInstant(earliest, 'day', locale)} – ${strings.present}`;
  else {
    const precision = precisionOf(earliest, latest);
    const from = formatInstant(earliest, precision, locale);
    const to = formatInstant(latest, precision, locale);
    words = from === to ? from : `${from} – ${to}`;
  }
  if (approximate) words = `${strings.about} ${words}`;
  if (uncertain) words = `${words} (${strings.uncertain})`;
  return words;
}
