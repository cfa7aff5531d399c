import { createViewRequests } from '../app/viewRequests';

const requests = createViewRequests<{ at: number }>();

/** Opens the reader's find bar (the desktop menu's Find… while a source is open). */
export function requestFindInSource(): void {
  requests.request({ at: Date.now() });
}

export const useFindInSourceRequests = requests.useRequests;
