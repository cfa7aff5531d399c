/**
 * Worker-thread entry (built to out/main/htmlWorker.js): reads untrusted HTML pages posted
 * to it, one at a time, and posts back one HtmlWorkerReply for each. It runs with memory
 * limits and a time limit set by htmlToArticleInWorker, so a hostile page costs a worker,
 * not the app.
 */
import { parentPort } from 'node:worker_threads';
import { handleHtmlWorkerMessage } from './htmlWorkerProtocol';

if (parentPort) {
  const port = parentPort;
  // Messages are handled in turn: the main thread sends the next page only after a reply.
  port.on('message', (message: unknown) => {
    void handleHtmlWorkerMessage(message).then((reply) => port.postMessage(reply));
  });
}
