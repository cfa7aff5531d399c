import type { ClaimEntityRef, ClaimRole, ClaimRow, ClaimTable, ClaimTableRow } from '../api/types';
import { admiraltyGrade } from '../grades/admiraltyGrade';

/** claims.list's compact answer as ClaimRow objects, in the same order. */
export function claimRowsOf(table: ClaimTable): ClaimRow[] {
  return table.rows.map(claimRowDecoder(table));
}

/**
 * Decodes single rows of one table. The references to one entity in one role
 * are one shared object: 50,000 rows then cost a few hundred of them, not
 * a hundred thousand.
 */
export function claimRowDecoder(table: ClaimTable): (row: ClaimTableRow) => ClaimRow {
  const refs = new Map<number, ClaimEntityRef>();
  const roles: readonly ClaimRole[] = ['subject', 'object', 'mentioned'];
  const refOf = (index: number, role: ClaimRole): ClaimEntityRef | undefined => {
    const key = index * roles.length + roles.indexOf(role);
    let ref = refs.get(key);
    const entity = table.entities[index];
    if (!ref && entity) {
      ref = { entityId: entity.id, name: entity.name, kind: entity.kind, role };
      refs.set(key, ref);
    }
    return ref;
  };
  return ([id, statement, asserter, asserterText, dateEdtf, status, reliability, credibility, about, citationCount, titles, missing, createdAt, updatedAt, createdBy]) => {
    const by = table.entities[asserter];
    const entities: ClaimEntityRef[] = [];
    for (const [index, role] of about) {
      const ref = refOf(index, role);
      if (ref) entities.push(ref);
    }
    const sourceTitles: string[] = [];
    for (const index of titles) {
      const title = table.sourceTitles[index];
      if (title !== undefined) sourceTitles.push(title);
    }
    return {
      id,
      statement,
      asserterEntityId: by ? by.id : null,
      asserterName: by ? by.name : asserterText,
      dateEdtf,
      status,
      reliability,
      credibility,
      grade: admiraltyGrade(reliability, credibility),
      entities,
      citationCount,
      sourceTitles,
      missingEvidence: missing === 1,
      createdAt,
      updatedAt: updatedAt || createdAt,
      createdBy,
    };
  };
}
