import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportJobProgress, ImportJobState } from '../../../shared/api/types';
import { buildImportWorker } from '../../helpers/buildImportWorker';
import { base64, testWorkbench, type TestWorkbench } from '../../helpers/testWorkbench';

const dir = join(import.meta.dirname, '../../fixtures/import');
const file = (name: string, as = name) => ({ name: as, dataBase64: readFileSync(join(dir, name)).toString('base64') });
const text = (name: string, body: string) => ({ name, dataBase64: base64(body) });
const fakeWorker = join(import.meta.dirname, '../../fixtures/workers/import-fake.mjs');

function progressOf(t: TestWorkbench): ImportJobProgress[] {
  const seen: ImportJobProgress[] = [];
  t.workbench.onEvent((name, payload) => {
    if (name === 'import.progress') seen.push(payload as ImportJobProgress);
  });
  return seen;
}

async function waitForEnd(t: TestWorkbench, jobId: string): Promise<ImportJobState> {
  for (let i = 0; i < 600; i++) {
    const state = await t.call('sources.importJob.get', { jobId });
    if (state.finished) return state;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the import did not end');
}

let workerPath = '';
beforeAll(async () => {
  workerPath = await buildImportWorker();
}, 60_000);

describe('batch import jobs, with the real import worker', () => {
  it('imports mixed files, skips duplicates, fails the bad one alone, holds a PDF for review, and reports progress', async () => {
    const t = testWorkbench({ importWorkerPath: workerPath });
    await t.call('projects.create', { name: 'Batch' });
    await t.call('sources.addText', { text: 'Port officials said on Tuesday that the first grain ship had left Dravik.' });
    const seen = progressOf(t);

    const batch = join('batch');
    const files = [
      file(join(batch, 'note.txt'), 'note.txt'),
      file(join(batch, 'article.html'), 'article.html'),
      file('statement.docx'),
      file('plain.pdf'),
      file('encrypted.pdf'),
      file('report.pdf'),
      file('plain.pdf', 'copy of plain.pdf'),
      file('bomb-lying.docx'),
    ];
    const { jobId } = await t.call('sources.importJob.start', { total: files.length, reviewImperfect: true });
    // Sent in small chunks, as the UI does.
    for (let i = 0; i < files.length; i += 3) {
      expect(await t.call('sources.importJob.add', { jobId, files: files.slice(i, i + 3) })).toEqual({ cancelled: false });
    }
    const state = await waitForEnd(t, jobId);

    expect(state.results.map((r) => [r.name, r.status])).toEqual([
      ['note.txt', 'duplicate'],
      ['article.html', 'imported'],
      ['statement.docx', 'imported'],
      ['plain.pdf', 'imported'],
      ['encrypted.pdf', 'failed'],
      ['report.pdf', 'review'],
      ['copy of plain.pdf', 'duplicate'],
      ['bomb-lying.docx', 'failed'],
    ]);
    expect(state).toMatchObject({ total: 8, done: 8, imported: 3, duplicates: 2, failed: 2, review: 1, finished: true, cancelled: false });
    expect(state.results[4]?.message).toMatch(/encrypted PDF that needs a password/);
    expect(state.results[7]?.message).toMatch(/zip bomb/);
    expect(state.results[5]?.review?.artifacts.repeated).toEqual(['Harbour Monitoring Group - Weekly Report']);

    const sources = await t.call('sources.list', {});
    expect(sources.map((s) => s.format).sort()).toEqual(['docx', 'html', 'paste', 'pdf']);
    const pdf = await t.call('sources.get', { id: state.results[3]!.sourceId! });
    expect(pdf.pageStarts).toEqual([0, 50]);
    expect(pdf.originalName).toBe('plain.pdf');

    // Progress: a start, every file named while read, done counting up to the total, an end.
    expect(seen[0]).toMatchObject({ jobId, total: 8, done: 0, finished: false });
    const dones = seen.map((p) => p.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(new Set(seen.map((p) => p.current).filter(Boolean))).toEqual(new Set(files.map((f) => f.name)));
    expect(seen.at(-1)).toMatchObject({ done: 8, finished: true, etaMs: 0 });
    expect(seen.some((p) => p.etaMs !== null && p.etaMs > 0 && !p.finished)).toBe(true);
  }, 60_000);

  it('imports a reviewed PDF with the reviewer’s choices, page starts kept', async () => {
    const t = testWorkbench({ importWorkerPath: workerPath });
    await t.call('projects.create', { name: 'Review' });
    const { jobId } = await t.call('sources.importJob.start', { total: 1, reviewImperfect: true });
    await t.call('sources.importJob.add', { jobId, files: [file('report.pdf')] });
    const [held] = (await waitForEnd(t, jobId)).results;
    const review = held!.review!;

    const kept = await t.call('sources.importReviewed', { name: 'report.pdf', pages: review.pages, stripRepeated: false, joinHyphens: false, title: review.title });
    expect(kept.status).toBe('imported');
    const source = await t.call('sources.get', { id: kept.sourceId! });
    expect(source.format).toBe('pdf');
    expect(source.title).toBe('Weekly Report 14');
    expect(source.text).toContain('Harbour Monitoring Group');
    expect(source.text).toContain('del-egations');
    expect(source.pageStarts).toHaveLength(3);
    expect(source.text.slice(source.pageStarts![1]!)).toMatch(/^Harbour Monitoring Group - Weekly Report\n\nNegotiators/);

    const cleaned = await t.call('sources.importReviewed', { name: 'report.pdf', pages: review.pages, stripRepeated: true, joinHyphens: true });
    const clean = await t.call('sources.get', { id: cleaned.sourceId! });
    expect(clean.text).not.toContain('Harbour Monitoring Group');
    expect(clean.text).toContain('delegations');
    expect(clean.text.slice(clean.pageStarts![2]!)).toMatch(/^Observers/);
    // The same choices again: a duplicate, nothing added.
    expect((await t.call('sources.importReviewed', { name: 'again.pdf', pages: review.pages, stripRepeated: true, joinHyphens: true })).status).toBe('duplicate');
    expect(await t.call('sources.list', {})).toHaveLength(2);
  }, 60_000);

  it('imports a batch without review when asked: the suggested cleanup goes straight in', async () => {
    const t = testWorkbench({ importWorkerPath: workerPath });
    await t.call('projects.create', { name: 'No review' });
    const { jobId } = await t.call('sources.importJob.start', { total: 2, reviewImperfect: false });
    await t.call('sources.importJob.add', { jobId, files: [file('report.pdf'), file('long.pdf')] });
    const state = await waitForEnd(t, jobId);
    expect(state.results.map((r) => r.status)).toEqual(['imported', 'imported']);
    const report = await t.call('sources.get', { id: state.results[0]!.sourceId! });
    expect(report.text).not.toContain('Harbour Monitoring Group');
    expect((await t.call('sources.get', { id: state.results[1]!.sourceId! })).pageStarts).toHaveLength(500);
  }, 60_000);
});

describe('sources.importFiles, with the real import worker', () => {
  it('reads Word and PDF files in the workers too, each failing alone', async () => {
    const t = testWorkbench({ importWorkerPath: workerPath });
    await t.call('projects.create', { name: 'Files' });
    const results = await t.call('sources.importFiles', { files: [file('statement.docx'), file('encrypted.pdf'), file('report.pdf')] });
    expect(results.map((r) => r.status)).toEqual(['imported', 'failed', 'imported']);
    expect(results[1]?.message).toMatch(/encrypted PDF/);
    // No review on this path: the suggested cleanup goes in, pages kept.
    const report = await t.call('sources.get', { id: results[2]!.sourceId! });
    expect(report.text).not.toContain('Harbour Monitoring Group');
    expect(report.pageStarts).toHaveLength(3);
  }, 60_000);
});

describe('batch import jobs: workers that hang, die or run out of memory, and cancel', () => {
  it('fails only the file whose worker hangs, dies or runs out of memory; the others go in', async () => {
    const t = testWorkbench({ importWorkerPath: fakeWorker, importTimeoutMs: 3000, importMemoryMb: 48 });
    await t.call('projects.create', { name: 'Workers' });
    const { jobId } = await t.call('sources.importJob.start', { total: 5, reviewImperfect: true });
    await t.call('sources.importJob.add', {
      jobId,
      files: [text('one.txt', 'First text.'), text('hang.txt', 'x'), text('die.txt', 'y'), text('oom.txt', 'z'), text('two.txt', 'Second text.')],
    });
    const state = await waitForEnd(t, jobId);
    expect(state.results.map((r) => [r.name, r.status])).toEqual([
      ['one.txt', 'imported'],
      ['hang.txt', 'failed'],
      ['die.txt', 'failed'],
      ['oom.txt', 'failed'],
      ['two.txt', 'imported'],
    ]);
    expect(state.results[1]?.message).toBe('"hang.txt" took too long to read (over 3 s) and was not imported.');
    expect(state.results[2]?.message).toMatch(/file reader stopped while reading "die\.txt" \(exit code 7\)/);
    expect(state.results[3]?.message).toBe('"oom.txt" needed more memory to read than Dossier allows; it was not imported.');
    expect((await t.call('sources.list', {})).map((s) => s.title).sort()).toEqual(['one.txt', 'two.txt']);
  }, 60_000);

  it('cancels: files already imported stay, the rest are not read, and more uploads are turned away', async () => {
    const t = testWorkbench({ importWorkerPath: fakeWorker });
    await t.call('projects.create', { name: 'Cancel' });
    const seen = progressOf(t);
    const files = Array.from({ length: 40 }, (_, i) => text(`slow.${i}.txt`, `Text number ${i}.`));
    const { jobId } = await t.call('sources.importJob.start', { total: files.length, reviewImperfect: true });
    const adding = t.call('sources.importJob.add', { jobId, files });
    while (!seen.some((p) => p.done >= 2)) await new Promise((resolve) => setTimeout(resolve, 20));
    await t.call('sources.importJob.cancel', { jobId });
    expect(await adding).toEqual({ cancelled: true });

    const state = await t.call('sources.importJob.get', { jobId });
    expect(state).toMatchObject({ cancelled: true, finished: true });
    expect(state.done).toBeLessThan(40);
    const imported = state.results.filter((r) => r.status === 'imported');
    expect(imported.length).toBe(state.imported);
    expect(await t.call('sources.list', {})).toHaveLength(state.imported);
    expect(await t.call('sources.importJob.add', { jobId, files: [text('late.txt', 'Late.')] })).toEqual({ cancelled: true });
    await new Promise((resolve) => setTimeout(resolve, 400));
    // Nothing more went in after the cancel.
    expect(await t.call('sources.list', {})).toHaveLength(state.imported);
    expect(seen.at(-1)).toMatchObject({ cancelled: true, finished: true });
  }, 60_000);

  it('records a file the UI could not read, and refuses more files than announced', async () => {
    const t = testWorkbench({ importWorkerPath: fakeWorker });
    await t.call('projects.create', { name: 'Problems' });
    const { jobId } = await t.call('sources.importJob.start', { total: 2, reviewImperfect: true });
    await t.call('sources.importJob.add', { jobId, files: [{ name: 'big.pdf', problem: 'This file is 80.0 MB; files up to 50.0 MB can be imported.' }] });
    const error = await t.fail('sources.importJob.add', { jobId, files: [text('a.txt', 'A.'), text('b.txt', 'B.')] });
    expect(error.message).toBe('This import was started for 2 files; no more can be added to it.');
    await t.call('sources.importJob.add', { jobId, files: [text('a.txt', 'A.')] });
    const state = await waitForEnd(t, jobId);
    expect(state.results.map((r) => [r.name, r.status, r.message])).toEqual([
      ['big.pdf', 'failed', 'This file is 80.0 MB; files up to 50.0 MB can be imported.'],
      ['a.txt', 'imported', undefined],
    ]);
  }, 60_000);
});

describe('batch import jobs and the project closing', () => {
  it('stops when the project is closed mid-way, keeping what was imported, without writing afterwards', async () => {
    const t = testWorkbench({ importWorkerPath: fakeWorker });
    const project = await t.call('projects.create', { name: 'Closing' });
    const seen = progressOf(t);
    const files = Array.from({ length: 20 }, (_, i) => text(`slow.${i}.txt`, `Closing text ${i}.`));
    const { jobId } = await t.call('sources.importJob.start', { total: files.length, reviewImperfect: true });
    const adding = t.call('sources.importJob.add', { jobId, files });
    while (!seen.some((p) => p.done >= 1)) await new Promise((resolve) => setTimeout(resolve, 20));
    await t.call('projects.close', {});
    await adding;
    expect(seen.at(-1)).toMatchObject({ cancelled: true, finished: true });
    const imported = seen.at(-1)!.imported;
    await new Promise((resolve) => setTimeout(resolve, 500));
    await t.call('projects.open', { path: project.path });
    expect(await t.call('sources.list', {})).toHaveLength(imported);
    expect((await t.fail('sources.importJob.get', { jobId })).code).toBe('NOT_FOUND');
    expect((await t.fail('sources.importJob.add', { jobId, files: [text('late.txt', 'Late.')] })).message).toMatch(/no longer known/);
  }, 60_000);
});
