import { useMemo, useState } from 'react';
import type { ClaimRow } from '../../shared/api/types';
import type { ClaimOrder } from '../../shared/claims/claimOrder';
import { useFetchAfter, useQuery } from '../api/QueryContext';
import { ClaimRowsDecoder } from './ClaimRowsDecoder';

export interface ClaimRowsState {
  rows: ClaimRow[] | undefined;
  /** False while `rows` are only the first screenful and the whole list is on its way. */
  complete: boolean;
  /** How many claims the whole list has. */
  total: number;
  error: Error | undefined;
}

/** How many claims the first screenful asks for: more than the tallest screen shows. */
export const FIRST_PAGE_SIZE = 100;

/**
 * All claims, or those by or about one entity (claims.list), kept current
 * like every other query; the compact answer is turned into rows here.
 * Given the grid's order, it first asks for the claims the grid will show
 * at the top, and for the whole list only once they are in (so that the
 * server answers the small call first): with 50,000 claims the first rows
 * are on screen in a fraction of the time the whole list takes.
 */
export function useClaimRows(entityId: string | null, firstPageOrder: ClaimOrder | null = null): ClaimRowsState {
  const filter = entityId ? { entityId } : {};
  const [decoder] = useState(() => new ClaimRowsDecoder());
  // Hooks in this order: the first screenful is subscribed (and so fetched) before the whole list.
  const [fullLoaded, setFullLoaded] = useState<string | null>(null);
  const filterKey = JSON.stringify(filter);
  const wantFirst = firstPageOrder !== null && fullLoaded !== filterKey;
  const firstInput = wantFirst ? { ...filter, limit: FIRST_PAGE_SIZE, orderBy: firstPageOrder } : null;
  const first = useQuery('claims.list', firstInput);
  // The whole list is asked for as soon as the first screenful is in, while that is being shown.
  useFetchAfter(firstInput && ['claims.list', firstInput], firstInput && ['claims.list', filter]);
  const wantFull = !wantFirst || first.data !== undefined || first.error !== undefined;
  const full = useQuery('claims.list', wantFull ? filter : null);
  // Once the whole list has come, the first screenful is no longer asked for (nor refreshed on changes).
  if (full.data !== undefined && fullLoaded !== filterKey) setFullLoaded(filterKey);

  const table = full.data ?? (wantFirst ? first.data : undefined);
  // A first screenful that holds every claim is the whole list already (the list asked for next decodes to the same rows).
  const complete = table !== undefined && (table === full.data || table.rows.length === table.total);
  const rows = useMemo(() => {
    if (!table) return undefined;
    const decoded = decoder.decode(table);
    // For the benchmark and for anyone profiling: when the rows are ready for the grid.
    performance.mark('dossier:claims-rows-loaded', { detail: { rows: decoded.length } });
    return decoded;
  }, [decoder, table]);
  return { rows, complete, total: table?.total ?? 0, error: full.error ?? first.error };
}
