import { Worker } from 'node:worker_threads';
import { DossierError } from '../../../shared/api/errors';
import type { HtmlArticle } from './htmlToArticle';
import { isHtmlWorkerResponse, type HtmlWorkerRequest } from './htmlWorkerProtocol';

export interface HtmlWorkerOptions {
  /** The built worker script (out/main/htmlWorker.js). */
  workerPath: string;
  /** Give up and stop the worker after this long. */
  timeoutMs?: number;
}

export const HTML_WORKER_TIMEOUT_MS = 20_000;
/** jsdom needs up to ~100× the page's size in memory: enough for pages of several MB, not for hostile ones. */
export const HTML_WORKER_RESOURCE_LIMITS = { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 };
/** A batch import of 200 pages must not start 200 parsers at once. */
export const MAX_CONCURRENT_HTML_WORKERS = 2;

let running = 0;
const waiting: Array<() => void> = [];

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
 * MAX_CONCURRENT_HTML_WORKERS run at once; the time limit starts when a page's worker does.
 */
export async function htmlToArticleInWorker(request: HtmlWorkerRequest, options: HtmlWorkerOptions): Promise<HtmlArticle> {
  await acquireSlot();
  try {
    return await runWorker(request, options);
  } finally {
    releaseSlot();
  }
}

function runWorker(request: HtmlWorkerRequest, options: HtmlWorkerOptions): Promise<HtmlArticle> {
  const timeoutMs = options.timeoutMs ?? HTML_WORKER_TIMEOUT_MS;
  const limit = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`;
  return new Promise<HtmlArticle>((resolve, reject) => {
    let settled = false;
    let worker: Worker;
    try {
      worker = new Worker(options.workerPath, { workerData: request, resourceLimits: HTML_WORKER_RESOURCE_LIMITS });
    } catch (error) {
      reject(crashError(request.fileName, error));
      return;
    }
    const finish = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => {
      finish(() =>
        reject(
          new DossierError(
            'FILE_UNSUPPORTED',
            `"${request.fileName}" took too long to parse (over ${limit}) and was not imported.`,
          ),
        ),
      );
    }, timeoutMs);
    worker.once('message', (message: unknown) => {
      finish(() => {
        if (!isHtmlWorkerResponse(message)) reject(crashError(request.fileName, new Error('unexpected reply')));
        else if ('error' in message) reject(DossierError.fromPayload(message.error));
        else resolve(message.article);
      });
    });
    worker.once('error', (error) => finish(() => reject(crashError(request.fileName, error))));
    worker.once('exit', (exitCode) =>
      finish(() => reject(crashError(request.fileName, new Error(`exit code ${exitCode}`)))),
    );
  });
}
