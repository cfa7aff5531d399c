import type { MethodInput } from '../../shared/api/contract';
import type { Claim, ClaimRelation, ClaimRow } from '../../shared/api/types';
import { UndoStack } from '../ui/UndoStack';

/** The fields of claims.update, without the id. */
export type ClaimPatch = Omit<MethodInput<'claims.update'>, 'id'>;

/** What to call to take one edit back. */
export type ClaimRevert =
  | { method: 'claims.update'; input: MethodInput<'claims.update'> }
  | { method: 'claims.cite'; input: MethodInput<'claims.cite'> }
  | { method: 'claims.uncite'; input: MethodInput<'claims.uncite'> }
  | { method: 'claims.link'; input: MethodInput<'claims.link'> }
  | { method: 'claims.unlink'; input: MethodInput<'claims.unlink'> }
  | { method: 'trash.restore'; input: MethodInput<'trash.restore'> };

export interface ClaimUndoEntry {
  claimId: string;
  /** Plain words for the notice and the Undo button's title, e.g. status of “Twelve vessels a week”. */
  description: string;
  revert: ClaimRevert;
}

/**
 * The values a patch is about to overwrite, read from the claim as shown, so
 * that undo puts exactly those back. Fields the row does not carry (the grid
 * has no notes) are simply not part of a grid patch.
 */
export function valuesBefore(claim: ClaimRow | Claim, patch: ClaimPatch): ClaimPatch {
  const before: ClaimPatch = {};
  if (patch.statement !== undefined) before.statement = claim.statement;
  if (patch.asserterEntityId !== undefined || patch.asserterText !== undefined) {
    before.asserterEntityId = claim.asserterEntityId;
    before.asserterText = 'asserterText' in claim ? claim.asserterText : claim.asserterEntityId ? '' : claim.asserterName;
  }
  if (patch.entities !== undefined) before.entities = claim.entities.map((e) => ({ entityId: e.entityId, role: e.role }));
  if (patch.dateEdtf !== undefined) before.dateEdtf = claim.dateEdtf;
  if (patch.status !== undefined) before.status = claim.status;
  if (patch.reliability !== undefined) before.reliability = claim.reliability;
  if (patch.credibility !== undefined) before.credibility = claim.credibility;
  if (patch.notes !== undefined && 'notes' in claim) before.notes = claim.notes;
  return before;
}

/** True when applying the patch would change nothing (no undo entry, no call). */
export function patchChangesNothing(claim: ClaimRow | Claim, patch: ClaimPatch): boolean {
  const before = valuesBefore(claim, patch) as Record<string, unknown>;
  return Object.entries(patch).every(([key, value]) => value === undefined || JSON.stringify(before[key]) === JSON.stringify(value));
}

export function undoUpdate(claimId: string, description: string, before: ClaimPatch): ClaimUndoEntry {
  return { claimId, description, revert: { method: 'claims.update', input: { id: claimId, ...before } } };
}

export function undoUncite(claimId: string, description: string, annotationId: string): ClaimUndoEntry {
  return { claimId, description, revert: { method: 'claims.cite', input: { claimId, annotationId } } };
}

export function undoCite(claimId: string, description: string, annotationId: string): ClaimUndoEntry {
  return { claimId, description, revert: { method: 'claims.uncite', input: { claimId, annotationId } } };
}

export function undoLink(claimId: string, description: string, linkId: string): ClaimUndoEntry {
  return { claimId, description, revert: { method: 'claims.unlink', input: { claimId, linkId } } };
}

/** A removed link comes back in the direction it had: from the claim that supports or contradicts. */
export function undoUnlink(
  claimId: string,
  description: string,
  link: { direction: 'outgoing' | 'incoming'; otherClaimId: string; relation: ClaimRelation },
): ClaimUndoEntry {
  const [fromId, toId] = link.direction === 'outgoing' ? [claimId, link.otherClaimId] : [link.otherClaimId, claimId];
  return { claimId, description, revert: { method: 'claims.link', input: { fromId, toId, relation: link.relation } } };
}

export function undoDelete(claimId: string, description: string): ClaimUndoEntry {
  return { claimId, description, revert: { method: 'trash.restore', input: { kind: 'claim', id: claimId } } };
}

/** The last edits made in the Claims view. */
export class ClaimUndoStack extends UndoStack<ClaimUndoEntry> {}
