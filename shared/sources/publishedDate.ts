/** A published date as the analyst types it: YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date. Empty is allowed. */
export const PUBLISHED_DATE_MESSAGE = 'Published date: use YYYY-MM-DD, YYYY-MM or YYYY.';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * What is wrong with a typed published date, in the words shown to the analyst, or null when it is fine.
 * The one check behind both core's refusal and the form's message, so they always agree.
 */
export function publishedDateProblem(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(trimmed);
  if (!match) return PUBLISHED_DATE_MESSAGE;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  if (month < 1 || month > 12) return `Published date: the month must be 01 to 12, not ${match[2]}.`;
  if (match[3] === undefined) return null;
  const day = Number(match[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day >= 1 && day <= daysInMonth) return null;
  if (day === 0) return 'Published date: days start at 01.';
  return `Published date: ${MONTH_NAMES[month - 1]} ${match[1]} has ${daysInMonth} days.`;
}

export function isValidPublishedDate(value: string): boolean {
  return publishedDateProblem(value) === null;
}
