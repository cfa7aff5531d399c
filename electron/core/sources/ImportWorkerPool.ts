import { Worker, type ResourceLimits } from 'node:worker_threads';
import { DossierError } from '../../../shared/api/errors';
import type { ExtractedSource } from './extractSourceFile';
import { handleImportWorkerRequest, isImportWorkerReply, type ImportWorkerMessage } from './importWorkerProtocol';

export interface ImportWorkerPoolOptions {
  /** The built worker (out/main/importWorker.js). Without it files are read on this thread: for tests of the rest. */
  workerPath?: string;
  /** Files read at once; each in its own worker. */
  size?: number;
  /** Per file, from when its worker gets it. */
  timeoutMs?: number;
  resourceLimits?: ResourceLimits;
  /** A worker reads this many files, then a fresh one starts clean. */
  filesPerWorker?: number;
}

export const IMPORT_WORKER_TIMEOUT_MS = 30_000;
/** A worker's parsers get fast as the JIT warms up to them: it reads this many files before a fresh one starts clean. */
export const FILES_PER_WORKER = 1000;
/** jsdom and pdf.js need a few hundred MB on large files; a bomb or a runaway parser hits this wall, not the app's. */
export const IMPORT_WORKER_RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 768, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 };

interface Slot {
  worker: Worker;
  files: number;
  idleTimer?: ReturnType<typeof setTimeout>;
}

/** An idle worker is stopped after this long: a pool kept between imports does not hold its memory for ever. */
export const IMPORT_WORKER_IDLE_MS = 30_000;

const seconds = (ms: number): string => (ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`);

/**
 * Reads files in worker threads, a few at a time, each with a time and memory limit: a file
 * that hangs its parser, exhausts its memory or kills its worker fails alone, with a message,
 * and the worker is replaced. close() stops them all (a cancelled batch).
 */
export class ImportWorkerPool {
  private readonly size: number;
  private readonly timeoutMs: number;
  private readonly idle: Slot[] = [];
  private readonly busy = new Set<Slot>();
  private readonly waiting: Array<() => void> = [];
  private running = 0;
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: ImportWorkerPoolOptions) {
    this.size = Math.max(1, options.size ?? 2);
    this.timeoutMs = options.timeoutMs ?? IMPORT_WORKER_TIMEOUT_MS;
  }

  async extract(name: string, bytes: Uint8Array): Promise<ExtractedSource> {
    if (!this.options.workerPath) {
      const response = await handleImportWorkerRequest({ name, bytes });
      if ('error' in response) throw DossierError.fromPayload(response.error);
      return response.extracted;
    }
    await this.acquire();
    try {
      return await this.run(name, bytes);
    } finally {
      this.release();
    }
  }

  /** Stops every worker; files being read fail, files not started are not read. */
  close(): void {
    this.closed = true;
    for (const slot of [...this.idle, ...this.busy]) {
      clearTimeout(slot.idleTimer);
      void slot.worker.terminate();
    }
    this.idle.length = 0;
    for (const wake of this.waiting.splice(0)) wake();
  }

  private acquire(): Promise<void> {
    if (this.running < this.size) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }

  private take(): Slot {
    const slot = this.idle.pop();
    if (slot) {
      clearTimeout(slot.idleTimer);
      return slot;
    }
    const worker = new Worker(this.options.workerPath!, { resourceLimits: this.options.resourceLimits ?? IMPORT_WORKER_RESOURCE_LIMITS });
    // An idle worker must not keep the process alive.
    worker.unref();
    return { worker, files: 0 };
  }

  private run(name: string, bytes: Uint8Array): Promise<ExtractedSource> {
    const fileName = name.split(/[\\/]/).pop() || name;
    if (this.closed) return Promise.reject(new DossierError('FILE_UNSUPPORTED', `"${fileName}" was not read: the import was cancelled.`));
    return new Promise<ExtractedSource>((resolve, reject) => {
      let slot: Slot;
      try {
        slot = this.take();
      } catch (error) {
        reject(crashError(fileName, error));
        return;
      }
      this.busy.add(slot);
      const { worker } = slot;
      const id = this.nextId++;
      let settled = false;
      const finish = (outcome: () => void, reusable: boolean): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        this.busy.delete(slot);
        slot.files++;
        if (reusable && !this.closed && slot.files < (this.options.filesPerWorker ?? FILES_PER_WORKER)) {
          slot.idleTimer = setTimeout(() => {
            const at = this.idle.indexOf(slot);
            if (at >= 0) this.idle.splice(at, 1);
            void worker.terminate();
          }, IMPORT_WORKER_IDLE_MS);
          slot.idleTimer.unref();
          this.idle.push(slot);
        } else {
          worker.removeAllListeners();
          worker.on('error', () => undefined);
          void worker.terminate();
        }
        outcome();
      };
      const onMessage = (reply: unknown): void => {
        if (!isImportWorkerReply(reply) || reply.id !== id) {
          finish(() => reject(crashError(fileName, new Error('it answered something unexpected'))), false);
          return;
        }
        const { response } = reply;
        if ('error' in response) finish(() => reject(DossierError.fromPayload(response.error)), true);
        else finish(() => resolve(response.extracted), true);
      };
      const onError = (error: Error): void => finish(() => reject(crashError(fileName, error)), false);
      const onExit = (code: number): void =>
        finish(
          () =>
            reject(
              this.closed
                ? new DossierError('FILE_UNSUPPORTED', `"${fileName}" was not finished: the import was cancelled.`)
                : crashError(fileName, new Error(`exit code ${code}`)),
            ),
          false,
        );
      const timer = setTimeout(() => {
        finish(
          () => reject(new DossierError('FILE_UNSUPPORTED', `"${fileName}" took too long to read (over ${seconds(this.timeoutMs)}) and was not imported.`)),
          false,
        );
      }, this.timeoutMs);
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      const message: ImportWorkerMessage = { id, request: { name, bytes } };
      // A worker thread, not a window: there is no target origin.
      // oxlint-disable-next-line unicorn/require-post-message-target-origin
      worker.postMessage(message);
    });
  }
}

function crashError(fileName: string, error: unknown): DossierError {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new DossierError('FILE_UNSUPPORTED', `"${fileName}" needed more memory to read than Dossier allows; it was not imported.`);
  }
  if (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND' || code === 'ENOENT') {
    return new DossierError('INTERNAL', `Dossier's file reader is missing from this installation, so "${fileName}" could not be imported.`);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new DossierError('FILE_UNSUPPORTED', `Dossier's file reader stopped while reading "${fileName}" (${detail}); it was not imported.`);
}
