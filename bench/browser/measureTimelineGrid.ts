import { chromium } from '@playwright/test';
import { chromiumArgs } from './chromiumArgs';

export interface TimelineGridTimes {
  /** Click on Timelines to the first rows on screen. */
  firstRowsMs: number;
  /** The same events.list fetched and parsed in the page, without the grid. */
  fetchBaselineMs: number;
  /** Click on the Title header to the re-sorted rows (next frame). */
  sortMs: number;
  /** Array.prototype.sort of the same 100,000 titles in the page. */
  sortBaselineMs: number;
  /** A quick search reaching the grid to the filtered rows (next frame). */
  filterMs: number;
  /** Array.prototype.filter of the same 100,000 titles in the page. */
  filterBaselineMs: number;
}

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
}

/**
 * Opens the Timelines view of a project with `count` events in Chromium as a
 * user would, and reads the grid's performance marks: first rows shown, a
 * sort by title, a quick search. Each beside a baseline in the same page.
 */
export async function measureTimelineGrid(url: string, token: string, projectName: string, count: number): Promise<TimelineGridTimes> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    if (process.env.DOSSIER_BENCH_VERBOSE) page.on('console', (m) => console.error(`[page] ${m.text()}`));
    await page.goto(url);
    await page.getByRole('button', { name: new RegExp(projectName) }).first().click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();

    const firstRowsMs = await page.evaluate(async (expected) => {
      const nav = Array.from(document.querySelectorAll<HTMLButtonElement>('.app-nav button')).find((b) => b.textContent?.startsWith('Timelines'));
      if (!nav) throw new Error('no Timelines entry in the navigation');
      const t0 = performance.now();
      nav.click();
      for (;;) {
        const mark = performance
          .getEntriesByName('dossier:timeline-grid-ready')
          .find((m) => ((m as PerformanceMark).detail as { rows?: number } | null)?.rows === expected);
        if (mark) {
          const loaded = performance.getEntriesByName('dossier:events-rows-loaded').at(-1);
          console.log(`rows loaded at ${Math.round((loaded?.startTime ?? Number.NaN) - t0)} ms, grid ready at ${Math.round(mark.startTime - t0)} ms`);
          return mark.startTime - t0;
        }
        await new Promise((r) => setTimeout(r, 5));
      }
    }, count);

    const fetchBaselineMs = await page.evaluate(async (tokenValue) => {
      const t0 = performance.now();
      const res = await fetch('/api/call/events.list', { method: 'POST', headers: { 'content-type': 'application/json', 'x-dossier-token': tokenValue }, body: '{}' });
      const body = (await res.json()) as { result: { rows: unknown[] } };
      if (body.result.rows.length === 0) throw new Error('no rows');
      return performance.now() - t0;
    }, token);

    // Let the grid settle (layout saves, idle work) before the timed interactions.
    await page.waitForTimeout(500);
    // DOSSIER_BENCH_PROFILE=1: print where the sort's time goes (top self time), for whoever tunes the grid.
    const cdp = process.env.DOSSIER_BENCH_PROFILE ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    const sortSamples: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      sortSamples.push(
        await page.evaluate(async () => {
          const header = document.querySelector<HTMLElement>('.timeline-grid .ag-header-cell[col-id="title"] .ag-header-cell-label');
          if (!header) throw new Error('no Title header');
          const t0 = performance.now();
          header.click();
          // The grid's model update after the click, then the frame that shows it.
          while (!performance.getEntriesByName('dossier:timeline-grid-updated').some((m) => m.startTime > t0)) await new Promise((r) => setTimeout(r, 1));
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          return performance.now() - t0;
        }),
      );
    }

    if (cdp) {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
        profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples: number[]; timeDeltas: number[] };
      };
      const self = new Map<number, number>();
      profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
      const byName = new Map<string, number>();
      for (const node of profile.nodes) {
        const key = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
        byName.set(key, (byName.get(key) ?? 0) + (self.get(node.id) ?? 0));
      }
      for (const [name, us] of [...byName].sort((x, y) => y[1] - x[1]).slice(0, 25)) console.error(`${(us / 1000).toFixed(1)} ms  ${name}`);
    }
    const filterSamples: number[] = [];
    for (const text of ['Event 4242', 'delegations met 7', '']) {
      const ms = await page.evaluate(
        async (value) => {
          const input = document.querySelector<HTMLInputElement>('.timelines-view input[type="search"]');
          if (!input) throw new Error('no search box');
          const before = performance.now();
          const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
          setter?.call(input, value);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          if (!value) return 0;
          // The search box waits for a pause in typing; the grid's work starts when the text reaches it.
          let start: PerformanceEntry | undefined;
          while (!start) {
            start = performance.getEntriesByName('dossier:timeline-quick-filter').find((m) => m.startTime > before);
            if (!start) await new Promise((r) => setTimeout(r, 1));
          }
          const from = start.startTime;
          while (!performance.getEntriesByName('dossier:timeline-grid-updated').some((m) => m.startTime > from)) await new Promise((r) => setTimeout(r, 1));
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          return performance.now() - from;
        },
        text,
      );
      if (text) filterSamples.push(ms);
      await page.waitForTimeout(400);
    }

    const baselines = await page.evaluate(async (tokenValue) => {
      const res = await fetch('/api/call/events.list', { method: 'POST', headers: { 'content-type': 'application/json', 'x-dossier-token': tokenValue }, body: '{}' });
      const body = (await res.json()) as { result: { rows: [string, string][] } };
      const titles = body.result.rows.map((r) => r[1]);
      const t0 = performance.now();
      titles.slice().sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const t1 = performance.now();
      titles.filter((t) => t.toLowerCase().includes('event 4242'));
      const t2 = performance.now();
      return { sort: t1 - t0, filter: t2 - t1 };
    }, token);

    return {
      firstRowsMs,
      fetchBaselineMs,
      sortMs: median(sortSamples),
      sortBaselineMs: baselines.sort,
      filterMs: Math.max(...filterSamples),
      filterBaselineMs: baselines.filter,
    };
  } finally {
    await browser.close();
  }
}
