/**
 * Batch import of 1,000 mixed files (250 each of .txt, .html, .docx, .pdf) as a job through the
 * API, with its progress events, beside the sum of the raw parse times of the same files (each
 * parsed directly, one after another, in this thread: TextDecoder, jsdom + Readability, mammoth,
 * pdf.js). The job also writes every source and runs its parsers in worker threads.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import mammoth from 'mammoth';
import type { ImportJobProgress, ImportJobState } from '../shared/api/types';
import { htmlToArticle } from '../electron/core/sources/htmlToArticle';
import type { Workbench } from '../electron/core/workbench/createWorkbench';
import { docxParts, layout, makePdf, makeZip, wordXml } from '../tests/fixtures/makeImportFixtures';
import { makeArticleText } from './makeBenchTexts';

export interface BenchFile {
  name: string;
  bytes: Uint8Array;
}

/** 4 KB of text each, all different. */
export function makeMixedFiles(count: number): BenchFile[] {
  const files: BenchFile[] = [];
  for (let i = 0; i < count; i++) {
    const text = `Report ${i + 1}\n\n${makeArticleText(4000, i + 101)}`;
    const paragraphs = text.split('\n\n');
    const kind = i % 4;
    if (kind === 0) files.push({ name: `r${i}.txt`, bytes: new TextEncoder().encode(text) });
    else if (kind === 1) {
      const html = `<!doctype html><html><head><title>Report ${i + 1}</title></head><body><nav>Home · World</nav><article><h1>Report ${i + 1}</h1>${paragraphs
        .slice(1)
        .map((p) => `<p>${p}</p>`)
        .join('')}</article><footer>© Outlet</footer></body></html>`;
      files.push({ name: `r${i}.html`, bytes: new TextEncoder().encode(html) });
    } else if (kind === 2) files.push({ name: `r${i}.docx`, bytes: makeZip(docxParts(wordXml(paragraphs))) });
    else {
      // Two pages of lines about 70 characters long.
      const lines = text.replace(/\n\n/g, ' ').match(/.{1,70}(?:\s|$)/g) ?? [];
      const half = Math.ceil(lines.length / 2);
      files.push({ name: `r${i}.pdf`, bytes: makePdf([layout(lines.slice(0, half), 760), layout(lines.slice(half), 760)]) });
    }
  }
  return files;
}

/** Each file parsed directly with its library, in turn; the sum of those times. */
export async function rawParseMs(files: readonly BenchFile[]): Promise<number> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let total = 0;
  for (const file of files) {
    const start = performance.now();
    if (file.name.endsWith('.txt')) new TextDecoder('utf-8', { fatal: true }).decode(file.bytes).normalize('NFC');
    else if (file.name.endsWith('.html')) await htmlToArticle(new TextDecoder().decode(file.bytes), file.name);
    else if (file.name.endsWith('.docx')) await mammoth.convertToHtml({ buffer: Buffer.from(file.bytes) });
    else {
      const task = pdfjs.getDocument({ data: new Uint8Array(file.bytes), useSystemFonts: false, disableFontFace: true, verbosity: 0 });
      const doc = await task.promise;
      for (let p = 1; p <= doc.numPages; p++) await (await doc.getPage(p)).getTextContent();
      await task.destroy();
    }
    total += performance.now() - start;
  }
  return total;
}

async function call<T>(workbench: Workbench, method: string, input: unknown): Promise<T> {
  const envelope = await workbench.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.result as T;
}

/** The whole batch as the UI runs it: start, files in chunks of 20, wait for the last progress event. */
export async function jobImportMs(workbench: Workbench, files: readonly BenchFile[]): Promise<{ ms: number; events: number; state: ImportJobState }> {
  await call(workbench, 'projects.create', { name: 'Batch import bench' });
  let events = 0;
  let resolveEnd: (() => void) | null = null;
  const ended = new Promise<void>((resolve) => {
    resolveEnd = resolve;
  });
  const stop = workbench.onEvent((name, payload) => {
    if (name !== 'import.progress') return;
    events++;
    if ((payload as ImportJobProgress).finished) resolveEnd?.();
  });
  const start = performance.now();
  const { jobId } = await call<{ jobId: string }>(workbench, 'sources.importJob.start', { total: files.length, reviewImperfect: true });
  for (let i = 0; i < files.length; i += 20) {
    const chunk = files.slice(i, i + 20).map((f) => ({ name: f.name, dataBase64: Buffer.from(f.bytes).toString('base64') }));
    await call(workbench, 'sources.importJob.add', { jobId, files: chunk });
  }
  await ended;
  const ms = performance.now() - start;
  stop();
  const state = await call<ImportJobState>(workbench, 'sources.importJob.get', { jobId });
  return { ms, events, state };
}

export const importWorkerPath = (repoRoot: string): string => path.join(repoRoot, 'out/main/importWorker.js');
