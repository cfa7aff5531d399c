import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The timeline axis alone on a page with generated events, for the bench and screenshots; never part of the app bundle. */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '../../../out/axisHarness'),
    emptyOutDir: true,
  },
});
