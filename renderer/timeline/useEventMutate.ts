import { useCallback } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import { EVENT_ROW, type TimelineEvent } from '../../shared/api/timelineTypes';
import { useApi } from '../api/ApiContext';
import { useMutate } from '../api/QueryContext';
import { ownWrite } from './ownWrites';
import { eventToRow, rowId, upsertRow, type EventRow } from './eventRows';
import { eventRowsStoreFor } from './useEventRows';

/** Writes answered with the whole event: its rows are patched in place instead of fetching 100,000 again. */
const RETURNS_EVENT = new Set<MethodName>(['events.update', 'events.create', 'events.addEvidence', 'events.removeEvidence', 'events.createFromEvidence']);

/** Puts an event's new row in each list shown: "All events" (key '') and the timelines it is on. */
export function patchWithEvent(rows: EventRow[], key: string, event: TimelineEvent): EventRow[] {
  const row = eventToRow(event);
  const belongs = key === '' || row[EVENT_ROW.timelineIds].includes(key);
  if (belongs) return upsertRow(rows, row);
  return rows.some((r) => rowId(r) === event.id) ? rows.filter((r) => rowId(r) !== event.id) : rows;
}

/**
 * useMutate for the Timelines view: refreshes the query cache as usual, and
 * the event rows once (patched from the answer, or fetched again when the
 * effect is not known here: a move, a paste, a restore, an import).
 */
export function useEventMutate() {
  const client = useApi();
  const mutate = useMutate();
  return useCallback(
    async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
      const result = await ownWrite(client, () => mutate(method, input));
      const store = eventRowsStoreFor(client);
      if (RETURNS_EVENT.has(method)) {
        const event = result as TimelineEvent;
        store.patch((rows, key) => patchWithEvent(rows, key, event));
      } else if (method === 'events.delete') {
        const ids = new Set((input as MethodInput<'events.delete'>).ids);
        store.patch((rows) => (rows.some((r) => ids.has(rowId(r))) ? rows.filter((r) => !ids.has(rowId(r))) : rows));
      } else if (method !== 'timelines.saveLayout' && method !== 'timelines.update') {
        store.refetchAll();
      }
      return result;
    },
    [client, mutate],
  );
}
