import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The harness is served from memory by request interception: no port, no server. */
const ORIGIN = 'http://axis-harness.invalid';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

async function harnessPage(browser: Browser, harnessDir: string, viewport = { width: 1400, height: 700 }, scale = 1): Promise<Page> {
  const page = await browser.newPage({ viewport, deviceScaleFactor: scale });
  await page.route(`${ORIGIN}/**`, async (route) => {
    const file = path.join(harnessDir, new URL(route.request().url()).pathname);
    if (!file.startsWith(harnessDir) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, contentType: TYPES[path.extname(file)] ?? 'application/octet-stream', body: fs.readFileSync(file) });
  });
  return page;
}

async function paintedMs(page: Page, query: string, items: number): Promise<number> {
  await page.goto(`${ORIGIN}/index.html?${query}`);
  await page.waitForFunction(
    (n) => performance.getEntriesByName('dossier:axis-painted').some((m) => ((m as PerformanceMark).detail as { items?: number } | null)?.items === n),
    items,
    { timeout: 30_000 },
  );
  // Up to the next frame, as the baseline below: the canvas is on screen then.
  return page.evaluate(
    (n) =>
      new Promise<number>((resolve) => {
        requestAnimationFrame(() => {
          const start = performance.getEntriesByName('axis:render-start')[0]?.startTime ?? Number.NaN;
          const painted = performance
            .getEntriesByName('dossier:axis-painted')
            .find((m) => ((m as PerformanceMark).detail as { items?: number } | null)?.items === n);
          resolve((painted?.startTime ?? Number.NaN) - start);
        });
      }),
    items,
  );
}

/** The first run warms caches; the median of the rest. */
function medianAfterFirst(xs: number[]): number {
  return xs.slice(1).sort((a, b) => a - b)[1] ?? Number.NaN;
}

/**
 * Mounting the axis with `items` generated events, to its first full paint,
 * measured in Chromium. Baseline: on the same page, drawing as many plain
 * rectangles on a canvas of the same size, with no logic at all.
 */
export async function measureAxis(harnessDir: string, items: number): Promise<{ axisMs: number; baselineMs: number }> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  try {
    const page = await harnessPage(browser, harnessDir);
    const samples: number[] = [];
    for (let i = 0; i < 4; i += 1) samples.push(await paintedMs(page, `n=${items}`, items));
    const baselines: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      baselines.push(
        await page.evaluate(
          (n) =>
            new Promise<number>((resolve) => {
              const start = performance.now();
              const canvas = document.createElement('canvas');
              canvas.width = 1400;
              canvas.height = 300;
              document.body.append(canvas);
              const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
              for (let k = 0; k < n; k += 1) {
                ctx.fillStyle = k % 2 ? '#2f6fde' : '#c4312b';
                ctx.fillRect((k * 7919) % 1400, (k * 104_729) % 290, 3, 9);
              }
              requestAnimationFrame(() => {
                resolve(performance.now() - start);
                canvas.remove();
              });
            }),
          items,
        ),
      );
    }
    return { axisMs: medianAfterFirst(samples), baselineMs: medianAfterFirst(baselines) };
  } finally {
    await browser.close();
  }
}

/** Screenshots of the harness for a person to look at: dense, sparse, zoomed to days, dark. */
export async function captureAxisScreenshots(harnessDir: string, outDir: string): Promise<string[]> {
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  const files: string[] = [];
  const shoot = async (page: Page, name: string): Promise<void> => {
    const file = path.join(outDir, `${name}.png`);
    await page.getByTestId('timeline-axis').screenshot({ path: file });
    files.push(file);
  };
  try {
    const page = await harnessPage(browser, harnessDir, { width: 1400, height: 700 }, 1);
    await paintedMs(page, 'n=100000', 100_000);
    await shoot(page, 'axis-dense-100k');

    await paintedMs(page, 'sparse&select=s6', 20);
    await shoot(page, 'axis-sparse');
    const canvas = page.getByTestId('timeline-axis-canvas');
    const box = await canvas.boundingBox();
    if (box) {
      await page.mouse.move(box.x + 700, box.y + 70);
    }
    await page.getByTestId('timeline-axis').locator('.timeline-axis-plot').focus();
    for (let i = 0; i < 9; i += 1) await page.keyboard.press('+');
    await page.waitForTimeout(100);
    await shoot(page, 'axis-sparse-days');

    await paintedMs(page, 'n=100000', 100_000);
    await page.getByTestId('timeline-axis').locator('.timeline-axis-plot').focus();
    for (let i = 0; i < 12; i += 1) await page.keyboard.press('+');
    await page.waitForTimeout(100);
    await shoot(page, 'axis-dense-zoomed');

    const darkPage = await harnessPage(browser, harnessDir, { width: 1400, height: 700 }, 2);
    await darkPage.emulateMedia({ colorScheme: 'dark' });
    await paintedMs(darkPage, 'sparse&select=s9', 20);
    await shoot(darkPage, 'axis-sparse-dark-2x');
  } finally {
    await browser.close();
  }
  return files;
}
