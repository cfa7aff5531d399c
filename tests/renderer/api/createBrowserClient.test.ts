// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DossierError } from '../../../shared/api/errors';
import { createBrowserClient, readBrowserToken } from '../../../renderer/api/createBrowserClient';

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

class FakeEventSource extends EventTarget {
  closed = false;
  constructor(readonly url: string) {
    super();
  }
  close() {
    this.closed = true;
  }
}

describe('createBrowserClient', () => {
  it('posts the input with the token and returns the result', async () => {
    const requests: { url: string; init: RequestInit }[] = [];
    const client = createBrowserClient({
      token: 'secret',
      fetch: async (url, init) => {
        requests.push({ url: String(url), init: init ?? {} });
        return jsonResponse({ ok: true, result: { id: 's1' } });
      },
    });
    const result = await client.call('sources.get', { id: 's1' });
    expect(result).toEqual({ id: 's1' });
    const [request] = requests;
    expect(request?.url).toBe('/api/call/sources.get');
    const init = request?.init ?? {};
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['x-dossier-token']).toBe('secret');
    expect(init.body).toBe(JSON.stringify({ id: 's1' }));
  });

  it('throws the envelope error as a DossierError, also on 4xx', async () => {
    const client = createBrowserClient({
      token: 't',
      fetch: async () => jsonResponse({ ok: false, error: { code: 'NOT_A_PROJECT', message: 'This is not a Dossier project.' } }, 400),
    });
    const error = await client.call('projects.open', { path: '/x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DossierError);
    expect((error as DossierError).code).toBe('NOT_A_PROJECT');
    expect((error as DossierError).message).toBe('This is not a Dossier project.');
  });

  it('explains an unreachable server or an unreadable answer', async () => {
    const down = createBrowserClient({ token: 't', fetch: async () => Promise.reject(new TypeError('Failed to fetch')) });
    await expect(down.call('app.info', {})).rejects.toThrow(/Cannot reach the Dossier server/);
    const html = createBrowserClient({ token: 't', fetch: async () => new Response('<html>', { status: 502 }) });
    await expect(html.call('app.info', {})).rejects.toThrow(/HTTP 502/);
  });

  it('delivers named server-sent events and closes the stream when nobody listens', () => {
    const sources: FakeEventSource[] = [];
    const client = createBrowserClient({
      token: 't',
      createEventSource: (url) => {
        const source = new FakeEventSource(url);
        sources.push(source);
        return source as unknown as EventSource;
      },
    });
    const seen: unknown[] = [];
    const off = client.on('project.changed', (payload) => seen.push(payload));
    const offOther = client.on('project.switched', () => {});
    expect(sources).toHaveLength(1);
    expect(sources[0]?.url).toBe('/api/events');
    sources[0]?.dispatchEvent(new MessageEvent('project.changed', { data: JSON.stringify({ topics: ['sources'] }) }));
    sources[0]?.dispatchEvent(new MessageEvent('project.changed', { data: 'not json' }));
    expect(seen).toEqual([{ topics: ['sources'] }]);
    off();
    expect(sources[0]?.closed).toBe(false);
    offOther();
    expect(sources[0]?.closed).toBe(true);
  });

  it('reads the token from the meta tag the server injects', () => {
    document.head.innerHTML = '<meta name="dossier-token" content="abc123">';
    expect(readBrowserToken()).toBe('abc123');
  });
});
