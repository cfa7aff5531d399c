import { createContext, useCallback, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import { useApi } from './ApiContext';
import { QueryCache, allTopics, type QueryState, type Topic } from './QueryCache';
import { topicsFor } from './queryTopics';

const QueryContext = createContext<QueryCache | null>(null);

/** One cache per open project: it is created with the project's shell and dropped with it. */
export function QueryProvider({ children }: { children: ReactNode }) {
  const client = useApi();
  const cache = useMemo(() => new QueryCache(client), [client]);
  useEffect(() => client.on('project.changed', ({ topics }) => cache.reportChange(topics)), [client, cache]);
  return <QueryContext.Provider value={cache}>{children}</QueryContext.Provider>;
}

function useCache(): QueryCache {
  const cache = useContext(QueryContext);
  if (!cache) throw new Error('useQuery needs a <QueryProvider> above it');
  return cache;
}

/** Reads an API method and keeps the result current as the project changes. Pass null input to skip. */
export function useQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M> | null,
): QueryState<MethodOutput<M>> & { reload: () => void } {
  const cache = useCache();
  const inputKey = input === null ? null : JSON.stringify(input);
  const subscribe = useCallback(
    (listener: () => void) => {
      if (inputKey === null) return () => {};
      return cache.subscribe(method, JSON.parse(inputKey) as MethodInput<M>, topicsFor(method), listener);
    },
    [cache, method, inputKey],
  );
  const getSnapshot = useCallback(
    () => (inputKey === null ? IDLE : cache.getState(method, JSON.parse(inputKey) as MethodInput<M>)),
    [cache, method, inputKey],
  );
  const state = useSyncExternalStore(subscribe, getSnapshot) as QueryState<MethodOutput<M>>;
  const reload = useCallback(() => {
    if (inputKey !== null) cache.reload(method, JSON.parse(inputKey));
  }, [cache, method, inputKey]);
  return { ...state, reload };
}

/**
 * Starts the `next` read the moment `first` has its answer, rather than when
 * React next runs effects (after rendering that answer): a long call asked
 * for after a short one then starts as soon as the short one is in. `next`
 * is kept until the inputs change; a useQuery of it shares the same fetch.
 */
export function useFetchAfter<A extends MethodName, B extends MethodName>(
  first: readonly [A, MethodInput<A>] | null,
  next: readonly [B, MethodInput<B>] | null,
): void {
  const cache = useCache();
  const key = first && next ? JSON.stringify([first, next]) : null;
  useEffect(() => {
    if (key === null) return;
    const [[firstMethod, firstInput], [nextMethod, nextInput]] = JSON.parse(key) as [[A, MethodInput<A>], [B, MethodInput<B>]];
    let held: (() => void) | undefined;
    const startNext = () => {
      const state = cache.getState(firstMethod, firstInput);
      if (!held && (state.data !== undefined || state.error !== undefined)) held = cache.subscribe(nextMethod, nextInput, topicsFor(nextMethod), () => {});
    };
    const stop = cache.subscribe(firstMethod, firstInput, topicsFor(firstMethod), startNext);
    startNext();
    return () => {
      stop();
      held?.();
    };
  }, [cache, key]);
}

/** What each kind of change can affect, for refreshing right after our own calls. */
function topicsChangedBy(method: MethodName): readonly Topic[] {
  const domain = method.slice(0, method.indexOf('.'));
  switch (domain) {
    case 'sources':
      return ['sources', 'trash', 'project'];
    case 'annotations':
      return ['annotations', 'trash', 'project'];
    case 'labels':
      return ['labels', 'trash', 'project'];
    case 'projects':
      return ['project'];
    default:
      return allTopics;
  }
}

/**
 * Calls a changing method and refreshes what depends on it. Core answers
 * every write with project.changed, which refreshes the views; when that echo
 * has not come by the time the answer does, the write refreshes them itself
 * (so a late event does not leave the UI behind). Not both: with 50,000
 * claims each refresh of the list costs a noticeable moment.
 */
export function useMutate() {
  const client = useApi();
  const cache = useContext(QueryContext);
  return useCallback(
    async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
      const reported = cache?.changeCount;
      const result = await client.call(method, input);
      if (cache && cache.changeCount === reported) cache.invalidate(topicsChangedBy(method));
      return result;
    },
    [client, cache],
  );
}

const IDLE: QueryState<never> = { data: undefined, error: undefined, loading: false };
