import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { chromiumArgs } from './chromiumArgs';

export interface MemoPdfTimes {
  /** printHtml export of the stored memo, then Chromium's page.pdf of it (median). */
  pdfMs: number;
  /** page.pdf of a plain HTML page with the same text, one paragraph a line, no styles (median). */
  baselineMs: number;
  pages: number;
  baselinePages: number;
}

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
}

async function pageCount(pdf: Buffer): Promise<number> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const loading = pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false });
  const pages = (await loading.promise).numPages;
  await loading.destroy();
  return pages;
}

/**
 * PDF export in browser mode: the memo's print view (from `exportPrintHtml`,
 * timed with it) laid out and printed by Chromium with its CSS page size,
 * as the app's Print / PDF does. Beside it, in the same browser, page.pdf of
 * a plain page holding the same text.
 */
export async function measureMemoPdf(exportPrintHtml: () => Promise<string>, runs = 5): Promise<MemoPdfTimes> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  try {
    const page = await browser.newPage();
    const printOnce = async (): Promise<Buffer> => {
      const html = await exportPrintHtml();
      await page.setContent(html);
      return page.pdf({ preferCSSPageSize: true });
    };
    const first = await printOnce();
    // DOSSIER_BENCH_PDF=file.pdf keeps the memo's PDF, to look at.
    if (process.env.DOSSIER_BENCH_PDF) fs.writeFileSync(process.env.DOSSIER_BENCH_PDF, first);
    const text = await page.evaluate(() => document.body.innerText);
    const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const plain = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${escaped
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => `<p>${line}</p>`)
      .join('')}</body></html>`;
    const plainOnce = async (): Promise<Buffer> => {
      await page.setContent(plain);
      return page.pdf({ format: 'A4', margin: { top: '20mm', right: '20mm', bottom: '20mm', left: '20mm' } });
    };
    const baselineFirst = await plainOnce();
    const pdfSamples: number[] = [];
    const baselineSamples: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      let t0 = performance.now();
      await printOnce();
      pdfSamples.push(performance.now() - t0);
      t0 = performance.now();
      await plainOnce();
      baselineSamples.push(performance.now() - t0);
    }
    return { pdfMs: median(pdfSamples), baselineMs: median(baselineSamples), pages: await pageCount(first), baselinePages: await pageCount(baselineFirst) };
  } finally {
    await browser.close();
  }
}
