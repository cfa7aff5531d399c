import { useCallback, useContext } from 'react';
import { NavigationContext } from '../app/Navigation';
import { createViewRequests } from '../app/viewRequests';

/** The Entities view's id in renderer/app/views.tsx. */
export const ENTITIES_VIEW_ID = 'entities';

const requests = createViewRequests<{ entityId: string }>();

/** The Entities view opens the page asked for, now or when it mounts. */
export const useEntitiesViewRequests = requests.useRequests;

/** For other views (the reader's mention cards): an entity's page, with focus on its name. */
export function useShowEntityPage(): (entityId: string) => void {
  const nav = useContext(NavigationContext);
  return useCallback(
    (entityId: string) => {
      requests.request({ entityId });
      nav?.go(ENTITIES_VIEW_ID);
    },
    [nav],
  );
}
