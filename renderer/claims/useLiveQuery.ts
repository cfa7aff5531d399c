import { useEffect } from 'react';
import type { MethodInput, MethodName } from '../../shared/api/contract';
import { useApi } from '../api/ApiContext';
import { useQuery } from '../api/QueryContext';
import { onForeignChange } from './ownClaimWrites';

type Topic = 'claims' | 'entities' | 'annotations' | 'sources' | 'trash';

const claimTopics: readonly Topic[] = ['claims', 'entities', 'annotations', 'sources', 'trash'];

/**
 * useQuery, also refreshed when core reports a change to claims or entities.
 * The shared cache does not know those topics yet (renderer/api/queryTopics),
 * so a claim cited from the reader, or over the API, would otherwise not show here.
 */
export function useLiveQuery<M extends MethodName>(method: M, input: MethodInput<M> | null, topics: readonly Topic[] = claimTopics) {
  const client = useApi();
  const query = useQuery(method, input);
  const { reload } = query;
  useEffect(
    () =>
      onForeignChange(client, (changed) => {
        if (changed.some((t) => (topics as readonly string[]).includes(t))) reload();
      }),
    [client, reload, topics],
  );
  return query;
}
