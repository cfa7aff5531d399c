import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          // Browser mode: the same core behind a loopback HTTP server, for machines without Electron.
          browser: resolve(import.meta.dirname, 'electron/browser/main.ts'),
          // Parses untrusted HTML off the main thread, in a worker with memory limits.
          htmlWorker: resolve(import.meta.dirname, 'electron/core/sources/htmlWorker.ts'),
          // Unzips and parses untrusted .qdpx files (REFI-QDA projects) the same way.
          qdpxWorker: resolve(import.meta.dirname, 'electron/core/interop/qdpxWorker.ts'),
          // Reads batch-imported files (.docx with mammoth, .pdf with pdf.js, text, HTML) with time and memory limits per file.
          importWorker: resolve(import.meta.dirname, 'electron/core/sources/importWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'renderer/index.html') },
      },
    },
  },
});
