import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import { changeTopics, type ChangeTopic } from '../../shared/api/events';
import type { DossierClient } from './DossierClient';

export type Topic = ChangeTopic;
export const allTopics: readonly Topic[] = changeTopics;

export interface QueryState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
}

interface Entry {
  method: MethodName;
  input: unknown;
  topics: readonly Topic[];
  state: QueryState<unknown>;
  inFlight: boolean;
  stale: boolean;
  listeners: Set<() => void>;
}

/**
 * A small shared cache of read calls. Several views can show the same list;
 * a change (ours, or pushed by core as project.changed) refetches only the
 * queries that depend on the changed topics and only while someone watches them.
 */
export class QueryCache {
  private readonly entries = new Map<string, Entry>();
  private changesReported = 0;

  constructor(private readonly client: DossierClient) {}

  /** Core reported a change (project.changed): refetch what depends on it. */
  reportChange(topics: readonly Topic[]): void {
    this.changesReported += 1;
    this.invalidate(topics);
  }

  /** How many changes core has reported so far: a write compares it before and after to see whether its echo came. */
  get changeCount(): number {
    return this.changesReported;
  }

  static key(method: MethodName, input: unknown): string {
    return `${method}:${JSON.stringify(input)}`;
  }

  /** Registers interest; returns the unsubscribe function. Fetches on first interest. */
  subscribe<M extends MethodName>(method: M, input: MethodInput<M>, topics: readonly Topic[], listener: () => void): () => void {
    const key = QueryCache.key(method, input);
    let entry = this.entries.get(key);
    if (!entry) {
      entry = {
        method,
        input,
        topics,
        state: { data: undefined, error: undefined, loading: true },
        inFlight: false,
        stale: true,
        listeners: new Set(),
      };
      this.entries.set(key, entry);
    }
    entry.listeners.add(listener);
    if (entry.stale && !entry.inFlight) void this.fetch(entry);
    const current = entry;
    return () => {
      current.listeners.delete(listener);
      // Forget unwatched queries so that a later view starts fresh rather than from old data.
      if (current.listeners.size === 0 && !current.inFlight) this.entries.delete(key);
    };
  }

  getState<M extends MethodName>(method: M, input: MethodInput<M>): QueryState<MethodOutput<M>> {
    const entry = this.entries.get(QueryCache.key(method, input));
    return (entry?.state ?? LOADING) as QueryState<MethodOutput<M>>;
  }

  invalidate(topics: readonly Topic[]): void {
    for (const entry of this.entries.values()) {
      if (!entry.topics.some((t) => topics.includes(t))) continue;
      entry.stale = true;
      if (entry.listeners.size > 0 && !entry.inFlight) void this.fetch(entry);
    }
  }

  reload(method: MethodName, input: unknown): void {
    const entry = this.entries.get(QueryCache.key(method, input));
    if (!entry) return;
    entry.stale = true;
    if (!entry.inFlight) void this.fetch(entry);
  }

  private async fetch(entry: Entry): Promise<void> {
    entry.inFlight = true;
    entry.stale = false;
    if (!entry.state.loading && entry.state.data === undefined) this.setState(entry, { ...entry.state, loading: true });
    try {
      const data = await this.client.call(entry.method, entry.input as never);
      // A refetch that changes nothing keeps the same object, so views that compare by reference do not redraw.
      // Compared in place: turning a 50,000-claim answer into JSON again took longer than parsing it.
      const unchanged = entry.state.data !== undefined && deepEqual(entry.state.data, data);
      if (unchanged && !entry.state.error && !entry.state.loading) return;
      this.setState(entry, { data: unchanged ? entry.state.data : data, error: undefined, loading: false });
    } catch (error) {
      this.setState(entry, { data: entry.state.data, error: error instanceof Error ? error : new Error(String(error)), loading: false });
    } finally {
      entry.inFlight = false;
      if (entry.listeners.size === 0) this.entries.delete(QueryCache.key(entry.method, entry.input));
      else if (entry.stale) void this.fetch(entry);
    }
  }

  private setState(entry: Entry, state: QueryState<unknown>): void {
    entry.state = state;
    for (const listener of entry.listeners) listener();
  }
}

const LOADING: QueryState<never> = { data: undefined, error: undefined, loading: true };

/** Structural equality of two API answers (JSON values: plain objects, arrays, strings, numbers, booleans, null). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(b, key) || !deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}
