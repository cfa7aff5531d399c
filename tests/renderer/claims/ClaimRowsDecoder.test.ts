import { describe, expect, it } from 'vitest';
import type { ClaimTable, ClaimTableRow } from '../../../shared/api/types';
import { ClaimRowsDecoder } from '../../../renderer/claims/ClaimRowsDecoder';

const at = '2026-03-01T00:00:00.000Z';
const tuple = (id: string, statement: string, about: ClaimTableRow[8], titles: number[]): ClaimTableRow => [
  id, statement, -1, 'official', '', 'unverified', 'B', 2, about, titles.length, titles, 0, at, '', 'lee',
];
const dravik = { id: 'e-dravik', name: 'Dravik', kind: 'place' as const };
const karvenia = { id: 'e-karvenia', name: 'Karvenia', kind: 'place' as const };

describe('ClaimRowsDecoder', () => {
  it('keeps the row objects of claims that still show the same when the next answer numbers names differently', () => {
    const decoder = new ClaimRowsDecoder();
    // A first screenful names Dravik first; the whole list, built in another order, names Karvenia first.
    const page: ClaimTable = {
      rows: [tuple('c2', 'Twelve a week', [[0, 'object']], [0]), tuple('c1', 'Eight at most', [[1, 'subject']], [])],
      entities: [dravik, karvenia],
      sourceTitles: ['Herald'],
      total: 3,
    };
    const whole: ClaimTable = {
      rows: [
        tuple('c2', 'Twelve a week', [[1, 'object']], [1]),
        tuple('c1', 'Eight at most', [[0, 'mentioned']], []),
        tuple('c0', 'Ten', [[0, 'subject']], [0]),
      ],
      entities: [karvenia, dravik],
      sourceTitles: ['Ministry', 'Herald'],
      total: 3,
    };
    const [twelve, eight] = decoder.decode(page);
    const rows = decoder.decode(whole);
    expect(rows[0]).toBe(twelve);
    // Karvenia is now mentioned, no longer the subject: a new row.
    expect(rows[1]).not.toBe(eight);
    expect(rows[1]?.entities).toEqual([{ entityId: 'e-karvenia', name: 'Karvenia', kind: 'place', role: 'mentioned' }]);
    expect(rows[2]?.sourceTitles).toEqual(['Ministry']);
  });
});
