/** A published date as the analyst types it: YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date. Empty is allowed. */
export const PUBLISHED_DATE_MESSAGE = 'Published date: use YYYY-MM-DD, YYYY-MM or YYYY.';

export function isValidPublishedDate(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed === '') return true;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(trimmed);
  if (!match) return false;
  const month = match[2] === undefined ? 1 : Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  const daysInMonth = new Date(Date.UTC(Number(match[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}
