import { useCallback, useContext } from 'react';
import { NavigationContext } from '../app/Navigation';
import { createViewRequests } from '../app/viewRequests';

/** The Claims view's id in renderer/app/views.tsx. */
export const CLAIMS_VIEW_ID = 'claims';

export interface ClaimsViewRequest {
  /** Open this claim in the panel. */
  claimId?: string;
  /** Show only claims by or about this entity. */
  entityId?: string;
}

const requests = createViewRequests<ClaimsViewRequest>();

/** Asks the Claims view to open a claim or filter by an entity, now or when it mounts. */
export const requestClaimsView = requests.request;

/** The Claims view takes requests as they come, and the one waiting when it mounts. */
export const useClaimsViewRequests = requests.useRequests;

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
