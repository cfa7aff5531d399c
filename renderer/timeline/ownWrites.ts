import type { DossierEvents } from '../../shared/api/contract';
import type { DossierClient } from '../api/DossierClient';

type Topics = DossierEvents['project.changed']['topics'];

/** If an echo never comes (a lost event), stop waiting for it after this long. */
const ECHO_WAIT_MS = 3000;

/**
 * Core answers every successful write with one project.changed event. Writes
 * made from the Timelines view already refresh what they change (the query
 * cache through useMutate, the grid's 100,000 rows patched in place), so that one event, the
 * echo, is skipped here; changes made elsewhere (the reader, another window,
 * the API) still reach the listeners.
 */
class OwnWrites {
  private expected = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<(topics: Topics) => void>();

  constructor(client: DossierClient) {
    client.on('project.changed', ({ topics }) => {
      if (this.expected > 0) {
        this.expected -= 1;
        return;
      }
      for (const listener of this.listeners) listener(topics);
    });
  }

  async run<T>(write: () => Promise<T>): Promise<T> {
    this.expected += 1;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.expected = 0), ECHO_WAIT_MS);
    try {
      return await write();
    } catch (error) {
      // A failed write changes nothing and sends no event.
      this.expected = Math.max(0, this.expected - 1);
      throw error;
    }
  }

  onForeignChange(listener: (topics: Topics) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

const hubs = new WeakMap<DossierClient, OwnWrites>();

function hubFor(client: DossierClient): OwnWrites {
  let hub = hubs.get(client);
  if (!hub) {
    hub = new OwnWrites(client);
    hubs.set(client, hub);
  }
  return hub;
}

/** Runs a write from the Timelines view, so that its echo is not taken for someone else's change. */
export function ownWrite<T>(client: DossierClient, write: () => Promise<T>): Promise<T> {
  return hubFor(client).run(write);
}

/** Project changes not made from the Timelines view. */
export function onForeignChange(client: DossierClient, listener: (topics: Topics) => void): () => void {
  return hubFor(client).onForeignChange(listener);
}
