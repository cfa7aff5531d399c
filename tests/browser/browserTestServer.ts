import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach } from 'vitest';
import { createBrowserServer, type BrowserServer, type BrowserServerOptions } from '../../electron/browser/createBrowserServer';
import { tempDir } from '../helpers/tempDir';
import { testWorkbench, type TestWorkbench } from '../helpers/testWorkbench';

export const TEST_TOKEN = 'test-token-0123456789abcdef';
/** Lives next to the static root: no request may ever return it. */
export const SECRET = 'TOP-SECRET-OUTSIDE-THE-ROOT';

export interface Harness {
  server: BrowserServer;
  bench: TestWorkbench;
  root: string;
  host: string;
}

const running: { server: BrowserServer; bench: TestWorkbench }[] = [];

afterEach(async () => {
  for (const { server, bench } of running.splice(0)) {
    await server.close();
    bench.workbench.close();
  }
});

/** The real server over a real workbench (SQLite in temp folders) and a minimal built renderer. */
export async function startServer(options: Partial<BrowserServerOptions> = {}): Promise<Harness> {
  const base = tempDir('dossier-browser-');
  const root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>Dossier</title></head><body><div id="root"></div></body></html>',
  );
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log("app");');
  fs.writeFileSync(path.join(root, 'assets', 'app.css'), 'body{}');
  fs.writeFileSync(path.join(base, 'secret.txt'), SECRET);
  fs.writeFileSync(path.join(base, 'package.json'), SECRET);
  const bench = testWorkbench();
  const server = await createBrowserServer({ workbench: bench.workbench, staticRoot: root, token: TEST_TOKEN, ...options });
  running.push({ server, bench });
  return { server, bench, root, host: `127.0.0.1:${server.port}` };
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request sent byte for byte as given (fetch would normalize the path and fix the Host header). */
export function raw(
  port: number,
  method: string,
  requestPath: string,
  headers: Record<string, string> = {},
  body?: string | Buffer,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method, path: requestPath, headers: { host: `127.0.0.1:${port}`, ...headers }, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** An API call as the renderer makes it. */
export async function call(harness: Harness, method: string, input: unknown): Promise<RawResponse & { json: unknown }> {
  const response = await raw(
    harness.server.port,
    'POST',
    `/api/call/${method}`,
    { 'content-type': 'application/json', 'x-dossier-token': harness.server.token },
    JSON.stringify(input),
  );
  return { ...response, json: JSON.parse(response.body) as unknown };
}
