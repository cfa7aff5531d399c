import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';

function canonical(path: string, platform: NodeJS.Platform): string {
  let full = resolve(path);
  try {
    full = realpathSync.native(full);
  } catch {
    // A path that does not exist yet compares by its resolved spelling.
  }
  // Windows and macOS file systems are case-insensitive by default.
  return platform === 'win32' || platform === 'darwin' ? full.toLowerCase() : full;
}

/** True when two paths name the same file (resolved, symlinks followed). */
export function samePath(a: string, b: string, platform: NodeJS.Platform = process.platform): boolean {
  return canonical(a, platform) === canonical(b, platform);
}
