import { useEffect } from 'react';
import type { MethodInput, MethodName } from '../../shared/api/contract';
import { useApi } from '../api/ApiContext';
import { useQuery } from '../api/QueryContext';
import { onForeignChange } from '../claims/ownClaimWrites';

/**
 * useQuery, also refreshed on any change made elsewhere: the shared cache does
 * not know the timeline topics, so an event added from the reader (or an
 * import in another window) would otherwise not update counts and names here.
 */
export function useTimelineQuery<M extends MethodName>(method: M, input: MethodInput<M> | null) {
  const client = useApi();
  const query = useQuery(method, input);
  const { reload } = query;
  useEffect(() => onForeignChange(client, () => reload()), [client, reload]);
  return query;
}
