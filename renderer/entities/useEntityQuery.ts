import { useEffect } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import { useApi } from '../api/ApiContext';
import { useQuery } from '../api/QueryContext';
import type { QueryState } from '../api/QueryCache';

/**
 * useQuery for what depends on entities and claims. The shared cache knows
 * the older topics only, so a change pushed as 'entities' or 'claims' (made
 * in the claims view, or in another window) reloads these queries here.
 */
export function useEntityQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M> | null,
): QueryState<MethodOutput<M>> & { reload: () => void } {
  const client = useApi();
  const query = useQuery(method, input);
  const { reload } = query;
  const active = input !== null;
  useEffect(() => {
    if (!active) return undefined;
    return client.on('project.changed', ({ topics }) => {
      if (topics.includes('entities') || topics.includes('claims')) reload();
    });
  }, [client, reload, active]);
  return query;
}
