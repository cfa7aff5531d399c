/**
 * Browser mode's command-line entry (built to out/main/browser.js): the workbench
 * behind a loopback HTTP server, for machines where Electron cannot run.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { createWorkbench } from '../core/workbench/createWorkbench';
import { createBrowserServer } from './createBrowserServer';
import { browserUsage, parseBrowserArgs, type BrowserArgs } from './parseBrowserArgs';

const DEFAULT_PORT = 5183;
// The built file lives in out/main; the repository is two levels up.
const here = import.meta.dirname;
const repoRoot = resolve(here, '../..');

function defaultProjectsDir(): string {
  const documents = join(homedir(), 'Documents');
  return existsSync(documents) ? join(documents, 'Dossier') : join(homedir(), 'Dossier');
}

function defaultSettingsDir(): string {
  const xdg = process.env.XDG_CONFIG_HOME;
  return join(xdg !== undefined && xdg !== '' ? xdg : join(homedir(), '.config'), 'dossier');
}

function appVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

async function run(args: BrowserArgs): Promise<void> {
  const projectsDir = resolve(args.projectsDir ?? defaultProjectsDir());
  const settingsDir = resolve(args.settingsDir ?? defaultSettingsDir());
  mkdirSync(projectsDir, { recursive: true });
  mkdirSync(settingsDir, { recursive: true });

  const workbench = createWorkbench({
    projectsDir,
    settingsDir,
    sampleDir: join(repoRoot, 'resources', 'sample'),
    userName: userInfo().username,
    host: 'browser',
    appVersion: appVersion(),
    htmlWorkerPath: join(here, 'htmlWorker.js'),
    qdpxWorkerPath: join(here, 'qdpxWorker.js'),
    importWorkerPath: join(here, 'importWorker.js'),
  });
  const server = await createBrowserServer({
    workbench,
    staticRoot: join(repoRoot, 'out', 'renderer'),
    port: args.port ?? DEFAULT_PORT,
    fallbackToFreePort: args.port === undefined,
    token: args.token,
    hostName: args.hostName,
  }).catch((error: unknown) => {
    workbench.close();
    throw error;
  });

  console.log(`Dossier (browser mode) is running at ${server.url}`);
  console.log(`Projects folder: ${projectsDir}`);

  let stopping = false;
  const finish = (): void => {
    workbench.close();
    process.exit(0);
  };
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    // Close the project (checkpointing its WAL) even if a connection lingers past the grace period.
    const grace = setTimeout(finish, 2000);
    void server.close().finally(() => {
      clearTimeout(grace);
      finish();
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

let args: BrowserArgs;
try {
  args = parseBrowserArgs(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
if (args.help) {
  console.log(browserUsage);
} else {
  run(args).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      console.error(`Port ${args.port} is already in use. Pick another with --port, or leave it out to use a free one.`);
    } else {
      console.error('Dossier (browser mode) could not start:', error instanceof Error ? error.message : error);
    }
    process.exit(1);
  });
}
