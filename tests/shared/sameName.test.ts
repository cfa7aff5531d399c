import { describe, expect, it } from 'vitest';
import { nameKey, sameName } from '../../shared/entities/foldName';

describe('sameName', () => {
  it('counts names as the same after folding case, diacritics, spacing and punctuation', () => {
    expect(sameName('Zürich', 'ZURICH')).toBe(true);
    expect(sameName('Gennady  Vorontsov', 'gennady vorontsov')).toBe(true);
    expect(sameName('Al-Qaeda', 'al qaeda')).toBe(true);
    expect(sameName('Воронцов', 'ВОРОНЦОВ')).toBe(true);
  });

  it('keeps different words and different scripts apart', () => {
    expect(sameName('Vorontsov', 'Воронцов')).toBe(false);
    expect(sameName('Gennady Vorontsov', 'Vorontsov')).toBe(false);
    expect(nameKey('Al-Qaeda’s')).toBe('al qaeda s');
  });
});
