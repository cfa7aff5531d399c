import { useCallback, useSyncExternalStore } from 'react';
import type { Claim, ClaimRow } from '../../shared/api/types';
import { useApi } from '../api/ApiContext';
import type { DossierClient } from '../api/DossierClient';
import { onForeignChange } from './ownClaimWrites';

export interface ClaimRowsState {
  rows: ClaimRow[] | undefined;
  error: Error | undefined;
}

interface Entry {
  state: ClaimRowsState;
  listeners: Set<() => void>;
  /** Bumped per request, so that only the newest answer is kept. */
  request: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

const RELEVANT = new Set(['claims', 'entities', 'annotations', 'sources', 'trash']);
/** Several writes in a burst (a merge, an undo of many) fetch the list once. */
const COALESCE_MS = 60;

/**
 * The claims list, shared by the grid and the claim pickers, outside the
 * general query cache: that cache compares every answer as JSON, and the
 * answer here can be 50,000 rows (tens of megabytes). Refetched when core
 * reports a change that can touch a claim row; the rows shown stay until
 * the new ones arrive.
 */
export class ClaimRowsStore {
  private readonly entries = new Map<string, Entry>();
  constructor(private readonly client: DossierClient) {
    onForeignChange(client, (topics) => {
      if (topics.some((t) => RELEVANT.has(t))) this.refetchAll();
    });
    client.on('project.switched', () => {
      for (const [key, entry] of this.entries) {
        entry.state = { rows: undefined, error: undefined };
        this.notify(entry);
        this.schedule(key);
      }
    });
  }

  subscribe(key: string, listener: () => void): () => void {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { state: { rows: undefined, error: undefined }, listeners: new Set(), request: 0, timer: undefined };
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

  get(key: string): ClaimRowsState {
    return this.entries.get(key)?.state ?? EMPTY;
  }

  /** After a write whose answer shows its whole effect on the rows (a new status, one citation more). */
  patch(update: (rows: ClaimRow[]) => ClaimRow[]): void {
    for (const entry of this.entries.values()) {
      if (!entry.state.rows) continue;
      entry.state = { ...entry.state, rows: update(entry.state.rows) };
      this.notify(entry);
    }
  }

  /** After a change whose effect on the lists is not known here (a new claim, an entity filter). */
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
      const rows = await this.client.call('claims.list', key ? { entityId: key } : {});
      if (request !== entry.request) return;
      performance.mark('dossier:claims-rows-loaded', { detail: { rows: rows.length } });
      entry.state = { rows, error: undefined };
    } catch (error) {
      if (request !== entry.request) return;
      entry.state = { rows: entry.state.rows, error: error instanceof Error ? error : new Error(String(error)) };
    }
    this.notify(entry);
  }

  private notify(entry: Entry): void {
    for (const listener of entry.listeners) listener();
  }
}

const EMPTY: ClaimRowsState = { rows: undefined, error: undefined };
const stores = new WeakMap<DossierClient, ClaimRowsStore>();

export function claimRowsStoreFor(client: DossierClient): ClaimRowsStore {
  let store = stores.get(client);
  if (!store) {
    store = new ClaimRowsStore(client);
    stores.set(client, store);
  }
  return store;
}

/** All claims, or those by or about one entity (claims.list), kept current. */
export function useClaimRows(entityId: string | null): ClaimRowsState {
  const client = useApi();
  const store = claimRowsStoreFor(client);
  const key = entityId ?? '';
  const subscribe = useCallback((listener: () => void) => store.subscribe(key, listener), [store, key]);
  const getSnapshot = useCallback(() => store.get(key), [store, key]);
  return useSyncExternalStore(subscribe, getSnapshot);
}

/** The row part of a claim as the grid shows it (claims.get also carries notes, citations, links). */
export function claimToRow(claim: Claim): ClaimRow {
  const { asserterText: _text, notes: _notes, citations: _citations, links: _links, ...row } = claim;
  return row;
}

/** Rows with one claim replaced (it stays where it was). */
export function replaceRow(rows: ClaimRow[], claim: Claim): ClaimRow[] {
  const index = rows.findIndex((r) => r.id === claim.id);
  if (index < 0) return rows;
  const next = rows.slice();
  next[index] = claimToRow(claim);
  return next;
}
