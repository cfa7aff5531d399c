import { useCallback, useContext, useEffect, useEffectEvent } from 'react';
import { NavigationContext } from '../app/Navigation';

/** The Claims view's id in renderer/app/views.tsx. */
export const CLAIMS_VIEW_ID = 'claims';

export interface ClaimsViewRequest {
  /** Open this claim in the panel. */
  claimId?: string;
  /** Show only claims by or about this entity. */
  entityId?: string;
}

let pending: ClaimsViewRequest | null = null;
const listeners = new Set<() => void>();

/**
 * Asks the Claims view to open a claim or filter by an entity. It may not be
 * mounted yet (views mount on first visit), so the request waits for it.
 */
export function requestClaimsView(request: ClaimsViewRequest): void {
  pending = request;
  for (const listener of listeners) listener();
}

/** The Claims view takes requests as they come, and the one waiting when it mounts. */
export function useClaimsViewRequests(handle: (request: ClaimsViewRequest) => void): void {
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

/**
 * For other views (entity page, reader): show a claim, or the claims about an
 * entity, in the Claims view. Works without the app shell too (tests), where it only records the request.
 */
export function useShowInClaims(): (request: ClaimsViewRequest) => void {
  const nav = useContext(NavigationContext);
  return useCallback(
    (request: ClaimsViewRequest) => {
      requestClaimsView(request);
      nav?.go(CLAIMS_VIEW_ID);
    },
    [nav],
  );
}
