/**
 * Browser mode's transport: the workbench API behind a loopback-only HTTP server.
 * Every request needs the per-run token; the Host header is pinned (DNS rebinding);
 * no CORS headers are ever sent; API calls need the token in a header (CSRF).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isMethodName, type DossierEvents, type EventName } from '../../shared/api/contract';
import type { Envelope, ErrorCode } from '../../shared/api/errors';
import type { Workbench } from '../core/workbench/createWorkbench';
import { contentTypeFor } from '../core/appAssets/contentTypeFor';
import { securityHeaders } from '../core/appAssets/contentSecurityPolicy';
import { resolveStaticPath } from '../core/appAssets/resolveStaticPath';

export const TOKEN_COOKIE = 'dossier_token';
export const TOKEN_HEADER = 'x-dossier-token';
/** Largest API request body: a batch of uploaded files, base64-encoded, in one call. */
export const MAX_BODY_BYTES = 100 * 1024 * 1024;
const HEARTBEAT_MS = 25_000;

export interface BrowserServerOptions {
  workbench: Pick<Workbench, 'dispatch' | 'onEvent'> & Partial<Pick<Workbench, 'takeDownload'>>;
  /** The built renderer (out/renderer). */
  staticRoot: string;
  /** 0 picks a free port. */
  port?: number;
  /** When the port is taken, take a free one instead of failing. */
  fallbackToFreePort?: boolean;
  /** Fixed token (tests, e2e); otherwise a random one per run. */
  token?: string;
  /** Name used in the printed URL; the server binds 127.0.0.1 either way. */
  hostName?: '127.0.0.1' | 'localhost';
  maxBodyBytes?: number;
}

export interface BrowserServer {
  /** The address to open, token included. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export function newBrowserToken(): string {
  return randomBytes(24).toString('base64url');
}

export async function createBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = options.token ?? newBrowserToken();
  if (!/^[A-Za-z0-9._~-]{8,256}$/.test(token)) {
    throw new Error('The token must be 8 to 256 characters from A-Z a-z 0-9 . _ ~ -');
  }
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const hostName = options.hostName ?? '127.0.0.1';
  const tokenDigest = digest(token);
  const sseClients = new Set<ServerResponse>();
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();

  const isToken = (candidate: string | undefined): boolean =>
    candidate !== undefined && candidate.length > 0 && candidate.length <= 512 && timingSafeEqual(digest(candidate), tokenDigest);

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('browser mode: request failed', error);
      if (!res.headersSent) sendEnvelope(res, 500, 'INTERNAL', 'The server failed to answer this request.');
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS rebinding: a page on evil.example resolving to 127.0.0.1 sends its own name as Host.
    if (!allowedHosts.has(req.headers.host ?? '')) {
      return sendText(res, 421, 'Dossier only answers requests addressed to 127.0.0.1 or localhost on its own port.');
    }
    if (req.method === 'OPTIONS') return sendText(res, 405, 'Method not allowed.', { allow: 'GET, HEAD, POST' });
    // Another site (another port counts as same-site) must not drive the API or read the page.
    const fetchSite = req.headers['sec-fetch-site'];
    const origin = req.headers.origin;
    if (fetchSite === 'cross-site' || fetchSite === 'same-site' || (origin !== undefined && !allowedOrigins.has(origin))) {
      return sendText(res, 403, 'Requests from other sites are refused.');
    }

    const rawUrl = req.url ?? '/';
    const queryAt = rawUrl.indexOf('?');
    const path = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
    const queryToken = queryAt === -1 ? undefined : new URLSearchParams(rawUrl.slice(queryAt + 1)).get('token') ?? undefined;
    const headerToken = single(req.headers[TOKEN_HEADER]);
    const cookieToken = readCookie(req.headers.cookie, TOKEN_COOKIE);

    if (path.startsWith('/api/call/')) {
      // A cookie rides along on any request the browser makes; only our own script can set the header.
      if (!isToken(headerToken)) return sendUnauthorized(res);
      if (req.method !== 'POST') return sendText(res, 405, 'API calls use POST.', { allow: 'POST' });
      return handleCall(req, res, path.slice('/api/call/'.length));
    }
    if (path === '/api/events') {
      if (!isToken(headerToken) && !isToken(cookieToken) && !isToken(queryToken)) return sendUnauthorized(res);
      if (req.method !== 'GET') return sendText(res, 405, 'The event stream uses GET.', { allow: 'GET' });
      return openEventStream(req, res);
    }

    if (path.startsWith('/api/download/')) {
      // A link the page clicks (no custom header possible): the SameSite=Strict cookie, or the header, proves the token.
      if (!isToken(headerToken) && !isToken(cookieToken)) return sendUnauthorized(res);
      if (req.method !== 'GET') return sendText(res, 405, 'Downloads use GET.', { allow: 'GET' });
      return serveDownload(res, decodeURIComponent(path.slice('/api/download/'.length)));
    }

    const isPage = path === '/' || path === '/index.html';
    const pageToken = [headerToken, cookieToken, isPage ? queryToken : undefined].find(isToken);
    if (pageToken === undefined) return sendUnauthorized(res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed.', { allow: 'GET, HEAD' });
    if (path.startsWith('/api/')) return sendText(res, 404, 'Not found.');
    if (isPage) return servePage(req, res, queryToken !== undefined && isToken(queryToken));
    return serveStatic(req, res, path);
  }

  async function handleCall(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    const mediaType = (req.headers['content-type'] ?? '').split(';', 1)[0]!.trim().toLowerCase();
    if (mediaType !== 'application/json') {
      return sendEnvelope(res, 415, 'BAD_INPUT', 'API calls must be sent as JSON (content-type: application/json).');
    }
    if (!isMethodName(method)) {
      return sendEnvelope(res, 404, 'UNKNOWN_METHOD', `There is no API method named "${method.slice(0, 100)}".`);
    }
    const body = await readBody(req, maxBodyBytes);
    if (body === 'too-large') {
      return sendEnvelope(
        res,
        413,
        'FILE_TOO_LARGE',
        `The request is larger than ${Math.round(maxBodyBytes / (1024 * 1024))} MB. Import fewer or smaller files at once.`,
        { connection: 'close' },
      );
    }
    if (body === 'aborted') return;
    let input: unknown;
    try {
      input = JSON.parse(body.toString('utf8'));
    } catch {
      return sendEnvelope(res, 400, 'BAD_INPUT', 'The request body is not valid JSON.');
    }
    const envelope = await options.workbench.dispatch(method, input);
    sendJson(res, 200, envelope);
  }

  /** Streams a file core staged (a project export: maybe hundreds of MB, never through JSON), once, then removes it. */
  function serveDownload(res: ServerResponse, downloadId: string): void {
    const staged = /^[0-9a-f-]{36}$/.test(downloadId) ? options.workbench.takeDownload?.(downloadId) : null;
    if (!staged) return sendText(res, 404, 'This download is no longer available. Export the file again.');
    const remove = (): void => rmSync(staged.path, { force: true });
    let size: number;
    try {
      size = statSync(staged.path).size;
    } catch {
      return sendText(res, 404, 'This download is no longer available. Export the file again.');
    }
    const asciiName = staged.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
    res.writeHead(200, {
      ...securityHeaders,
      'content-type': 'application/octet-stream',
      'content-length': String(size),
      'content-disposition': `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(staged.fileName)}`,
      'cache-control': 'no-store',
    });
    const stream = createReadStream(staged.path);
    stream.pipe(res);
    stream.on('error', () => res.destroy());
    res.on('close', remove);
  }

  function openEventStream(req: IncomingMessage, res: ServerResponse): void {
    req.socket.setNoDelay(true);
    res.writeHead(200, {
      ...securityHeaders,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    res.write('retry: 2000\n\n');
    sseClients.add(res);
    const forget = (): void => {
      sseClients.delete(res);
    };
    req.on('close', forget);
    res.on('error', forget);
  }

  async function servePage(req: IncomingMessage, res: ServerResponse, setCookie: boolean): Promise<void> {
    let html: string;
    try {
      html = await readFile(resolveStaticPath(options.staticRoot, '/index.html')!, 'utf8');
    } catch {
      return sendText(res, 500, 'The renderer is not built: run `npm run build` (or `npm run browser`).');
    }
    const meta = `<meta name="dossier-token" content="${token}">`;
    const headOpen = /<head(?:\s[^>]*)?>/i.exec(html);
    const page = headOpen ? html.slice(0, headOpen.index + headOpen[0].length) + meta + html.slice(headOpen.index + headOpen[0].length) : meta + html;
    const headers: Record<string, string> = {
      ...securityHeaders,
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    };
    if (setCookie) headers['set-cookie'] = `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
    const bytes = Buffer.from(page, 'utf8');
    headers['content-length'] = String(bytes.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : bytes);
  }

  async function serveStatic(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const file = resolveStaticPath(options.staticRoot, path);
    if (file === null) return sendText(res, 404, 'Not found.');
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch {
      return sendText(res, 404, 'Not found.');
    }
    res.writeHead(200, {
      ...securityHeaders,
      'content-type': contentTypeFor(file),
      'content-length': String(bytes.length),
      'cache-control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : bytes);
  }

  const unsubscribe = options.workbench.onEvent(<E extends EventName>(name: E, payload: DossierEvents[E]) => {
    if (sseClients.size === 0) return;
    const chunk = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const client of sseClients) client.write(chunk);
  });
  const heartbeat = setInterval(() => {
    for (const client of sseClients) client.write(': heartbeat\n\n');
  }, HEARTBEAT_MS);
  heartbeat.unref();

  let port: number;
  try {
    port = await listen(server, options.port ?? 0, options.fallbackToFreePort ?? false);
  } catch (error) {
    clearInterval(heartbeat);
    unsubscribe();
    throw error;
  }
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  allowedOrigins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  let closing: Promise<void> | null = null;
  return {
    url: `http://${hostName}:${port}/?token=${token}`,
    port,
    token,
    close() {
      closing ??= new Promise<void>((resolveClose) => {
        clearInterval(heartbeat);
        unsubscribe();
        for (const client of sseClients) client.end();
        sseClients.clear();
        server.close(() => resolveClose());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function listen(server: Server, port: number, fallbackToFreePort: boolean): Promise<number> {
  return new Promise((resolveListen, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      if (error.code === 'EADDRINUSE' && fallbackToFreePort && port !== 0) {
        resolveListen(listen(server, 0, false));
      } else {
        reject(error);
      }
    };
    server.once('error', onError);
    // Loopback only: browser mode must never be reachable from another machine.
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      resolveListen((server.address() as AddressInfo).port);
    });
  });
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? undefined : value;
}

function readCookie(header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large' | 'aborted'> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.resolve('too-large');
  return new Promise((resolveBody) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        chunks.length = 0;
        resolveBody('too-large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) {
        done = true;
        resolveBody(Buffer.concat(chunks, size));
      }
    });
    req.on('error', () => {
      if (!done) {
        done = true;
        resolveBody('aborted');
      }
    });
    req.on('close', () => {
      if (!done) {
        done = true;
        resolveBody('aborted');
      }
    });
  });
}

function sendText(res: ServerResponse, status: number, message: string, extra: Record<string, string> = {}): void {
  const bytes = Buffer.from(`${message}\n`, 'utf8');
  res.writeHead(status, {
    ...securityHeaders,
    ...extra,
    'content-type': 'text/plain; charset=utf-8',
    'content-length': String(bytes.length),
    'cache-control': 'no-store',
  });
  res.end(bytes);
}

function sendUnauthorized(res: ServerResponse): void {
  sendText(
    res,
    401,
    'Dossier needs its access token. Open the address that `npm run browser` printed (it ends in ?token=...).',
  );
}

function sendEnvelope(res: ServerResponse, status: number, code: ErrorCode, message: string, extra: Record<string, string> = {}): void {
  sendJson(res, status, { ok: false, error: { code, message } } satisfies Envelope<never>, extra);
}

function sendJson(res: ServerResponse, status: number, value: unknown, extra: Record<string, string> = {}): void {
  const bytes = Buffer.from(JSON.stringify(value), 'utf8');
  res.writeHead(status, {
    ...securityHeaders,
    ...extra,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(bytes.length),
    'cache-control': 'no-store',
  });
  res.end(bytes);
}
