import { useEffect, useEffectEvent } from 'react';

export interface TimelinesViewRequest {
  /** Show this timeline (null: All events). */
  timelineId: string | null;
  /** Select this event. */
  eventId?: string;
}

let pending: TimelinesViewRequest | null = null;
const listeners = new Set<() => void>();

/** Asks the Timelines view to show an event; it may not be mounted yet (views mount on first visit), so the request waits. */
export function requestTimelinesView(request: TimelinesViewRequest): void {
  pending = request;
  for (const listener of listeners) listener();
}

export function useTimelinesViewRequests(handle: (request: TimelinesViewRequest) => void): void {
  const onRequest = useEffectEvent(handle);
  useEffect(() => {
    const take = () => {
      const request = pending;
      pending = null;
      if (request) onRequest(request);
    };
    listeners.add(take);
    take();
    return () => {
      listeners.delete(take);
    };
  }, []);
}
