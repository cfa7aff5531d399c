import { chromium, type Page } from '@playwright/test';
import { chromiumArgs } from './chromiumArgs';

export interface ClaimsGridFigures {
  /** Median time from the click on Claims to the first grid row on screen. */
  gridMs: number;
  /** Median time for the page to fetch and parse the same claims.list answer, nothing else. */
  baselineMs: number;
  /** Size of that answer as sent. */
  payloadBytes: number;
  runs: number[];
  /** Per run, milliseconds from the click to each step (request sent, first and last byte, rows decoded, grid ready, shown). */
  steps: Record<string, number>[];
}

/** Clicks Claims in the navigation and resolves with the time from the click to the first frame that shows a row. */
function openClaimsTimed(page: Page, expectedRows: number): Promise<{ ms: number; rows: number; steps: Record<string, number> }> {
  return page.evaluate(async (expected) => {
    performance.clearMarks('dossier:claims-grid-ready');
    const button = [...document.querySelectorAll<HTMLButtonElement>('nav[aria-label="Main"] button')].find((b) => b.textContent?.trim() === 'Claims');
    if (!button) throw new Error('no Claims button in the navigation');
    const t0 = performance.now();
    button.click();
    // Checked once per frame, before it is painted: the first frame with a row is when rows become visible.
    const shownAt = await new Promise<number>((resolve, reject) => {
      const deadline = t0 + 30_000;
      const tick = (now: number) => {
        const row = document.querySelector('.claim-grid .ag-row[row-index="0"]');
        if (row?.textContent) resolve(performance.now());
        else if (now > deadline) reject(new Error('the claims grid showed no rows within 30 s'));
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    // The rows shown must be the whole list, not a first batch of it.
    const ready = await new Promise<PerformanceEntry>((resolve) => {
      const poll = () => {
        const mark = performance.getEntriesByName('dossier:claims-grid-ready')[0];
        if (mark) resolve(mark);
        else setTimeout(poll, 10);
      };
      poll();
    });
    const rows = ((ready as PerformanceMark).detail as { rows?: number } | null)?.rows ?? 0;
    if (rows !== expected) throw new Error(`the claims grid has ${rows} rows, expected ${expected}`);
    // Where the time went, from the click: the request's round trip, decoding, the grid.
    const request = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('/api/call/claims.list') && e.startTime >= t0)
      .at(-1) as PerformanceResourceTiming | undefined;
    const decoded = performance.getEntriesByName('dossier:claims-rows-loaded').filter((e) => e.startTime >= t0).at(-1);
    const at = (t: number | undefined) => (t === undefined ? Number.NaN : Math.round(t - t0));
    const steps = {
      sent: at(request?.requestStart),
      firstByte: at(request?.responseStart),
      lastByte: at(request?.responseEnd),
      decoded: at(decoded?.startTime),
      gridReady: at(ready.startTime),
      shown: at(shownAt),
    };
    return { ms: shownAt - t0, rows, steps };
  }, expectedRows);
}

/**
 * The claims grid opened as a user would, in Chromium against browser mode:
 * each run reloads the page (a cold renderer), shows Sources, then times the
 * click on Claims to the first frame with grid rows. Baseline, in the same
 * page: fetching and parsing the same claims.list answer and nothing else.
 */
export async function measureClaimsGrid(url: string, projectName: string, expectedRows: number, runs = 5): Promise<ClaimsGridFigures> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(url);
    await page.getByRole('button', { name: new RegExp(projectName) }).first().click();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.waitFor();
    const samples: number[] = [];
    const steps: Record<string, number>[] = [];
    for (let i = 0; i < runs; i += 1) {
      await page.reload();
      await nav.getByRole('button', { name: 'Sources' }).click();
      await page.locator('.ag-row').first().waitFor();
      const run = await openClaimsTimed(page, expectedRows);
      samples.push(run.ms);
      steps.push(run.steps);
    }
    const baseline = await page.evaluate(async () => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="dossier-token"]')?.content ?? '';
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < 3; i += 1) {
        const t0 = performance.now();
        const response = await fetch('/api/call/claims.list', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-dossier-token': token },
          body: '{}',
        });
        const body = (await response.json()) as { ok: boolean };
        times.push(performance.now() - t0);
        if (!body.ok) throw new Error('claims.list failed');
        bytes = Number(response.headers.get('content-length') ?? 0);
      }
      return { ms: times.sort((a, b) => a - b)[1] ?? Number.NaN, bytes };
    });
    const sorted = [...samples].sort((a, b) => a - b);
    return { gridMs: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN, baselineMs: baseline.ms, payloadBytes: baseline.bytes, runs: samples, steps };
  } finally {
    await browser.close();
  }
}
