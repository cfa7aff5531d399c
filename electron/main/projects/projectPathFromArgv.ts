import { isAbsolute, resolve } from 'node:path';

/**
 * The .dossier file named on a command line (double-click, "Open with", a second
 * instance), resolved against that process's working directory; null when none.
 */
export function projectPathFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  for (let i = argv.length - 1; i >= 1; i -= 1) {
    const arg = argv[i]!;
    if (arg.startsWith('-')) continue;
    if (!arg.toLowerCase().endsWith('.dossier')) continue;
    return isAbsolute(arg) ? resolve(arg) : resolve(workingDirectory, arg);
  }
  return null;
}
