import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { base64, repoRoot, testWorkbench } from '../../helpers/testWorkbench';

const fixture = (name: string): { name: string; dataBase64: string } => ({
  name,
  dataBase64: fs.readFileSync(path.join(repoRoot, 'tests/fixtures', name)).toString('base64'),
});

describe('bad source files, through the API', () => {
  it('refuses each bad file with its own message, keeps the good ones, and leaves the project as it was', async () => {
    const t = testWorkbench();
    const project = await t.call('projects.create', { name: 'Bad files' });
    await t.call('sources.addText', { text: 'Already here.' });
    const before = await t.call('sources.list', {});

    const results = await t.call('sources.importFiles', {
      files: [
        fixture('empty.txt'),
        fixture('binary.txt'),
        fixture('pdf-named.txt'),
        fixture('hostile.html'),
        { name: 'huge.txt', dataBase64: Buffer.alloc(50 * 1024 * 1024 + 1, 0x61).toString('base64') },
        { name: 'report.docx', dataBase64: base64('PK\u0003\u0004 not really') },
      ],
    });
    expect(results.map((r) => r.status)).toEqual(['failed', 'failed', 'failed', 'failed', 'failed', 'failed']);
    const messages = results.map((r) => r.message ?? '');
    expect(messages[0]).toMatch(/empty\.txt.*empty/);
    expect(messages[1]).toMatch(/binary\.txt.*not text/);
    expect(messages[2]).toMatch(/PDF/);
    expect(messages[3]).toMatch(/hostile\.html.*no readable text/);
    expect(messages[4]).toMatch(/huge\.txt.*limit is 50 MB/);
    expect(messages[5]).toMatch(/report\.docx.*damaged Word document/);

    expect(await t.call('sources.list', {})).toEqual(before);
    expect((await t.call('projects.current', {}))?.counts).toEqual({ ...project.counts, sources: 1 });
  });

  it('decodes legacy encodings instead of storing mojibake, and says so', async () => {
    const t = testWorkbench();
    await t.call('projects.create', { name: 'Encodings' });
    const [western, cyrillic, utf16] = await t.call('sources.importFiles', {
      files: [fixture('windows-1252.txt'), fixture('windows-1251.txt'), fixture('utf16le-bom.txt')],
    });
    expect(western?.status).toBe('imported');
    expect(western?.message).toMatch(/Windows-1252/);
    expect((await t.call('sources.get', { id: western?.sourceId ?? '' })).text).toContain('café on Harbour Street – a naïve');
    expect((await t.call('sources.get', { id: cyrillic?.sourceId ?? '' })).text).toContain('Переговоры о прекращении огня');
    expect((await t.call('sources.get', { id: utf16?.sourceId ?? '' })).text).toContain('заявление от 28 марта');
  });

  it('keeps only the article of a saved web page, never its scripts or chrome', async () => {
    const t = testWorkbench();
    await t.call('projects.create', { name: 'Pages' });
    const [page] = await t.call('sources.importFiles', { files: [fixture('article.html')] });
    const source = await t.call('sources.get', { id: page?.sourceId ?? '' });
    expect(source).toMatchObject({ format: 'html', outlet: 'The Meridian Herald', published: '2026-03-28' });
    expect(source.text).toContain('Negotiators from Karvenia and Selmara');
    expect(source.text).not.toMatch(/<script|onerror|onclick|<iframe|Subscribe|Cookie/i);
  });
});
