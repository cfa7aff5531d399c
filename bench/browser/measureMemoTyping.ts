import { chromium, type Page } from '@playwright/test';
import { chromiumArgs } from './chromiumArgs';

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

/**
 * Opens the 30-page memo in the Memos view, puts the caret in the middle and
 * types 200 characters, one key at a time; per keystroke the time from the
 * key event to the next paint. Baseline: the same typing in a plain
 * contenteditable div holding the same text, in the same page.
 */
export async function measureMemoTyping(
  url: string,
  projectName: string,
  memoTitle: string,
  keystrokes = 200,
): Promise<{ memo: number[]; baseline: number[] }> {
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
    // The middle of the memo: the middle of its middle paragraph.
    const paragraphs = text.locator('p');
    const middle = paragraphs.nth(Math.floor((await paragraphs.count()) / 2));
    await middle.scrollIntoViewIfNeeded();
    const box = await middle.boundingBox();
    if (!box) throw new Error('memo typing bench: no middle paragraph');
    await page.mouse.click(box.x + box.width / 2, box.y + 4);
    // A few keys first to warm up, not counted.
    await typeMeasured(page, 10);
    const memo = await typeMeasured(page, keystrokes);

    // The same text as one plain editable block, over the page, caret in the middle.
    const plain = await text.innerText();
    await page.evaluate((t) => {
      const div = document.createElement('div');
      div.contentEditable = 'true';
      div.id = 'bench-plain';
      div.style.cssText = 'position:fixed;inset:0;overflow:auto;background:#fff;white-space:pre-wrap;padding:40px;z-index:99999;font:16px serif';
      div.textContent = t;
      document.body.append(div);
      div.focus();
      const node = div.firstChild!;
      const range = document.createRange();
      range.setStart(node, Math.floor(t.length / 2));
      range.collapse(true);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      // Scroll the caret into view, as the memo was.
      const mark = document.createElement('span');
      range.insertNode(mark);
      mark.scrollIntoView({ block: 'center' });
      mark.remove();
      selection.removeAllRanges();
      const again = document.createRange();
      again.setStart(div.firstChild!, Math.floor(t.length / 2));
      again.collapse(true);
      selection.addRange(again);
    }, plain);
    await typeMeasured(page, 10);
    const baseline = await typeMeasured(page, keystrokes);
    return { memo, baseline };
  } finally {
    await browser.close();
  }
}
