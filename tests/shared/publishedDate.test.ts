import { describe, expect, it } from 'vitest';
import { isValidPublishedDate, publishedDateProblem } from '../../shared/sources/publishedDate';

describe('isValidPublishedDate', () => {
  it('accepts years, months and real days, and nothing', () => {
    for (const ok of ['', '  ', '2026', '2026-03', '2026-03-28', '2024-02-29', ' 1953-07-27 ']) expect(isValidPublishedDate(ok), ok).toBe(true);
  });

  it('refuses other spellings and impossible dates', () => {
    for (const bad of ['14/03/2024', 'March 2026', '2026-13', '2026-00', '2025-02-29', '2026-04-31', '26-03-28', '2026-3-8']) {
      expect(isValidPublishedDate(bad), bad).toBe(false);
    }
  });

  it('says what is wrong with a date that has the right form', () => {
    expect(publishedDateProblem('2026-02-30')).toBe('Published date: February 2026 has 28 days.');
    expect(publishedDateProblem('2024-02-30')).toBe('Published date: February 2024 has 29 days.');
    expect(publishedDateProblem('2026-04-31')).toBe('Published date: April 2026 has 30 days.');
    expect(publishedDateProblem('2026-13')).toBe('Published date: the month must be 01 to 12, not 13.');
    expect(publishedDateProblem('2026-00-10')).toBe('Published date: the month must be 01 to 12, not 00.');
    expect(publishedDateProblem('2026-03-00')).toBe('Published date: days start at 01.');
    expect(publishedDateProblem('14/03/2024')).toBe('Published date: use YYYY-MM-DD, YYYY-MM or YYYY.');
    expect(publishedDateProblem(' 2026-03-28 ')).toBeNull();
  });
});
