/**
 * Worker-thread entry (built to out/main/importWorker.js): reads imported files (.txt, .md,
 * .html, .docx, .pdf) posted to it one at a time and posts back each one's text or the reason
 * it failed. ImportWorkerPool runs it with memory limits and a time limit per file, so a
 * hostile file costs a worker, not the app.
 */
import { parentPort } from 'node:worker_threads';
import { handleImportWorkerMessage } from './importWorkerProtocol';

if (parentPort) {
  const port = parentPort;
  port.on('message', (message: unknown) => {
    void handleImportWorkerMessage(message).then((reply) => port.postMessage(reply));
  });
}
