import type { PickedFile } from '../../shared/api/host';
import type { ImportJobState } from '../../shared/api/types';
import type { DossierClient } from '../api/DossierClient';
import { errorMessage } from '../ui/errorMessage';
import { precheckFile } from './runImport';

/** Each request carries at most this much base64 (the server takes 100 MB) and this many files. */
export const MAX_CHUNK_CHARS = 8 * 1024 * 1024;
export const MAX_CHUNK_FILES = 20;

type JobFile = { name: string; dataBase64: string } | { name: string; problem: string };

/**
 * Runs a batch import as a core job: starts it, then sends the files a few at a time (reading
 * each only when it is sent), and waits for the job to end. Progress comes as import.progress
 * events (the caller listens with onStarted's job id); a file that cannot be read or is refused
 * by the pre-check is sent as a problem, so the summary lists it with the rest.
 */
export async function runImportJob(
  client: Pick<DossierClient, 'call' | 'on'>,
  files: readonly PickedFile[],
  onStarted: (jobId: string) => void,
): Promise<ImportJobState> {
  const { jobId } = await client.call('sources.importJob.start', { total: files.length, reviewImperfect: true });
  const ended = new Promise<void>((resolve) => {
    const stop = client.on('import.progress', (progress) => {
      if (progress.jobId === jobId && progress.finished) {
        stop();
        resolve();
      }
    });
  });
  onStarted(jobId);

  let chunk: JobFile[] = [];
  let chunkChars = 0;
  let cancelled = false;
  const send = async () => {
    if (chunk.length === 0 || cancelled) return;
    const sending = chunk;
    chunk = [];
    chunkChars = 0;
    cancelled = (await client.call('sources.importJob.add', { jobId, files: sending })).cancelled;
  };
  for (const file of files) {
    if (cancelled) break;
    const problem = precheckFile(file);
    let item: JobFile;
    if (problem) item = { name: file.name, problem };
    else {
      try {
        item = { name: file.name, dataBase64: file.read ? await file.read() : file.dataBase64 };
      } catch (error) {
        item = { name: file.name, problem: errorMessage(error) };
      }
    }
    const size = 'dataBase64' in item ? item.dataBase64.length : 0;
    if (chunk.length > 0 && (chunkChars + size > MAX_CHUNK_CHARS || chunk.length >= MAX_CHUNK_FILES)) await send();
    chunk.push(item);
    chunkChars += size;
  }
  await send();
  // The last event ends the wait; asking now and then covers an event stream that dropped it.
  for (;;) {
    const state = await client.call('sources.importJob.get', { jobId });
    if (state.finished) return state;
    await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 1000))]);
  }
}
