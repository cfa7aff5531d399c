import { resolveStaticPath } from '../../core/appAssets/resolveStaticPath';
import { APP_ORIGIN } from './appOrigin';

/**
 * Maps an app:// request URL to a file inside the built renderer, or null when the
 * URL is not ours or its path could escape `root`. The raw path is checked (before
 * any URL normalization) so encoded dot segments and separators are refused too.
 */
export function resolveAppAsset(requestUrl: string, root: string): string | null {
  const prefix = `${APP_ORIGIN}/`;
  if (!requestUrl.startsWith(prefix)) return null;
  let path = requestUrl.slice(prefix.length - 1);
  const end = path.search(/[?#]/);
  if (end !== -1) path = path.slice(0, end);
  return resolveStaticPath(root, path);
}
