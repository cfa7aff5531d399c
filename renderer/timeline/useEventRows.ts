import { useCallback, useSyncExternalStore } from 'react';
import type { EventList } from '../../shared/api/timelineTypes';
import { useApi } from '../api/ApiContext';
import type { DossierClient } from '../api/DossierClient';
import { onForeignChange } from './ownWrites';
import type { EventRow } from './eventRows';

export interface EventRowsState {
  rows: EventRow[] | undefined;
  entities: EventList['entities'];
  error: Error | undefined;
}

interface Entry {
  state: EventRowsState;
  listeners: Set<() => void>;
  request: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/** Several writes in a burst (an undo of many, a paste) fetch the list once. */
const COALESCE_MS = 60;
const NO_ENTITIES: EventList['entities'] = {};
const EMPTY: EventRowsState = { rows: undefined, entities: NO_ENTITIES, error: undefined };

/**
 * The events of "All events" and of each timeline shown, outside the general
 * query cache: that cache compares every answer as JSON, and this one can be
 * 100,000 rows. Refetched when a change comes from elsewhere (the reader, an
 * import, another window); our own edits patch the rows in place.
 */
export class EventRowsStore {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly client: DossierClient) {
    // Core names 'events' for every change that can touch an event's row (names, evidence, membership too).
    onForeignChange(client, (topics) => {
      if (topics.includes('events')) this.refetchAll();
    });
    client.on('project.switched', () => {
      for (const [key, entry] of this.entries) {
        entry.state = EMPTY;
        this.notify(entry);
        this.schedule(key);
      }
    });
  }

  subscribe(key: string, listener: () => void): () => void {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { state: EMPTY, listeners: new Set(), request: 0, timer: undefined };
      this.entries.set(key, entry);
      void this.load(key, entry);
    }
    entry.listeners.add(listener);
    const current = entry;
    return () => {
      current.listeners.delete(listener);
      if (current.listeners.size === 0) {
        clearTimeout(current.timer);
        this.entries.delete(key);
      }
    };
  }

  get(key: string): EventRowsState {
    return this.entries.get(key)?.state ?? EMPTY;
  }

  /** After a write whose answer shows its whole effect (one event edited): every list shown is patched. */
  patch(update: (rows: EventRow[], key: string) => EventRow[]): void {
    for (const [key, entry] of this.entries) {
      if (!entry.state.rows) continue;
      const rows = update(entry.state.rows, key);
      if (rows === entry.state.rows) continue;
      entry.state = { ...entry.state, rows };
      this.notify(entry);
    }
  }

  refetchAll(): void {
    for (const key of this.entries.keys()) this.schedule(key);
  }

  private schedule(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => void this.load(key, entry), COALESCE_MS);
  }

  private async load(key: string, entry: Entry): Promise<void> {
    const request = ++entry.request;
    try {
      const list = await this.client.call('events.list', key ? { timelineId: key } : {});
      if (request !== entry.request) return;
      performance.mark('dossier:events-rows-loaded', { detail: { rows: list.rows.length } });
      entry.state = { rows: list.rows, entities: list.entities, error: undefined };
    } catch (error) {
      if (request !== entry.request) return;
      entry.state = { ...entry.state, error: error instanceof Error ? error : new Error(String(error)) };
    }
    this.notify(entry);
  }

  private notify(entry: Entry): void {
    for (const listener of entry.listeners) listener();
  }
}

const stores = new WeakMap<DossierClient, EventRowsStore>();

export function eventRowsStoreFor(client: DossierClient): EventRowsStore {
  let store = stores.get(client);
  if (!store) {
    store = new EventRowsStore(client);
    stores.set(client, store);
  }
  return store;
}

/** The events of one timeline, or all of them (null), kept current. */
export function useEventRows(timelineId: string | null): EventRowsState {
  const client = useApi();
  const store = eventRowsStoreFor(client);
  const key = timelineId ?? '';
  const subscribe = useCallback((listener: () => void) => store.subscribe(key, listener), [store, key]);
  const getSnapshot = useCallback(() => store.get(key), [store, key]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
