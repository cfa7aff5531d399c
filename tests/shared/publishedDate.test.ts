import { describe, expect, it } from 'vitest';
import { isValidPublishedDate } from '../../shared/sources/publishedDate';

describe('isValidPublishedDate', () => {
  it('accepts years, months and real days, and nothing', () => {
    for (const ok of ['', '  ', '2026', '2026-03', '2026-03-28', '2024-02-29', ' 1953-07-27 ']) expect(isValidPublishedDate(ok), ok).toBe(true);
  });

  it('refuses other spellings and impossible dates', () => {
    for (const bad of ['14/03/2024', 'March 2026', '2026-13', '2026-00', '2025-02-29', '2026-04-31', '26-03-28', '2026-3-8']) {
      expect(isValidPublishedDate(bad), bad).toBe(false);
    }
  });
});
