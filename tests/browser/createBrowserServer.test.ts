import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../electron/core/appAssets/contentSecurityPolicy';
import { call, raw, SECRET, startServer, TEST_TOKEN } from './browserTestServer';

function noCors(headers: http.IncomingHttpHeaders): void {
  expect(Object.keys(headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
}

describe('browser-mode server: access', () => {
  it('binds 127.0.0.1 and prints a URL carrying the token', async () => {
    const { server } = await startServer();
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${TEST_TOKEN}`);
    expect(server.token).toBe(TEST_TOKEN);
  });

  it('makes a random token per run when none is given', async () => {
    const a = await startServer({ token: undefined });
    const b = await startServer({ token: undefined });
    expect(a.server.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(a.server.token).not.toBe(b.server.token);
  });

  it('refuses every kind of request without the token, pointing to the printed URL', async () => {
    const { server } = await startServer();
    const port = server.port;
    const answers = await Promise.all([
      raw(port, 'GET', '/'),
      raw(port, 'GET', '/index.html'),
      raw(port, 'GET', '/assets/app.js'),
      raw(port, 'GET', '/api/events'),
      raw(port, 'POST', '/api/call/projects.list', { 'content-type': 'application/json' }, '{}'),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBe(401);
      expect(answer.body).toContain('npm run browser');
      expect(answer.body).not.toContain(TEST_TOKEN);
      noCors(answer.headers);
    }
  });

  it('refuses a wrong token in the query, the cookie or the header', async () => {
    const { server } = await startServer();
    const port = server.port;
    const wrong = `${TEST_TOKEN}x`;
    expect((await raw(port, 'GET', `/?token=${wrong}`)).status).toBe(401);
    expect((await raw(port, 'GET', '/?token=')).status).toBe(401);
    expect((await raw(port, 'GET', '/assets/app.js', { cookie: `dossier_token=${wrong}` })).status).toBe(401);
    expect((await raw(port, 'GET', `/api/events?token=${wrong}`)).status).toBe(401);
    const api = await raw(port, 'POST', '/api/call/projects.list', { 'content-type': 'application/json', 'x-dossier-token': wrong }, '{}');
    expect(api.status).toBe(401);
  });

  it('accepts the query token only for the page and the event stream, not for assets or API calls', async () => {
    const { server } = await startServer();
    const port = server.port;
    expect((await raw(port, 'GET', `/assets/app.js?token=${TEST_TOKEN}`)).status).toBe(401);
    const api = await raw(port, 'POST', `/api/call/projects.list?token=${TEST_TOKEN}`, { 'content-type': 'application/json' }, '{}');
    expect(api.status).toBe(401);
  });

  it('does not accept the cookie alone for API calls (CSRF)', async () => {
    const { server } = await startServer();
    const api = await raw(
      server.port,
      'POST',
      '/api/call/projects.list',
      { 'content-type': 'application/json', cookie: `dossier_token=${TEST_TOKEN}` },
      '{}',
    );
    expect(api.status).toBe(401);
  });

  it('refuses a Host header other than 127.0.0.1 or localhost on its own port (DNS rebinding)', async () => {
    const { server } = await startServer();
    const port = server.port;
    for (const host of ['attacker.example', `attacker.example:${port}`, `127.0.0.1:${port + 1}`, '127.0.0.1', `0.0.0.0:${port}`]) {
      const page = await raw(port, 'GET', `/?token=${TEST_TOKEN}`, { host });
      const api = await raw(port, 'POST', '/api/call/projects.list', { host, 'content-type': 'application/json', 'x-dossier-token': TEST_TOKEN }, '{}');
      expect({ host, page: page.status, api: api.status }).toEqual({ host, page: 421, api: 421 });
      expect(page.body).not.toContain('<html');
    }
    expect((await raw(port, 'GET', `/?token=${TEST_TOKEN}`, { host: `localhost:${port}` })).status).toBe(200);
  });

  it('refuses requests from other sites even with the token', async () => {
    const { server } = await startServer();
    const port = server.port;
    const headers = { 'content-type': 'application/json', 'x-dossier-token': TEST_TOKEN };
    expect((await raw(port, 'POST', '/api/call/projects.list', { ...headers, origin: 'http://attacker.example' }, '{}')).status).toBe(403);
    expect((await raw(port, 'POST', '/api/call/projects.list', { ...headers, origin: `http://127.0.0.1:${port + 1}` }, '{}')).status).toBe(403);
    expect((await raw(port, 'POST', '/api/call/projects.list', { ...headers, 'sec-fetch-site': 'cross-site' }, '{}')).status).toBe(403);
    const own = await raw(port, 'POST', '/api/call/projects.list', { ...headers, origin: `http://127.0.0.1:${port}`, 'sec-fetch-site': 'same-origin' }, '{}');
    expect(own.status).toBe(200);
  });

  it('never sends CORS headers and answers OPTIONS with 405', async () => {
    const { server } = await startServer();
    const port = server.port;
    const preflight = await raw(port, 'OPTIONS', '/api/call/projects.list', {
      origin: `http://127.0.0.1:${port}`,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type, x-dossier-token',
      'x-dossier-token': TEST_TOKEN,
    });
    expect(preflight.status).toBe(405);
    noCors(preflight.headers);
    const page = await raw(port, 'GET', `/?token=${TEST_TOKEN}`, { origin: `http://127.0.0.1:${port}` });
    noCors(page.headers);
    const api = await call(await startServer(), 'projects.list', {});
    noCors(api.headers);
  });
});

describe('browser-mode server: the page and static files', () => {
  it('serves the page with the token: sets the cookie and injects the meta tag', async () => {
    const { server } = await startServer();
    const page = await raw(server.port, 'GET', `/?token=${TEST_TOKEN}`);
    expect(page.status).toBe(200);
    expect(page.headers['set-cookie']).toEqual([`dossier_token=${TEST_TOKEN}; HttpOnly; SameSite=Strict; Path=/`]);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).toContain(`<head><meta name="dossier-token" content="${TEST_TOKEN}"><meta charset="utf-8">`);
  });

  it('serves the page again with the cookie alone, without setting it again', async () => {
    const { server } = await startServer();
    const page = await raw(server.port, 'GET', '/', { cookie: `other=1; dossier_token=${TEST_TOKEN}` });
    expect(page.status).toBe(200);
    expect(page.headers['set-cookie']).toBeUndefined();
    expect(page.body).toContain(`<meta name="dossier-token" content="${TEST_TOKEN}">`);
  });

  it('sends the security headers, with the renderer CSP, on pages, assets, API answers and refusals', async () => {
    const harness = await startServer();
    const port = harness.server.port;
    const cookie = { cookie: `dossier_token=${TEST_TOKEN}` };
    const answers = [
      await raw(port, 'GET', `/?token=${TEST_TOKEN}`),
      await raw(port, 'GET', '/assets/app.js', cookie),
      await raw(port, 'GET', '/'),
      await call(harness, 'app.info', {}),
    ];
    expect(contentSecurityPolicy).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    for (const answer of answers) {
      expect(answer.headers['content-security-policy']).toBe(contentSecurityPolicy);
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['referrer-policy']).toBe('no-referrer');
      expect(answer.headers['x-frame-options']).toBe('DENY');
    }
  });

  it('serves built files with their content types', async () => {
    const { server } = await startServer();
    const cookie = { cookie: `dossier_token=${TEST_TOKEN}` };
    const js = await raw(server.port, 'GET', '/assets/app.js', cookie);
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.body).toBe('console.log("app");');
    const css = await raw(server.port, 'GET', '/assets/app.css', { 'x-dossier-token': TEST_TOKEN });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    const head = await raw(server.port, 'HEAD', '/assets/app.js', cookie);
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect((await raw(server.port, 'GET', '/assets/missing.js', cookie)).status).toBe(404);
    expect((await raw(server.port, 'POST', '/assets/app.js', cookie)).status).toBe(405);
  });

  it('never serves a file outside the static root', async () => {
    const { server } = await startServer();
    const cookie = { cookie: `dossier_token=${TEST_TOKEN}` };
    const attempts = [
      '/../package.json',
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E/package.json',
      '/%2e%2e%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%5csecret.txt',
      '/..\\secret.txt',
      '/%252e%252e/secret.txt',
      '/assets/%00.js',
      '/assets/app.js%00',
      '//secret.txt',
      '/%c0%ae%c0%ae/secret.txt',
      '/.%2e/secret.txt',
      '/assets/',
      `/${'../'.repeat(20)}etc/passwd`,
    ];
    const leaks: { attempt: string; status: number }[] = [];
    for (const attempt of attempts) {
      const answer = await raw(server.port, 'GET', attempt, cookie);
      if (![403, 404].includes(answer.status) || answer.body.includes(SECRET) || answer.body.includes('root:')) {
        leaks.push({ attempt, status: answer.status });
      }
    }
    expect(leaks).toEqual([]);
  });
});

describe('browser-mode server: the API', () => {
  it('answers an unknown method with UNKNOWN_METHOD', async () => {
    const answer = await call(await startServer(), 'projects.destroyAll', {});
    expect(answer.status).toBe(404);
    expect(answer.json).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    const proto = await call(await startServer(), '__proto__', {});
    expect(proto.json).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('answers malformed JSON with BAD_INPUT', async () => {
    const { server } = await startServer();
    const answer = await raw(server.port, 'POST', '/api/call/projects.create', { 'content-type': 'application/json', 'x-dossier-token': TEST_TOKEN }, '{"name": ');
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringMatching(/JSON/) } });
  });

  it('answers a wrong-shaped payload with BAD_INPUT naming the field', async () => {
    const harness = await startServer();
    const answer = await call(harness, 'projects.create', { name: 42 });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining('name') } });
    const extra = await call(harness, 'projects.list', { sneaky: true });
    expect(extra.json).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining('sneaky') } });
  });

  it('requires content-type application/json', async () => {
    const { server } = await startServer();
    const plain = await raw(server.port, 'POST', '/api/call/projects.list', { 'content-type': 'text/plain', 'x-dossier-token': TEST_TOKEN }, '{}');
    expect(plain.status).toBe(415);
    const none = await raw(server.port, 'POST', '/api/call/projects.list', { 'x-dossier-token': TEST_TOKEN }, '{}');
    expect(none.status).toBe(415);
    const charset = await raw(
      server.port,
      'POST',
      '/api/call/projects.list',
      { 'content-type': 'application/json; charset=utf-8', 'x-dossier-token': TEST_TOKEN },
      '{}',
    );
    expect(charset.status).toBe(200);
  });

  it('only takes API calls by POST', async () => {
    const { server } = await startServer();
    const answer = await raw(server.port, 'GET', '/api/call/projects.list', { 'x-dossier-token': TEST_TOKEN });
    expect(answer.status).toBe(405);
    expect((await raw(server.port, 'GET', '/api/other', { 'x-dossier-token': TEST_TOKEN })).status).toBe(404);
  });

  it('refuses an oversized body with a clear FILE_TOO_LARGE envelope', async () => {
    const { server } = await startServer({ maxBodyBytes: 1024 });
    const big = JSON.stringify({ text: 'x'.repeat(4096) });
    const answer = await raw(server.port, 'POST', '/api/call/sources.addText', { 'content-type': 'application/json', 'x-dossier-token': TEST_TOKEN }, big);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'FILE_TOO_LARGE', message: expect.stringMatching(/larger than/) } });
  });

  it('refuses an oversized chunked body it could not see coming', async () => {
    const { server } = await startServer({ maxBodyBytes: 1024 });
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: '/api/call/sources.addText',
          headers: { host: `127.0.0.1:${server.port}`, 'content-type': 'application/json', 'x-dossier-token': TEST_TOKEN, 'transfer-encoding': 'chunked' },
          agent: false,
        },
        (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.write('{"text":"');
      req.write('x'.repeat(2048));
      req.end('"}');
    });
    expect(answer.status).toBe(413);
    expect(answer.body).toContain('FILE_TOO_LARGE');
  });

  it('carries a full round trip: create a project, add a text, list sources', async () => {
    const harness = await startServer();
    const created = await call(harness, 'projects.create', { name: 'Round trip' });
    expect(created.headers['cache-control']).toBe('no-store');
    expect(created.json).toMatchObject({ ok: true, result: { name: 'Round trip' } });
    const added = await call(harness, 'sources.addText', { title: 'Statement', text: 'The minister said the port would reopen on Monday.' });
    expect(added.json).toMatchObject({ ok: true, result: { status: 'imported' } });
    const listed = await call(harness, 'sources.list', {});
    expect(listed.json).toMatchObject({ ok: true, result: [{ title: 'Statement' }] });
  });
});

interface EventStream {
  res: http.IncomingMessage;
  /** The first event with this name (and matching `accept`, if given) not yet taken. */
  next(name: string, accept?: (payload: unknown) => boolean): Promise<unknown>;
  close(): void;
}

/** Connects to the event stream and waits for named events. */
function openStream(port: number, headers: Record<string, string>, path = '/api/events'): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path, headers: { host: `127.0.0.1:${port}`, ...headers }, agent: false }, (res) => {
      let buffer = '';
      const waiting: { name: string; accept(payload: unknown): boolean; resolve(payload: unknown): void }[] = [];
      const seen: { name: string; data: unknown }[] = [];
      const deliver = (): void => {
        for (let w = waiting.length - 1; w >= 0; w -= 1) {
          const waiter = waiting[w]!;
          const index = seen.findIndex((event) => event.name === waiter.name && waiter.accept(event.data));
          if (index !== -1) {
            waiting.splice(w, 1);
            waiter.resolve(seen.splice(index, 1)[0]!.data);
          }
        }
      };
      res.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const name = /^event: (.+)$/m.exec(block)?.[1];
          const data = /^data: (.+)$/m.exec(block)?.[1];
          if (name !== undefined && data !== undefined) seen.push({ name, data: JSON.parse(data) as unknown });
        }
        deliver();
      });
      resolve({
        res,
        next: (name, accept = () => true) =>
          new Promise((resolveNext) => {
            waiting.push({ name, accept, resolve: resolveNext });
            deliver();
          }),
        close: () => req.destroy(),
      });
    });
    req.on('error', reject);
  });
}

describe('browser-mode server: events', () => {
  it('streams project.changed to a connected page after a write', async () => {
    const harness = await startServer();
    const stream = await openStream(harness.server.port, { cookie: `dossier_token=${TEST_TOKEN}` });
    expect(stream.res.statusCode).toBe(200);
    expect(stream.res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(stream.res.headers['cache-control']).toBe('no-store');
    noCors(stream.res.headers);
    const switched = stream.next('project.switched');
    await call(harness, 'projects.create', { name: 'Events' });
    expect(await switched).toMatchObject({ project: { name: 'Events' } });
    const changed = stream.next('project.changed', (payload) => (payload as { topics: string[] }).topics.includes('sources'));
    await call(harness, 'sources.addText', { text: 'A short statement for the event stream.' });
    expect(await changed).toMatchObject({ topics: expect.arrayContaining(['sources']) });
    stream.close();
  });

  it('accepts the token in the query for the event stream and forgets clients that leave', async () => {
    const harness = await startServer();
    const first = await openStream(harness.server.port, {}, `/api/events?token=${TEST_TOKEN}`);
    const second = await openStream(harness.server.port, { 'x-dossier-token': TEST_TOKEN });
    expect(first.res.statusCode).toBe(200);
    first.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const switched = second.next('project.switched');
    await call(harness, 'projects.create', { name: 'After a client left' });
    expect(await switched).toMatchObject({ project: { name: 'After a client left' } });
    second.close();
  });

  it('ends open streams when the server closes', async () => {
    const harness = await startServer();
    const stream = await openStream(harness.server.port, { cookie: `dossier_token=${TEST_TOKEN}` });
    const ended = new Promise<void>((resolve) => stream.res.on('close', () => resolve()));
    await harness.server.close();
    await ended;
    expect(stream.res.destroyed).toBe(true);
  });
});

describe('browser-mode server: downloads of staged exports', () => {
  it('streams an exported project once to a caller with the token, then removes it', async () => {
    const harness = await startServer();
    const port = harness.server.port;
    await harness.bench.call('projects.create', { name: 'Shared case' });
    const exported = await harness.bench.call('exchange.exportProject', { includeMemos: true, includeDrafts: false });
    const where = `/api/download/${exported.downloadId}`;

    // Without the token: refused, and the file stays for the real request.
    expect((await raw(port, 'GET', where)).status).toBe(401);
    const answer = await new Promise<{ status: number; headers: http.IncomingHttpHeaders; bytes: Buffer }>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path: where, headers: { host: `127.0.0.1:${port}`, cookie: `dossier_token=${TEST_TOKEN}` }, agent: false }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-disposition']).toContain('filename="Shared case.dossier"');
    expect(Number(answer.headers['content-length'])).toBe(exported.sizeBytes);
    expect(answer.bytes.length).toBe(exported.sizeBytes);
    expect(answer.bytes.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000');
    noCors(answer.headers);
    // Once only.
    expect((await raw(port, 'GET', where, { cookie: `dossier_token=${TEST_TOKEN}` })).status).toBe(404);
    expect((await raw(port, 'GET', '/api/download/..%2F..%2Fsecret.txt', { cookie: `dossier_token=${TEST_TOKEN}` })).status).toBe(404);
  });
});
