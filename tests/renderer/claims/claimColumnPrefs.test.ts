// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { forgetClaimColumnPrefs, readClaimColumnPrefs, writeClaimColumnPrefs } from '../../../renderer/claims/claimColumnPrefs';

afterEach(() => localStorage.clear());

describe('claim column preferences', () => {
  it('are kept per project: which columns, widths, order and sort', () => {
    writeClaimColumnPrefs('p1', [
      { colId: 'grade', hide: false, width: 120, sort: 'asc', sortIndex: 0, pinned: null, flex: null },
      { colId: 'sources', hide: true, width: 200, sort: null, sortIndex: null, flex: null },
    ]);
    expect(readClaimColumnPrefs('p1')).toEqual([
      { colId: 'grade', hide: false, width: 120, flex: null, sort: 'asc', sortIndex: 0 },
      { colId: 'sources', hide: true, width: 200, flex: null, sort: null, sortIndex: null },
    ]);
    expect(readClaimColumnPrefs('p2')).toBeNull();
    forgetClaimColumnPrefs('p1');
    expect(readClaimColumnPrefs('p1')).toBeNull();
  });

  it('ignore what the grid could not apply', () => {
    localStorage.setItem('dossier:claims-columns:p1', '{not json');
    expect(readClaimColumnPrefs('p1')).toBeNull();
    localStorage.setItem('dossier:claims-columns:p1', JSON.stringify([{ colId: 'statement', width: 1e9, sort: 'sideways' }, { nope: 1 }, 'x']));
    expect(readClaimColumnPrefs('p1')).toEqual([{ colId: 'statement', hide: false, width: undefined, flex: null, sort: null, sortIndex: null }]);
  });
});
