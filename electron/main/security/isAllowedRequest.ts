import { hasOrigin, isAppUrl } from './appOrigin';

export interface RequestPolicy {
  /** Development only: DevTools' own pages. */
  allowDevtools: boolean;
  /** Development only: electron-vite's renderer dev server (http and its HMR websocket). */
  devServerOrigin?: string;
}

/**
 * Decides, for session.webRequest.onBeforeRequest, whether a request may proceed.
 * The app works with the network unplugged: only its own app:// files, and inline
 * data:/blob: URLs (which never leave the process), are allowed.
 */
export function isAllowedRequest(url: string, policy: RequestPolicy): boolean {
  if (isAppUrl(url)) return true;
  if (url.startsWith('data:')) return true;
  if (url.startsWith('blob:')) return isAppUrl(url.slice('blob:'.length));
  if (policy.allowDevtools && url.startsWith('devtools://')) return true;
  if (policy.devServerOrigin !== undefined) {
    const dev = policy.devServerOrigin;
    if (hasOrigin(url, dev)) return true;
    // Vite's HMR socket: the same host and port over ws://.
    if (url.startsWith('ws://') && hasOrigin(`http://${url.slice('ws://'.length)}`, dev)) return true;
  }
  return false;
}
