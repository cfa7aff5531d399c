import { Worker } from 'node:worker_threads';
import { DossierError } from '../../../shared/api/errors';
import type { HtmlArticle } from './htmlToArticle';
import { isHtmlWorkerReply, type HtmlWorkerMessage, type HtmlWorkerRequest } from './htmlWorkerProtocol';

export interface HtmlWorkerOptions {
  /** The built worker script (out/main/htmlWorker.js). */
  workerPath: string;
  /** Give up on a page, and stop its worker, after this long. */
  timeoutMs?: number;
}

export const HTML_WORKER_TIMEOUT_MS = 20_000;
/** jsdom needs up to ~100× the page's size in memory: enough for pages of several MB, not for hostile ones. */
export const HTML_WORKER_RESOURCE_LIMITS = { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 };
/** A batch import of 200 pages must not start 200 parsers at once. */
export const MAX_CONCURRENT_HTML_WORKERS = 2;
/** Each worker pays about a second to load jsdom, so it reads several pages; then a fresh one starts clean. */
export const MAX_PAGES_PER_HTML_WORKER = 50;
/** An idle worker is stopped after this long. */
export const HTML_WORKER_IDLE_MS = 30_000;

interface PooledWorker {
  worker: Worker;
  path: string;
  pages: number;
  idleTimer?: ReturnType<typeof setTimeout>;
  onIdleExit?: () => void;
}

let running = 0;
const waiting: Array<() => void> = [];
const idleWorkers: PooledWorker[] = [];
let nextMessageId = 1;

function acquireSlot(): Promise<void> {
  if (running < MAX_CONCURRENT_HTML_WORKERS) {
    running++;
    return Promise.resolve();
  }
  // The slot is handed over directly by releaseSlot, so `running` stays the same.
  return new Promise((resolve) => waiting.push(resolve));
}

function releaseSlot(): void {
  const next = waiting.shift();
  if (next) next();
  else running--;
}

function takeWorker(path: string): PooledWorker {
  const index = idleWorkers.findIndex((pooled) => pooled.path === path);
  if (index >= 0) {
    const pooled = idleWorkers.splice(index, 1)[0]!;
    clearTimeout(pooled.idleTimer);
    if (pooled.onIdleExit) pooled.worker.off('exit', pooled.onIdleExit);
    pooled.worker.ref();
    return pooled;
  }
  const worker = new Worker(path, { resourceLimits: HTML_WORKER_RESOURCE_LIMITS });
  return { worker, path, pages: 0 };
}

function retire(pooled: PooledWorker): void {
  pooled.worker.removeAllListeners();
  // A stopped worker may still report its exit; nobody is listening any more.
  pooled.worker.on('error', () => undefined);
  void pooled.worker.terminate();
}

function keepIdle(pooled: PooledWorker): void {
  if (pooled.pages >= MAX_PAGES_PER_HTML_WORKER) {
    retire(pooled);
    return;
  }
  const leavePool = (): void => {
    const index = idleWorkers.indexOf(pooled);
    if (index >= 0) idleWorkers.splice(index, 1);
  };
  // An idle worker must not keep the app (or a test run) from exiting.
  pooled.worker.unref();
  pooled.idleTimer = setTimeout(() => {
    leavePool();
    retire(pooled);
  }, HTML_WORKER_IDLE_MS);
  pooled.idleTimer.unref();
  pooled.onIdleExit = leavePool;
  pooled.worker.once('exit', leavePool);
  idleWorkers.push(pooled);
}

function crashError(fileName: string, error: unknown): DossierError {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new DossierError('FILE_UNSUPPORTED', `"${fileName}" needed more memory to parse than Dossier allows; it was not imported.`);
  }
  if (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND' || code === 'ENOENT') {
    return new DossierError('INTERNAL', `Dossier's HTML reader is missing from this installation, so "${fileName}" could not be imported.`);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new DossierError('FILE_UNSUPPORTED', `Dossier's HTML reader stopped while parsing "${fileName}" (${detail}); it was not imported.`);
}

/**
 * Parses a page with htmlToArticle in a worker thread with memory and time limits: a page
 * that hangs the parser or exhausts its memory costs one worker, not the app. At most
 * MAX_CONCURRENT_HTML_WORKERS pages are parsed at once; the time limit starts when a page's
 * parsing does. Workers are reused for the next pages and replaced after any failure.
 */
export async function htmlToArticleInWorker(request: HtmlWorkerRequest, options: HtmlWorkerOptions): Promise<HtmlArticle> {
  await acquireSlot();
  try {
    return await parseInWorker(request, options);
  } finally {
    releaseSlot();
  }
}

function parseInWorker(request: HtmlWorkerRequest, options: HtmlWorkerOptions): Promise<HtmlArticle> {
  const timeoutMs = options.timeoutMs ?? HTML_WORKER_TIMEOUT_MS;
  const limit = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`;
  return new Promise<HtmlArticle>((resolve, reject) => {
    let pooled: PooledWorker;
    try {
      pooled = takeWorker(options.workerPath);
    } catch (error) {
      reject(crashError(request.fileName, error));
      return;
    }
    const { worker } = pooled;
    const id = nextMessageId++;
    let settled = false;

    const finish = (outcome: () => void, reusable: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (reusable) keepIdle(pooled);
      else retire(pooled);
      outcome();
    };
    const onMessage = (reply: unknown): void => {
      if (!isHtmlWorkerReply(reply) || reply.id !== id) {
        finish(() => reject(crashError(request.fileName, new Error('unexpected reply'))), false);
        return;
      }
      pooled.pages++;
      const { response } = reply;
      if ('error' in response) finish(() => reject(DossierError.fromPayload(response.error)), true);
      else finish(() => resolve(response.article), true);
    };
    const onError = (error: Error): void => finish(() => reject(crashError(request.fileName, error)), false);
    const onExit = (exitCode: number): void =>
      finish(() => reject(crashError(request.fileName, new Error(`exit code ${exitCode}`))), false);
    const timer = setTimeout(() => {
      finish(
        () => reject(new DossierError('FILE_UNSUPPORTED', `"${request.fileName}" took too long to parse (over ${limit}) and was not imported.`)),
        false,
      );
    }, timeoutMs);

    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
    const message: HtmlWorkerMessage = { id, request };
    // A worker thread, not a window: there is no target origin.
    // oxlint-disable-next-line unicorn/require-post-message-target-origin
    worker.postMessage(message);
  });
}
