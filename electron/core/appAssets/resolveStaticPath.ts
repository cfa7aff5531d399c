import { resolve, sep } from 'node:path';

// Encoded '/', '\' and NUL: a path segment must never smuggle a separator past the split.
const encodedSeparator = /%(?:2f|5c|00)/i;

/**
 * Maps the path part of a request URL to a file inside `root`, or null when the
 * path could reach anything outside it. Shared by browser mode and the desktop
 * app:// handler. `/` maps to index.html.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  if (!urlPath.startsWith('/') || urlPath.length > 2048) return null;
  if (urlPath.includes('\\') || urlPath.includes('\0') || encodedSeparator.test(urlPath)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\\') || decoded.includes('\0')) return null;
  const segments = decoded.split('/').slice(1);
  if (segments.length === 1 && segments[0] === '') return resolveInside(root, ['index.html']);
  for (const segment of segments) {
    // Empty segments ('//', trailing '/'), dot segments, hidden files and drive letters are never build output.
    if (segment === '' || segment.startsWith('.') || segment.includes(':')) return null;
  }
  return resolveInside(root, segments);
}

function resolveInside(root: string, segments: string[]): string | null {
  const base = resolve(root);
  const full = resolve(base, ...segments);
  return full.startsWith(base + sep) ? full : null;
}
