import { hasOrigin, isAppUrl } from './appOrigin';

/** Pages may only navigate within the app itself (and, in development, the renderer dev server). */
export function isAllowedNavigation(url: string, devServerOrigin?: string): boolean {
  return isAppUrl(url) || (devServerOrigin !== undefined && hasOrigin(url, devServerOrigin));
}
