import { describe, expect, it } from 'vitest';
import { DossierError } from '../../../shared/api/errors';
import { filterEntities, matchingName, otherUsersOf } from '../../../renderer/entities/matchEntities';
import { mentionRows } from '../../../renderer/entities/mentionRows';
import { plainError } from '../../../renderer/entities/plainError';
import { windowRange } from '../../../renderer/entities/windowRange';
import { mention, summary } from './fixtures';

describe('plainError', () => {
  it('keeps only the reasons of a refused request', () => {
    const refused = new DossierError(
      'BAD_INPUT',
      'Invalid request for entities.create: ✖ a name has at least 2 characters\n  → at name\n✖ an alias has at least 2 characters\n  → at aliases[1]',
    );
    expect(plainError(refused)).toBe('A name has at least 2 characters. An alias has at least 2 characters.');
  });

  it('leaves other messages as they are', () => {
    expect(plainError(new DossierError('ALREADY_EXISTS', '“Vorontsov” is already a name of Gennady Vorontsov.'))).toBe(
      '“Vorontsov” is already a name of Gennady Vorontsov.',
    );
  });
});

describe('matching entities', () => {
  const vorontsov = summary('v', 'Gennady Vorontsov', { aliases: ['Воронцов', 'G. Vorontsov'] });
  const zurich = summary('z', 'Zürich', { kind: 'place' });
  const all = [vorontsov, zurich];

  it('finds names and aliases whatever the case and diacritics', () => {
    expect(filterEntities(all, 'zurich', 'all').map((e) => e.id)).toEqual(['z']);
    expect(filterEntities(all, 'ВОРОН', 'all').map((e) => e.id)).toEqual(['v']);
    expect(matchingName(vorontsov, 'воронц')).toBe('Воронцов');
    expect(matchingName(vorontsov, 'gennady')).toBe('Gennady Vorontsov');
    expect(filterEntities(all, '', 'place').map((e) => e.id)).toEqual(['z']);
    expect(filterEntities(all, 'vorontsov', 'place')).toEqual([]);
  });

  it('treats what is typed literally', () => {
    const weird = summary('w', '(A+B)*', { kind: 'organization' });
    expect(filterEntities([weird, vorontsov], '(a+b)', 'all').map((e) => e.id)).toEqual(['w']);
    expect(filterEntities([weird, vorontsov], '.*', 'all')).toEqual([]);
  });

  it('tells who else uses a name, by its folded words', () => {
    const other = summary('o', 'G Vorontsov', { aliases: ['gennady  VORONTSOV'] });
    expect(otherUsersOf('Gennady Vorontsov', 'v', [vorontsov, other, zurich]).map((e) => e.id)).toEqual(['o']);
    expect(otherUsersOf('Zurich', 'z', [vorontsov, other, zurich])).toEqual([]);
  });
});

describe('mentionRows', () => {
  it('starts each source with a header that counts its mentions', () => {
    const rows = mentionRows([mention('a', 'Herald', 1), mention('a', 'Herald', 50), mention('b', 'Wire', 3)]);
    expect(rows.map((r) => (r.type === 'source' ? `${r.title}:${r.count}` : r.index))).toEqual(['Herald:2', 0, 1, 'Wire:1', 2]);
  });
});

describe('windowRange', () => {
  it('draws the rows in view and a margin around them', () => {
    expect(windowRange(0, 320, 32, 5000, 5)).toEqual({ first: 0, last: 15 });
    expect(windowRange(3200, 320, 32, 5000, 5)).toEqual({ first: 95, last: 115 });
    expect(windowRange(160_000, 320, 32, 5000, 5)).toEqual({ first: 4995, last: 4999 });
    expect(windowRange(0, 320, 32, 0)).toEqual({ first: 0, last: -1 });
  });
});
