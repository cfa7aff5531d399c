import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../shared/api/types';
import {
  ClaimUndoStack,
  patchChangesNothing,
  undoDelete,
  undoUncite,
  undoUnlink,
  undoUpdate,
  valuesBefore,
} from '../../../renderer/claims/claimUndo';

const claim: Claim = {
  id: 'c1',
  statement: 'Twelve vessels a week',
  asserterEntityId: null,
  asserterName: 'senior official, unnamed',
  asserterText: 'senior official, unnamed',
  dateEdtf: '2026-03',
  status: 'unverified',
  reliability: 'B',
  credibility: 2,
  grade: 'B2',
  entities: [{ entityId: 'e1', name: 'Dravik', kind: 'place', role: 'object' }],
  citationCount: 1,
  sourceTitles: ['Herald'],
  missingEvidence: false,
  createdAt: '',
  updatedAt: '',
  createdBy: 'lee',
  notes: 'check',
  citations: [],
  links: [],
};

describe('claim undo', () => {
  it('remembers exactly the values a patch overwrites', () => {
    expect(valuesBefore(claim, { status: 'disputed' })).toEqual({ status: 'unverified' });
    expect(valuesBefore(claim, { reliability: 'C', credibility: 3 })).toEqual({ reliability: 'B', credibility: 2 });
    expect(valuesBefore(claim, { asserterEntityId: 'e9', asserterText: '' })).toEqual({ asserterEntityId: null, asserterText: 'senior official, unnamed' });
    expect(valuesBefore(claim, { entities: [] })).toEqual({ entities: [{ entityId: 'e1', role: 'object' }] });
    expect(valuesBefore(claim, { notes: '', dateEdtf: '' })).toEqual({ notes: 'check', dateEdtf: '2026-03' });
  });

  it('knows when a patch changes nothing', () => {
    expect(patchChangesNothing(claim, { status: 'unverified' })).toBe(true);
    expect(patchChangesNothing(claim, { entities: [{ entityId: 'e1', role: 'object' }] })).toBe(true);
    expect(patchChangesNothing(claim, { status: 'refuted' })).toBe(false);
    expect(patchChangesNothing(claim, { asserterEntityId: null, asserterText: 'someone else' })).toBe(false);
  });

  it('turns each edit into the call that takes it back', () => {
    expect(undoUpdate('c1', 'status', { status: 'unverified' }).revert).toEqual({ method: 'claims.update', input: { id: 'c1', status: 'unverified' } });
    expect(undoUncite('c1', 'citation', 'a1').revert).toEqual({ method: 'claims.cite', input: { claimId: 'c1', annotationId: 'a1' } });
    expect(undoDelete('c1', 'deleted').revert).toEqual({ method: 'trash.restore', input: { kind: 'claim', id: 'c1' } });
    // A removed link comes back pointing the way it did.
    expect(undoUnlink('c1', 'link', { direction: 'incoming', otherClaimId: 'c2', relation: 'contradicts' }).revert).toEqual({
      method: 'claims.link',
      input: { fromId: 'c2', toId: 'c1', relation: 'contradicts' },
    });
    expect(undoUnlink('c1', 'link', { direction: 'outgoing', otherClaimId: 'c2', relation: 'supports' }).revert.input).toEqual({
      fromId: 'c1',
      toId: 'c2',
      relation: 'supports',
    });
  });

  it('keeps the newest edits, last in first out, within its limit', () => {
    const stack = new ClaimUndoStack(3);
    let changes = 0;
    stack.subscribe(() => (changes += 1));
    for (const n of [1, 2, 3, 4]) stack.push(undoDelete(`c${n}`, `edit ${n}`));
    expect(stack.size).toBe(3);
    expect(stack.pop()?.description).toBe('edit 4');
    const top = stack.peek();
    if (top) stack.remove(top);
    expect(stack.pop()?.description).toBe('edit 2');
    expect(stack.pop()).toBeUndefined();
    expect(changes).toBe(7);
  });
});
