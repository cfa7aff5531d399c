import { useEffect } from 'react';
import type { MethodInput, MethodName } from '../../shared/api/contract';
import { useApi } from '../api/ApiContext';
import { useQuery } from '../api/QueryContext';
import { onForeignChange } from '../claims/ownClaimWrites';
import type { Topic } from '../api/QueryCache';

/** The change topics each read of the Timelines view depends on. */
const TOPICS: Partial<Record<MethodName, readonly Topic[]>> = {
  'timelines.list': ['timelines', 'events'],
  'eventTypes.list': ['eventTypes'],
  'entities.list': ['entities'],
  'events.get': ['events', 'claims', 'annotations', 'sources'],
  'events.suggestDates': ['annotations', 'claims', 'sources'],
};

/**
 * useQuery, also refreshed when a change made elsewhere touches what it reads:
 * the shared cache does not know the timeline topics, so an event added from
 * the reader (or an import in another window) would otherwise not update
 * counts and names here.
 */
export function useTimelineQuery<M extends MethodName>(method: M, input: MethodInput<M> | null) {
  const client = useApi();
  const query = useQuery(method, input);
  const { reload } = query;
  useEffect(() => {
    const wanted = TOPICS[method];
    return onForeignChange(client, (topics) => {
      if (!wanted || topics.some((t) => wanted.includes(t))) reload();
    });
  }, [client, reload, method]);
  return query;
}
