/**
 * Worker-thread entry (built to out/main/qdpxWorker.js): unzips, parses and checks one
 * untrusted .qdpx and posts back what it holds, or why it was refused. It runs with memory
 * and time limits set by readQdpxProjectInWorker, so a hostile file costs a worker, not the app.
 */
import { parentPort } from 'node:worker_threads';
import { handleQdpxWorkerRequest } from './readQdpxProjectInWorker';

if (parentPort) {
  const port = parentPort;
  port.once('message', (message: unknown) => port.postMessage(handleQdpxWorkerRequest(message)));
}
