import { useCallback } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import type { Claim } from '../../shared/api/types';
import { useApi } from '../api/ApiContext';
import { useMutate } from '../api/QueryContext';
import { ownWrite } from './ownClaimWrites';
import { claimRowsStoreFor, replaceRow } from './useClaimRows';

/** How a write shows in the claim rows: patched from its answer, fetched again, or not at all. */
function rowsEffect(method: MethodName, input: unknown): 'patch' | 'refetch' | 'none' {
  switch (method) {
    case 'claims.cite':
    case 'claims.uncite':
    case 'claims.link':
    case 'claims.unlink':
    case 'claims.delete':
      return 'patch';
    case 'claims.update': {
      // Entities and the asserting entity decide which "about entity" lists a claim is in.
      const patch = input as MethodInput<'claims.update'>;
      return patch.entities === undefined && patch.asserterEntityId === undefined ? 'patch' : 'refetch';
    }
    case 'entities.create':
      return 'none';
    default:
      return 'refetch';
  }
}

/**
 * useMutate for the claims views: each write refreshes what depends on it
 * once. Status and grade edits, citations and links patch the grid's rows in
 * place rather than fetching 50,000 rows again.
 */
export function useClaimMutate() {
  const client = useApi();
  const mutate = useMutate();
  return useCallback(
    async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
      const result = await ownWrite(client, () => mutate(method, input));
      const rows = claimRowsStoreFor(client);
      const effect = rowsEffect(method, input);
      if (effect === 'refetch') rows.refetchAll();
      else if (effect === 'none') return result;
      else if (method === 'claims.delete') {
        const { id } = input as MethodInput<'claims.delete'>;
        rows.patch((list) => list.filter((r) => r.id !== id));
      } else rows.patch((list) => replaceRow(list, result as Claim));
      return result;
    },
    [client, mutate],
  );
}
