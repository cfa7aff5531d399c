import { mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { repoRoot } from './testWorkbench';

let built: Promise<string> | null = null;

/**
 * Builds the real import worker (electron/core/sources/importWorker.ts) the way the app does, once
 * per test file, into node_modules/.cache so its packages (mammoth, pdf.js, jsdom) resolve.
 */
export function buildImportWorker(): Promise<string> {
  built ??= (async () => {
    // Never in the repository itself: lint and git would see it.
    const cache = path.join(repoRoot, 'node_modules/.cache');
    mkdirSync(cache, { recursive: true });
    const outDir = mkdtempSync(path.join(cache, 'import-worker-'));
    await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        ssr: path.join(repoRoot, 'electron/core/sources/importWorker.ts'),
        outDir,
        emptyOutDir: true,
        minify: false,
        rolldownOptions: { output: { entryFileNames: 'importWorker.js', format: 'es' } },
      },
    });
    return path.join(outDir, 'importWorker.js');
  })();
  return built;
}
