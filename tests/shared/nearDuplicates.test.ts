import { describe, expect, it } from 'vitest';
import { editDistance, isNearDuplicate, spellingKey } from '../../shared/entities/nearDuplicates';

describe('near-duplicate names', () => {
  it('match transliterations, doubled letters and small misspellings', () => {
    expect(isNearDuplicate('Gorbachov', 'Gorbachev')).toBe(true);
    expect(isNearDuplicate('Gennady Vorontsov', 'Genady Vorontsov')).toBe(true);
    expect(isNearDuplicate('Геннадий Воронцов', 'Gennadiy Vorontsov')).toBe(true);
    expect(isNearDuplicate('Воронцов', 'Vorontsov')).toBe(true);
    expect(isNearDuplicate('Achterberg', 'Achterburg')).toBe(true);
  });

  it('keep different names apart, and the same name is not a "near" duplicate', () => {
    expect(isNearDuplicate('Dravik', 'Dravik')).toBe(false);
    expect(isNearDuplicate('Karl', 'Carl')).toBe(false);
    expect(isNearDuplicate('Selmara', 'Karvenia')).toBe(false);
    expect(isNearDuplicate('Lindhaven', 'Lindqvist')).toBe(false);
    expect(isNearDuplicate('Paris', 'Parma')).toBe(false);
  });

  it('computes capped edit distances with transpositions', () => {
    expect(editDistance('abcd', 'abdc', 3)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('short', 'a much longer string', 2)).toBe(3);
    expect(spellingKey('Gennadiy')).toBe(spellingKey('Genady'));
  });
});
