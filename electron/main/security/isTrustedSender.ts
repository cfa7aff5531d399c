import { hasOrigin, isAppUrl } from './appOrigin';

/**
 * Validates an IPC sender: only the main frame of a page served from app://dossier/
 * (or, in development, from the renderer dev server) may call the API. Subframes
 * and anything navigated elsewhere are refused.
 */
export function isTrustedSender(senderUrl: string | null | undefined, isMainFrame: boolean, devServerOrigin?: string): boolean {
  if (!isMainFrame || typeof senderUrl !== 'string') return false;
  if (isAppUrl(senderUrl)) return true;
  return devServerOrigin !== undefined && hasOrigin(senderUrl, devServerOrigin);
}
