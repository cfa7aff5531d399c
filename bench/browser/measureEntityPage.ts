import { chromium, type Page } from '@playwright/test';
import { chromiumArgs } from './chromiumArgs';

export interface EntityPageTimes {
  /** From the click on the entity's row to its mention list's first rows and its claims drawn. */
  openMs: number;
  /** From "Show all" to every mention in the list (drawn windowed). */
  showAllMs: number;
  /** The page's own data calls (entities.get, first mentions and all of them) made from the same page, without drawing anything. */
  apiMs: number;
  apiAllMs: number;
}

declare global {
  interface Window {
    /** Set by the bench: when the last click began, and when what it waits for was drawn. */
    dossierBench?: { clickAt: number; ready: Promise<number> };
  }
}

/**
 * Arms a wait in the page: the time of the next mouse press, and of the first
 * frame after `selector` matches. A MutationObserver sees the rows as soon as
 * React commits them; the frame after is when they are on screen.
 */
async function arm(page: Page, selectors: string[]): Promise<void> {
  await page.evaluate((wanted) => {
    const bench = { clickAt: Number.NaN, ready: Promise.resolve(Number.NaN) };
    document.addEventListener('mousedown', () => (bench.clickAt = performance.now()), { capture: true, once: true });
    bench.ready = new Promise<number>((resolve) => {
      const check = (): boolean => {
        if (!wanted.every((s) => document.querySelector(s))) return false;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now()));
        return true;
      };
      const observer = new MutationObserver(() => void check());
      observer.observe(document.body, { childList: true, subtree: true, attributes: true });
      check();
    });
    window.dossierBench = bench;
  }, selectors);
}

async function timeClick(page: Page, click: () => Promise<void>, selectors: string[]): Promise<number> {
  await arm(page, selectors);
  await click();
  return page.evaluate(async () => {
    const bench = window.dossierBench;
    if (!bench) return Number.NaN;
    return (await bench.ready) - bench.clickAt;
  });
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * Opens an entity's page in the Entities view as a user would, in browser
 * mode, and times it until its first mentions and its claims are on screen;
 * then "Show all". Baseline: the same entities.get call from the page alone.
 */
export async function measureEntityPage(
  url: string,
  token: string,
  project: { name: string; entityId: string; entityName: string; otherName: string; mentionTotal: number },
): Promise<EntityPageTimes> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(url);
    await page.getByRole('button', { name: new RegExp(project.name) }).first().click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Entities' }).click();
    const row = page.getByRole('gridcell', { name: project.entityName, exact: true }).first();
    const other = page.getByRole('gridcell', { name: project.otherName, exact: true }).first();
    await row.waitFor();

    const article = `article[aria-label="Entity ${project.entityName}"]`;
    const opened = [`${article} .mention-row`, `${article} .entity-claims li`];
    const open: number[] = [];
    const showAll: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      // Show another entity first, so that opening this one fetches and draws it afresh.
      await other.click();
      await page.locator(`article[aria-label="Entity ${project.otherName}"]`).waitFor();
      open.push(await timeClick(page, () => row.click(), opened));
      const button = page.locator(article).getByRole('button', { name: /^Show all/u });
      // The list says how many mentions it holds.
      showAll.push(
        await timeClick(page, () => button.click(), [`${article} .mention-list[data-count="${project.mentionTotal}"]`]),
      );
    }

    const apiCall = (mentionLimit?: number) =>
      page.evaluate(
        async ({ input, key }) => {
          const t0 = performance.now();
          const res = await fetch('/api/call/entities.get', {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-dossier-token': key },
            body: JSON.stringify(input),
          });
          await res.json();
          return performance.now() - t0;
        },
        { input: { id: project.entityId, mentionLimit }, key: token },
      );
    const api: number[] = [];
    const apiAll: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      api.push(await apiCall());
      apiAll.push(await apiCall(project.mentionTotal));
    }
    // The first opening warms caches; report the median of the rest.
    return { openMs: median(open.slice(1)), showAllMs: median(showAll.slice(1)), apiMs: median(api.slice(1)), apiAllMs: median(apiAll.slice(1)) };
  } finally {
    await browser.close();
  }
}
