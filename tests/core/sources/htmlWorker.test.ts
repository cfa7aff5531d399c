import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DossierError } from '../../../shared/api/errors';
import { extractSourceFile } from '../../../electron/core/sources/extractSourceFile';
import { htmlToArticleInWorker } from '../../../electron/core/sources/htmlToArticleInWorker';
import {
  handleHtmlWorkerMessage,
  handleHtmlWorkerRequest,
  isHtmlWorkerReply,
  isHtmlWorkerResponse,
} from '../../../electron/core/sources/htmlWorkerProtocol';

const fixtures = join(import.meta.dirname, '../../fixtures');
const fakeWorker = (name: string): string => join(fixtures, 'workers', name);
const articleHtml = readFileSync(join(fixtures, 'article.html'), 'utf8');

async function rejection(promise: Promise<unknown>): Promise<DossierError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DossierError) return error;
    throw error;
  }
  throw new Error('expected a DossierError');
}

describe('the HTML worker message handler', () => {
  it('answers with the article', async () => {
    const response = await handleHtmlWorkerRequest({ html: articleHtml, fileName: 'article.html' });
    expect(isHtmlWorkerResponse(response)).toBe(true);
    if (!('article' in response)) throw new Error('expected an article');
    expect(response.article.title).toBe('Grain ships to use Dravik again under Lindhaven deal');
    expect(response.article.text).toContain('up to\ntwelve vessels a week'.replace('\n', ' '));
    // The answer crosses a thread boundary: it must survive structured cloning unchanged.
    expect(structuredClone(response)).toEqual(response);
  });

  it('turns a refusal into an error payload', async () => {
    const html = readFileSync(join(fixtures, 'hostile.html'), 'utf8');
    const response = await handleHtmlWorkerRequest({ html, fileName: 'hostile.html' });
    expect(response).toEqual({
      error: {
        code: 'FILE_EMPTY',
        message: '"hostile.html" has no readable text: only scripts, styles, frames or other embedded content.',
      },
    });
  });

  it('refuses absurd nesting as an error payload, not a crash', async () => {
    const html = `${'<div>'.repeat(100_000)}deep${'</div>'.repeat(100_000)}`;
    const response = await handleHtmlWorkerRequest({ html, fileName: 'deep.html' });
    expect(response).toMatchObject({ error: { code: 'FILE_UNSUPPORTED' } });
  });

  it('rejects a malformed request', async () => {
    expect(await handleHtmlWorkerRequest({ html: 42 })).toMatchObject({ error: { code: 'INTERNAL' } });
    expect(await handleHtmlWorkerRequest(undefined)).toMatchObject({ error: { code: 'INTERNAL' } });
  });

  it('answers each message with a reply carrying its id', async () => {
    const reply = await handleHtmlWorkerMessage({ id: 7, request: { html: '<p>Short note.</p>', fileName: 'n.html' } });
    expect(isHtmlWorkerReply(reply)).toBe(true);
    expect(reply).toEqual({
      id: 7,
      response: { article: { text: 'Short note.', note: 'No separate article was found on the page, so its whole text was kept, without menus, headers and footers.' } },
    });
    expect(await handleHtmlWorkerMessage('nonsense')).toMatchObject({ id: -1, response: { error: { code: 'INTERNAL' } } });
  });
});

describe('htmlToArticleInWorker', () => {
  const request = { html: '<p>Hello</p>', fileName: 'page.html' };

  it('returns what the worker posts back', async () => {
    const article = await htmlToArticleInWorker(request, { workerPath: fakeWorker('echo.mjs') });
    expect(article).toEqual({
      text: 'Parsed in a worker: page.html\n\n12 characters',
      title: expect.stringMatching(/^Thread \d+$/),
      note: 'No separate article was found on the page, so its whole text was kept, without menus, headers and footers.',
    });
  });

  it('reuses a worker for the next page, also after a refusal, and replaces it after a failure', async () => {
    const echo = { workerPath: fakeWorker('echo.mjs'), timeoutMs: 2000 };
    const first = await htmlToArticleInWorker(request, echo);
    expect((await htmlToArticleInWorker(request, echo)).title).toBe(first.title);
    const refuse = { workerPath: fakeWorker('refuse.mjs') };
    expect((await rejection(htmlToArticleInWorker(request, refuse))).code).toBe('FILE_EMPTY');
    expect((await rejection(htmlToArticleInWorker(request, refuse))).code).toBe('FILE_EMPTY');
    expect((await htmlToArticleInWorker(request, echo)).title).toBe(first.title);
    // The worker that timed out is stopped, not put back: the next page gets a fresh one.
    const timedOut = await rejection(htmlToArticleInWorker({ html: '', fileName: 'hang.html' }, { ...echo, timeoutMs: 200 }));
    expect(timedOut.message).toContain('took too long');
    const after = await htmlToArticleInWorker(request, echo);
    expect(after.title).not.toBe(first.title);
  });

  it('passes on the error the worker reports', async () => {
    const error = await rejection(htmlToArticleInWorker(request, { workerPath: fakeWorker('refuse.mjs') }));
    expect(error.code).toBe('FILE_EMPTY');
    expect(error.message).toBe('"page.html" has no readable text.');
  });

  it('stops a worker that takes too long', async () => {
    const started = Date.now();
    const error = await rejection(htmlToArticleInWorker(request, { workerPath: fakeWorker('hang.mjs'), timeoutMs: 300 }));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(error.code).toBe('FILE_UNSUPPORTED');
    expect(error.message).toBe('"page.html" took too long to parse (over 300 ms) and was not imported.');
  });

  it('reports a worker that exits or crashes', async () => {
    const exited = await rejection(htmlToArticleInWorker(request, { workerPath: fakeWorker('exit.mjs') }));
    expect(exited.code).toBe('FILE_UNSUPPORTED');
    expect(exited.message).toBe(`Dossier's HTML reader stopped while parsing "page.html" (exit code 3); it was not imported.`);
    const thrown = await rejection(htmlToArticleInWorker(request, { workerPath: fakeWorker('throw.mjs') }));
    expect(thrown.code).toBe('FILE_UNSUPPORTED');
    expect(thrown.message).toContain('parser exploded');
    const garbage = await rejection(htmlToArticleInWorker(request, { workerPath: fakeWorker('garbage.mjs') }));
    expect(garbage.message).toContain('unexpected reply');
  });

  it('says so when the worker script is missing', async () => {
    const error = await rejection(htmlToArticleInWorker(request, { workerPath: fakeWorker('missing.mjs') }));
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toBe(`Dossier's HTML reader is missing from this installation, so "page.html" could not be imported.`);
  });

  it('runs at most two workers at a time', async () => {
    const runs = await Promise.all(
      [1, 2, 3, 4].map((n) => htmlToArticleInWorker({ html: '', fileName: `p${n}` }, { workerPath: fakeWorker('slow.mjs') })),
    );
    const spans = runs.map((run) => run.text.split(' ').slice(1).map(Number) as [number, number]);
    for (const [start] of spans) {
      const overlapping = spans.filter(([s, e]) => s <= start && start < e).length;
      expect(overlapping).toBeLessThanOrEqual(2);
    }
  });

  it('is what extractSourceFile uses when given a worker path', async () => {
    const source = await extractSourceFile('page.html', new TextEncoder().encode('<p>Hello</p>'), {
      htmlWorkerPath: fakeWorker('echo.mjs'),
    });
    expect(source).toMatchObject({
      format: 'html',
      title: expect.stringMatching(/^Thread \d+$/),
      text: 'Parsed in a worker: page.html\n\n12 characters',
      info: 'No separate article was found on the page, so its whole text was kept, without menus, headers and footers.',
    });
  });
});
