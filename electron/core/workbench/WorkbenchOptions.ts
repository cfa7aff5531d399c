/** How a host (Electron main, browser-mode server, tests, bench) sets up a workbench. */
export interface WorkbenchOptions {
  /** Where new projects are created and listed (browser mode lists only this folder). */
  projectsDir: string;
  /** Where recent projects and other app settings are kept. */
  settingsDir: string;
  /** Folder holding the sample project's texts (resources/sample). */
  sampleDir: string;
  /** The analyst's name, recorded as the author of every row they make. */
  userName: string;
  host: 'desktop' | 'browser';
  appVersion: string;
  /** Path of the built HTML-parsing worker script; when absent, HTML is parsed in-process (tests). */
  htmlWorkerPath?: string;
  /** Path of the built .qdpx-reading worker script; when absent, .qdpx files are read in-process (tests). */
  qdpxWorkerPath?: string;
  /** The clock for backups (when one is due, how it is named); Date.now unless a test moves time on. */
  now?: () => number;
  /** Path of the built import worker (reads .txt/.md/.html/.docx/.pdf for batch imports); absent: read in-process (tests). */
  importWorkerPath?: string;
  /** Per-file limits of the import workers; defaults in ImportWorkerPool. */
  importTimeoutMs?: number;
  importWorkers?: number;
  /** Heap limit of each import worker in MB. */
  importMemoryMb?: number;
}
