import type { ClaimRow, ClaimTable, ClaimTableRow } from '../../shared/api/types';
import { claimRowDecoder } from '../../shared/claims/claimTable';

/**
 * Turns claims.list answers into grid rows. A claim that did not change
 * since the last answer keeps its row object, so that after an edit the grid
 * updates one row, not 50,000 (it compares rows by reference).
 */
export class ClaimRowsDecoder {
  private last: { table: ClaimTable; rows: ClaimRow[] } | undefined;

  decode(table: ClaimTable): ClaimRow[] {
    const last = this.last;
    if (last?.table === table) return last.rows;
    const decodeRow = claimRowDecoder(table);
    let rows: ClaimRow[];
    if (last) {
      // Built here rather than kept from the last decoding: the first answer, the one waited for, stays cheapest.
      const before = new Map<string, { tuple: ClaimTableRow; row: ClaimRow }>();
      last.table.rows.forEach((tuple, i) => before.set(tuple[0], { tuple, row: last.rows[i]! }));
      // With the same names, equal tuples are equal rows; otherwise (the first screenful, then the whole list
      // with its own numbering; a renamed entity) the rows are compared once decoded.
      const sameIndexes = sameNames(last.table, table);
      rows = table.rows.map((tuple) => {
        const kept = before.get(tuple[0]);
        if (!kept) return decodeRow(tuple);
        if (sameIndexes) return sameTuple(kept.tuple, tuple) ? kept.row : decodeRow(tuple);
        const row = decodeRow(tuple);
        return sameRow(kept.row, row) ? kept.row : row;
      });
    } else {
      rows = table.rows.map(decodeRow);
    }
    this.last = { table, rows };
    return rows;
  }
}

/** Two decoded rows show the same: fields, entity references and source titles alike. */
function sameRow(a: ClaimRow, b: ClaimRow): boolean {
  for (const key of Object.keys(a) as (keyof ClaimRow)[]) {
    const x = a[key];
    const y = b[key];
    if (x === y) continue;
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
    for (let i = 0; i < x.length; i += 1) {
      const p: unknown = x[i];
      const q: unknown = y[i];
      if (p === q) continue;
      if (typeof p !== 'object' || typeof q !== 'object' || p === null || q === null) return false;
      const ref = p as Record<string, unknown>;
      const other = q as Record<string, unknown>;
      if (Object.keys(ref).some((k) => ref[k] !== other[k])) return false;
    }
  }
  return true;
}

/** The rows of both tables refer to the same entities and titles by the same indexes. */
function sameNames(a: ClaimTable, b: ClaimTable): boolean {
  if (a.entities === b.entities && a.sourceTitles === b.sourceTitles) return true;
  return (
    a.sourceTitles.length === b.sourceTitles.length &&
    a.sourceTitles.every((title, i) => title === b.sourceTitles[i]) &&
    a.entities.length === b.entities.length &&
    a.entities.every((e, i) => {
      const other = b.entities[i];
      return other !== undefined && e.id === other.id && e.name === other.name && e.kind === other.kind;
    })
  );
}

function sameTuple(a: ClaimTableRow, b: ClaimTableRow): boolean {
  if (a === b) return true;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
    for (let j = 0; j < x.length; j += 1) {
      const p = x[j];
      const q = y[j];
      if (p === q) continue;
      // An entity reference: [index, role].
      if (!Array.isArray(p) || !Array.isArray(q) || p[0] !== q[0] || p[1] !== q[1]) return false;
    }
  }
  return true;
}
