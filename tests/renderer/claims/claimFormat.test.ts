import { describe, expect, it } from 'vitest';
import { csvSafe, entitiesText, gradeMeaning, nextRole, shorten } from '../../../renderer/claims/claimFormat';

describe('claim formatting', () => {
  it('lists entities subjects first, with their roles', () => {
    const entities = [
      { entityId: '3', name: 'Lindhaven', kind: 'place' as const, role: 'mentioned' as const },
      { entityId: '2', name: 'Dravik', kind: 'place' as const, role: 'object' as const },
      { entityId: '1', name: 'Karvenia', kind: 'place' as const, role: 'subject' as const },
    ];
    expect(entitiesText(entities)).toBe('Karvenia (subject), Dravik (object), Lindhaven (mentioned)');
    // Cached per list: asked again, the same string comes back.
    expect(entitiesText(entities)).toBe(entitiesText(entities));
    expect(entitiesText([])).toBe('');
  });

  it('spells out an Admiralty grade', () => {
    expect(gradeMeaning('B', 2)).toBe('B — Usually reliable; 2 — Probably true');
    expect(gradeMeaning('F', 6)).toBe('F — Reliability cannot be judged; 6 — Truth cannot be judged');
  });

  it('gives the next entity the first role still free', () => {
    expect(nextRole([])).toBe('subject');
    expect(nextRole([{ role: 'subject' }])).toBe('object');
    expect(nextRole([{ role: 'object' }, { role: 'subject' }])).toBe('mentioned');
  });

  it('keeps spreadsheet formulas out of exported cells', () => {
    expect(csvSafe('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(csvSafe('+1 vessels')).toBe("'+1 vessels");
    expect(csvSafe('@once')).toBe("'@once");
    expect(csvSafe('Twelve vessels')).toBe('Twelve vessels');
  });

  it('shortens long text on a word-ish boundary with an ellipsis', () => {
    expect(shorten('short')).toBe('short');
    expect(shorten('a  b\n c')).toBe('a b c');
    expect(shorten('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
