import type { ColumnState } from 'ag-grid-community';
import { newestFirst, type ClaimOrder, type ClaimOrderField } from '../../shared/claims/claimOrder';
import { claimColumns } from './claimColumns';

/** Grid columns whose sort core can apply (claims.list's orderBy), by column id. */
const orderFieldOfColumn: Readonly<Record<string, ClaimOrderField>> = {
  createdAt: 'createdAt',
  updatedAt: 'updatedAt',
  statement: 'statement',
  date: 'dateEdtf',
  status: 'status',
  reliability: 'reliability',
  credibility: 'credibility',
  grade: 'grade',
  createdBy: 'createdBy',
};

/**
 * The order the grid will show claims in, given its column state (the
 * remembered one, or the live one), for asking core for the first
 * screenful; null when core cannot sort that way (several columns, or a
 * column of derived text), and the grid then waits for the whole list.
 * Columns the state does not mention keep their own sort, as the grid does.
 */
export function claimFirstPageOrder(state: readonly ColumnState[] | null): ClaimOrder | null {
  const stated = new Map((state ?? []).map((c) => [c.colId, c]));
  const sorted = claimColumns
    .map((column) => {
      const colId = column.colId ?? '';
      const entry = stated.get(colId);
      return { colId, sort: entry ? entry.sort : column.sort };
    })
    .filter((c) => c.sort === 'asc' || c.sort === 'desc');
  // No sort at all: the list's own order, newest first.
  if (sorted.length === 0) return newestFirst;
  const [only] = sorted;
  const field = only && sorted.length === 1 ? orderFieldOfColumn[only.colId] : undefined;
  return only && field ? { field, descending: only.sort === 'desc' } : null;
}
