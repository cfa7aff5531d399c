import { useCallback, useContext } from 'react';
import { NavigationContext } from '../app/Navigation';
import { createViewRequests } from '../app/viewRequests';

/** The Memos view's id in renderer/app/views.tsx. */
export const MEMOS_VIEW_ID = 'memos';

const requests = createViewRequests<{ memoId: string }>();

/** The Memos view opens the memo asked for, now or when it mounts. */
export const useMemosViewRequests = requests.useRequests;

/** For other views (search): open a memo in the editor. */
export function useShowMemo(): (memoId: string) => void {
  const nav = useContext(NavigationContext);
  return useCallback(
    (memoId: string) => {
      requests.request({ memoId });
      nav?.go(MEMOS_VIEW_ID, { focus: true });
    },
    [nav],
  );
}
