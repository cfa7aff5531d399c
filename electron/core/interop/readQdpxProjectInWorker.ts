import { Worker } from 'node:worker_threads';
import { DossierError, isErrorPayload, type ErrorPayload } from '../../../shared/api/errors';
import { readQdpxProject, type QdpxProject } from './readQdpxProject';

export const QDPX_WORKER_TIMEOUT_MS = 60_000;
/** The archive may unpack to 256 MB of text, held as strings and as the parsed tree. */
const QDPX_WORKER_RESOURCE_LIMITS = { maxOldGenerationSizeMb: 2048, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 };

interface QdpxWorkerRequest {
  bytes: Uint8Array;
  fileName: string;
}

type QdpxWorkerReply = { ok: true; project: QdpxProject } | { ok: false; error: ErrorPayload };

/** What the worker does with the one request it gets (also callable in-thread). */
export function handleQdpxWorkerRequest(message: unknown): QdpxWorkerReply {
  const request = message as QdpxWorkerRequest;
  try {
    return { ok: true, project: readQdpxProject(request.bytes, request.fileName) };
  } catch (error) {
    if (error instanceof DossierError) return { ok: false, error: error.toPayload() };
    return { ok: false, error: { code: 'INTERNAL', message: `“${request.fileName}” could not be read: ${(error as Error).message}` } };
  }
}

/**
 * readQdpxProject in a worker thread with memory and time limits: a file that makes the
 * parser run out of memory or loop ends that worker, never the app.
 */
export function readQdpxProjectInWorker(bytes: Uint8Array, fileName: string, workerPath: string, timeoutMs = QDPX_WORKER_TIMEOUT_MS): Promise<QdpxProject> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerPath, { resourceLimits: QDPX_WORKER_RESOURCE_LIMITS });
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () => finish(() => reject(new DossierError('FILE_TOO_LARGE', `“${fileName}” took longer than ${timeoutMs / 1000} s to read, so Dossier stopped; it is too large or malformed.`))),
      timeoutMs,
    );
    worker.once('message', (reply: QdpxWorkerReply) =>
      finish(() => {
        if (reply.ok) resolve(reply.project);
        else if (isErrorPayload(reply.error)) reject(DossierError.fromPayload(reply.error));
        else reject(new Error('the .qdpx worker answered nonsense'));
      }),
    );
    worker.once('error', (error: Error & { code?: string }) =>
      finish(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new DossierError('FILE_TOO_LARGE', `“${fileName}” could not be read: it needs more memory than Dossier allows for an import.`)
            : new DossierError('FILE_UNSUPPORTED', `“${fileName}” could not be read: the reader failed on it (${error.message}).`),
        ),
      ),
    );
    worker.once('exit', (code) =>
      finish(() => reject(new DossierError('FILE_UNSUPPORTED', `“${fileName}” could not be read: the reader stopped unexpectedly (code ${code}).`))),
    );
    const copy = new Uint8Array(bytes);
    worker.postMessage({ bytes: copy, fileName } satisfies QdpxWorkerRequest, [copy.buffer]);
  });
}
