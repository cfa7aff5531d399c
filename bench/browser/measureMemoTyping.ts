import { chromium, type Page } from '@playwright/test';
import { chromiumArgs } from './chromiumArgs';
import { keystrokeCosts, keystrokeTraceCategories, type TraceEvent } from './keystrokeTrace';

const TEXT = 'the delegation met again at the port and said talks would resume ';

/** Per keystroke, from the key event to just after the next frame (rAF, then a message once it is painted). */
async function listen(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { dossierKeySamples: number[] };
    w.dossierKeySamples = [];
    window.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.dossierKeySamples.push(performance.now() - start);
          channel.port2.postMessage(0);
        });
      },
      { capture: true },
    );
  });
}

/** Types `count` characters one keystroke at a time, each after the previous one was painted; the samples. */
async function typeMeasured(page: Page, count: number): Promise<number[]> {
  await page.evaluate(() => {
    (window as unknown as { dossierKeySamples: number[] }).dossierKeySamples = [];
  });
  for (let i = 0; i < count; i += 1) {
    await page.keyboard.type(TEXT[i % TEXT.length]!);
    await page.waitForFunction((n) => (window as unknown as { dossierKeySamples: number[] }).dossierKeySamples.length >= n, i + 1);
  }
  return page.evaluate(() => (window as unknown as { dossierKeySamples: number[] }).dossierKeySamples.slice());
}

export interface TypingSamples {
  /** Per keystroke, key event to the next frame as the page sees it (includes waiting for the display's refresh). */
  raw: number[];
  /** Per keystroke, the work from the key to its pixels on screen, read from a Chromium trace (see keystrokeTrace.ts). */
  work: number[];
}

/** Types `count` keys as typeMeasured does, under a Chromium trace. */
async function typeTraced(page: Page, count: number): Promise<TypingSamples> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: keystrokeTraceCategories, transferMode: 'ReportEvents' });
  const raw = await typeMeasured(page, count);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const work = keystrokeCosts(events);
  if (process.env.DOSSIER_TRACE_DUMP && work.length < raw.length) (await import('node:fs')).writeFileSync(process.env.DOSSIER_TRACE_DUMP, JSON.stringify(events));
  return { raw, work };
}

/**
 * Opens the 30-page memo in the Memos view, puts the caret in the middle and
 * types 200 characters, one key at a time; per keystroke the time from the
 * key event to the next paint, and the work that took. Baseline: the same typing in the
 * same document (the editor's HTML, in place, same styles) as a plain contenteditable without the editor.
 */
export async function measureMemoTyping(
  url: string,
  projectName: string,
  memoTitle: string,
  keystrokes = 200,
): Promise<{ memo: TypingSamples; baseline: TypingSamples }> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(url);
    await page.getByRole('button', { name: new RegExp(projectName) }).first().click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Memos' }).click();
    await page.getByRole('button', { name: `Open memo “${memoTitle}”` }).click();
    const text = page.getByRole('textbox', { name: `Memo text: ${memoTitle}` });
    await text.locator('sup.memo-citation').nth(199).waitFor();
    await listen(page);
    // The middle of the memo: the middle of its middle paragraph (a top-level one: not a cell or a block's note).
    const paragraphs = text.locator(':scope > p');
    const middle = paragraphs.nth(Math.floor((await paragraphs.count()) / 2));
    // Blocks out of view are laid out as they scroll in (content-visibility): wait until the paragraph stays put.
    let box = null;
    for (let tries = 0; tries < 10; tries += 1) {
      await middle.scrollIntoViewIfNeeded();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const now = await middle.boundingBox();
      if (box && now && now.y === box.y && now.height === box.height) break;
      box = now;
    }
    if (!box) throw new Error('memo typing bench: no middle paragraph');
    await page.mouse.click(box.x + box.width / 2, box.y + 4);
    // A few keys first to warm up, not counted; they must have landed in that paragraph.
    const before = (await middle.textContent()) ?? '';
    await typeMeasured(page, 10);
    if (((await middle.textContent()) ?? '').length !== before.length + 10) throw new Error('memo typing bench: the keys did not reach the memo text');
    const memo = await typeTraced(page, keystrokes);

    // The same document (the editor's own HTML and styles) as a plain contenteditable without the editor, caret in the middle.
    await page.evaluate(() => {
      const editor = document.querySelector('.ProseMirror') as HTMLElement;
      const plain = editor.cloneNode(true) as HTMLElement;
      plain.className = editor.className.replace('ProseMirror', '');
      plain.removeAttribute('aria-label');
      plain.contentEditable = 'true';
      plain.id = 'bench-plain';
      editor.replaceWith(plain);
      plain.focus();
      const plainParagraphs = plain.querySelectorAll('p');
      const plainMiddle = plainParagraphs[Math.floor(plainParagraphs.length / 2)]!;
      plainMiddle.scrollIntoView({ block: 'center' });
      const textNode = document.createTreeWalker(plainMiddle, NodeFilter.SHOW_TEXT).nextNode()!;
      const range = document.createRange();
      range.setStart(textNode, Math.floor((textNode.textContent ?? '').length / 2));
      range.collapse(true);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await typeMeasured(page, 10);
    const baseline = await typeTraced(page, keystrokes);
    return { memo, baseline };
  } finally {
    await browser.close();
  }
}
