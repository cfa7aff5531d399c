/**
 * What claims.list can sort by when it is asked for a first screenful only:
 * the grid's columns whose values are plain fields of a claim, so that core's
 * order is the one the grid then keeps. Ties keep the list's own order
 * (newest first), as the grid's stable sort does.
 */
export const claimOrderFields = ['createdAt', 'updatedAt', 'statement', 'dateEdtf', 'status', 'reliability', 'credibility', 'grade', 'createdBy'] as const;

export type ClaimOrderField = (typeof claimOrderFields)[number];

export interface ClaimOrder {
  field: ClaimOrderField;
  descending: boolean;
}

/** The list's own order: newest first. */
export const newestFirst: ClaimOrder = { field: 'createdAt', descending: true };

/** Most claims a first screenful may ask for. */
export const MAX_CLAIMS_PAGE = 1000;
