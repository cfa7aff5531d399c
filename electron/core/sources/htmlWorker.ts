/**
 * Worker-thread entry (built to out/main/htmlWorker.js): parses one untrusted HTML page
 * given as workerData, posts back one HtmlWorkerResponse, and ends. Runs with memory
 * limits and a time limit set by htmlToArticleInWorker, so a hostile page cannot take the
 * app down.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { handleHtmlWorkerRequest } from './htmlWorkerProtocol';

if (parentPort) {
  const port = parentPort;
  void handleHtmlWorkerRequest(workerData).then((response) => port.postMessage(response));
}
