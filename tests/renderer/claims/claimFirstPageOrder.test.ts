import { describe, expect, it } from 'vitest';
import { claimFirstPageOrder } from '../../../renderer/claims/claimFirstPageOrder';

/** Column state as AG Grid reports it, from colId → sort. */
function state(sorts: Record<string, 'asc' | 'desc' | null>) {
  return Object.entries(sorts).map(([colId, sort]) => ({ colId, sort }));
}

describe('the order of the first screenful of claims', () => {
  it('is the grid columns’ own sort without remembered columns: newest first', () => {
    expect(claimFirstPageOrder(null)).toEqual({ field: 'createdAt', descending: true });
  });

  it('follows one sorted column core can sort by, and the list’s order when nothing is sorted', () => {
    expect(claimFirstPageOrder(state({ createdAt: null, grade: 'asc' }))).toEqual({ field: 'grade', descending: false });
    expect(claimFirstPageOrder(state({ createdAt: null, date: 'desc' }))).toEqual({ field: 'dateEdtf', descending: true });
    expect(claimFirstPageOrder(state({ createdAt: null }))).toEqual({ field: 'createdAt', descending: true });
  });

  it('is none (wait for the whole list) for derived columns and for several sorted columns', () => {
    expect(claimFirstPageOrder([{ colId: 'createdAt', sort: null }, { colId: 'entities', sort: 'asc' }])).toBeNull();
    expect(claimFirstPageOrder([{ colId: 'createdAt', sort: null }, { colId: 'sources', sort: 'desc' }])).toBeNull();
    // A remembered state that does not mention createdAt leaves its own sort on: two sorted columns.
    expect(claimFirstPageOrder([{ colId: 'status', sort: 'asc' }])).toBeNull();
  });
});
