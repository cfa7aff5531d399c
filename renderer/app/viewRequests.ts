import { useEffect, useEffectEvent } from 'react';

export interface ViewRequests<T> {
  /** Asks the view for something; the latest request waits until the view takes it. */
  request(request: T): void;
  /** For the view: takes requests as they come, and the one waiting when it mounts. */
  useRequests(handle: (request: T) => void): void;
}

/**
 * A channel from other views into one view (open a claim, show an entity's
 * page). The view may not be mounted yet (views mount on first visit), so the
 * latest request waits for it.
 */
export function createViewRequests<T>(): ViewRequests<T> {
  let pending: T | null = null;
  const listeners = new Set<() => void>();
  return {
    request(request: T) {
      pending = request;
      for (const listener of listeners) listener();
    },
    useRequests(handle: (request: T) => void) {
      const onRequest = useEffectEvent(handle);
      useEffect(() => {
        const take = () => {
          const request = pending;
          pending = null;
          if (request !== null) onRequest(request);
        };
        listeners.add(take);
        take();
        return () => {
          listeners.delete(take);
        };
      }, []);
    },
  };
}
