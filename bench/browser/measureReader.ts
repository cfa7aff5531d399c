import { chromium } from '@playwright/test';
import { chromiumArgs } from './chromiumArgs';

/**
 * Opens a source in the reader as a user would and reads the time from the
 * click to the reader's 'dossier:reader-ready' mark. Baseline: the same page
 * laying out the same text as one plain block.
 */
export async function measureReader(
  url: string,
  projectName: string,
  sourceTitle: string,
  otherTitle: string,
): Promise<{ readerMs: number; mentionsMs: number; mentions: number; baselineMs: number }> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(url);
    await page.getByRole('button', { name: new RegExp(projectName) }).first().click();
    const cell = page.getByRole('gridcell', { name: sourceTitle }).first();
    const other = page.getByRole('gridcell', { name: otherTitle }).first();
    await cell.waitFor();
    const samples: number[] = [];
    // Until the entity names are underlined too (painted after the text, or with it).
    const mentionSamples: number[] = [];
    let mentions = 0;
    for (let i = 0; i < 4; i += 1) {
      // Show a short source first, so that opening the long one renders it afresh.
      await other.click();
      await page.waitForFunction(() => (document.querySelector('[data-testid="reader-text"]')?.textContent?.length ?? 0) < 10_000);
      await page.evaluate(() => {
        performance.clearMarks('dossier:reader-ready');
        performance.clearMarks('dossier:reader-mentions');
      });
      const t0 = await page.evaluate(() => performance.now());
      await cell.click();
      await page.waitForFunction(
        () =>
          performance
            .getEntriesByName('dossier:reader-ready')
            .some((m) => ((m as PerformanceMark).detail as { highlights?: number } | null)?.highlights === 2000),
        undefined,
        { timeout: 20_000 },
      );
      const ready = await page.evaluate(
        () =>
          performance
            .getEntriesByName('dossier:reader-ready')
            .find((m) => ((m as PerformanceMark).detail as { highlights?: number } | null)?.highlights === 2000)?.startTime ?? Number.NaN,
      );
      samples.push(ready - t0);
      const marked = await page.waitForFunction(
        () => {
          const mark = performance
            .getEntriesByName('dossier:reader-mentions')
            .find((m) => (((m as PerformanceMark).detail as { mentions?: number } | null)?.mentions ?? 0) > 0) as PerformanceMark | undefined;
          return mark ? { at: mark.startTime, mentions: (mark.detail as { mentions: number }).mentions } : null;
        },
        undefined,
        { timeout: 20_000 },
      );
      const { at, mentions: painted } = (await marked.jsonValue()) as { at: number; mentions: number };
      mentionSamples.push(at - t0);
      mentions = painted;
    }
    const text = await page.getByTestId('reader-text').innerText();
    const baselineMs = await page.evaluate((t) => {
      const start = performance.now();
      const block = document.createElement('div');
      block.style.whiteSpace = 'pre-wrap';
      block.textContent = t;
      document.body.append(block);
      void block.offsetHeight;
      const ms = performance.now() - start;
      block.remove();
      return ms;
    }, text);
    // The first opening warms caches; report the median of the rest.
    const rest = samples.slice(1).sort((a, b) => a - b);
    const mentionRest = mentionSamples.slice(1).sort((a, b) => a - b);
    return { readerMs: rest[1] ?? Number.NaN, mentionsMs: mentionRest[1] ?? Number.NaN, mentions, baselineMs };
  } finally {
    await browser.close();
  }
}
