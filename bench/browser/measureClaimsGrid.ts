import { chromium, type Page } from '@playwright/test';
import { chromiumArgs } from './chromiumArgs';

export interface ClaimsGridFigures {
  /** Median time from the click on Claims to the first frame that shows grid rows (the first screenful). */
  firstRowsMs: number;
  /** Median time from the click until the grid holds every claim. */
  allLoadedMs: number;
  /** Median time for the page to fetch and parse the whole claims.list answer, nothing else. */
  baselineMs: number;
  /** Size of that answer as sent. */
  payloadBytes: number;
  runs: { firstRows: number; allLoaded: number }[];
  /** Per run, milliseconds from the click to each step (both calls' round trips, rows decoded, grid ready, complete). */
  steps: Record<string, number>[];
}

/** Clicks Claims in the navigation; resolves with the times from the click to the first frame with a row and to the whole list in the grid. */
function openClaimsTimed(page: Page, expectedRows: number): Promise<{ firstRows: number; allLoaded: number; steps: Record<string, number> }> {
  return page.evaluate(async (expected) => {
    performance.clearMarks();
    performance.clearResourceTimings();
    const button = [...document.querySelectorAll<HTMLButtonElement>('nav[aria-label="Main"] button')].find((b) => b.textContent?.trim().startsWith('Claims'));
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
    // Then the whole list: the grid says when it holds every claim.
    const complete = await new Promise<PerformanceEntry>((resolve, reject) => {
      const poll = () => {
        const mark = performance.getEntriesByName('dossier:claims-grid-complete')[0];
        if (mark) resolve(mark);
        else if (performance.now() > t0 + 60_000) reject(new Error('the claims grid did not get the whole list within 60 s'));
        else setTimeout(poll, 10);
      };
      poll();
    });
    const rows = ((complete as PerformanceMark).detail as { rows?: number } | null)?.rows ?? 0;
    if (rows !== expected) throw new Error(`the claims grid has ${rows} rows, expected ${expected}`);
    // Where the time went, from the click: the first screenful's round trip, the whole list's, decoding, the grid.
    const calls = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('/api/call/claims.list') && e.startTime >= t0) as PerformanceResourceTiming[];
    const [firstCall, wholeCall] = calls.length > 1 ? calls : [undefined, calls[0]];
    const decoded = performance.getEntriesByName('dossier:claims-rows-loaded').filter((e) => e.startTime >= t0);
    const ready = performance.getEntriesByName('dossier:claims-grid-ready')[0];
    const at = (t: number | undefined) => (t === undefined ? Number.NaN : Math.round(t - t0));
    const steps = {
      firstSent: at(firstCall?.requestStart),
      firstLastByte: at(firstCall?.responseEnd),
      firstDecoded: at(decoded.length > 1 ? decoded[0]?.startTime : undefined),
      gridReady: at(ready?.startTime),
      shown: at(shownAt),
      wholeSent: at(wholeCall?.requestStart),
      wholeFirstByte: at(wholeCall?.responseStart),
      wholeLastByte: at(wholeCall?.responseEnd),
      wholeDecoded: at(decoded.at(-1)?.startTime),
      complete: at(complete.startTime),
    };
    return { firstRows: shownAt - t0, allLoaded: complete.startTime - t0, steps };
  }, expectedRows);
}

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? Number.NaN;

/**
 * The claims grid opened as a user would, in Chromium against browser mode:
 * each run reloads the page (a cold renderer), shows Sources, then times the
 * click on Claims to the first frame with grid rows, and to the grid holding
 * every claim. Baseline, in the same page: fetching and parsing the whole
 * claims.list answer and nothing else.
 */
export async function measureClaimsGrid(url: string, projectName: string, expectedRows: number, runs = 5): Promise<ClaimsGridFigures> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(url);
    await page.getByRole('button', { name: new RegExp(projectName) }).first().click();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.waitFor();
    const samples: { firstRows: number; allLoaded: number }[] = [];
    const steps: Record<string, number>[] = [];
    for (let i = 0; i < runs; i += 1) {
      await page.reload();
      await nav.getByRole('button', { name: 'Sources' }).click();
      await page.locator('.ag-row').first().waitFor();
      const run = await openClaimsTimed(page, expectedRows);
      samples.push({ firstRows: run.firstRows, allLoaded: run.allLoaded });
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
    return {
      firstRowsMs: median(samples.map((s) => s.firstRows)),
      allLoadedMs: median(samples.map((s) => s.allLoaded)),
      baselineMs: baseline.ms,
      payloadBytes: baseline.bytes,
      runs: samples,
      steps,
    };
  } finally {
    await browser.close();
  }
}
