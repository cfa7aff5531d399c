import { expect, test, type Page } from '@playwright/test';
import { createProject, openApp } from './session';

const text = `Port talks resume in Veltra

Negotiators returned to the table on Monday. A senior official said the deal was close. Observers were less sure. The port has been closed since the autumn.`;

async function pasteSource(page: Page, body: string, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Text' }).fill(body);
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('gridcell', { name: title })).toBeVisible();
}

/** Presses Tab until the element matching `selector` has focus; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 12): Promise<number> {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return presses;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const focusedIsGridCell = (page: Page) => page.evaluate(() => document.activeElement?.closest('.ag-root') !== null && document.activeElement?.getAttribute('role') === 'gridcell');

test('a passage is highlighted with the keyboard alone: Tab to the text, Shift+Down by sentence, H, save', async ({ page }) => {
  await openApp(page);
  await createProject(page, 'Keyboard highlight');
  await pasteSource(page, text, 'Port talks resume in Veltra');

  // Focus the list (Ctrl+1), then Tab on into the text: the grid is a single stop.
  await page.keyboard.press('Control+1');
  await expect.poll(() => focusedIsGridCell(page)).toBe(true);
  await tabTo(page, '[data-testid="reader-text"]');
  const reader = page.getByTestId('reader-text');
  await expect(reader).toBeFocused();
  await expect(page.getByRole('list', { name: 'Keys in the text' })).toBeVisible();

  // The cursor starts on the first sentence; Down moves it, Shift+Down selects from there.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(reader).toHaveAttribute('data-cursor-start', String(text.indexOf('A senior official')));
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('A senior official said the deal was close. Observers were less sure.');
  // Shift+Left takes the last word back.
  await page.keyboard.press('Shift+ArrowLeft');
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('A senior official said the deal was close. Observers were less');
  await page.keyboard.press('Shift+ArrowRight');

  await page.keyboard.press('h');
  const editor = page.getByRole('dialog', { name: 'New highlight' });
  await expect(editor.getByLabel('Highlighted passage')).toContainText('A senior official said the deal was close. Observers were less sure.');
  await page.keyboard.type('Unnamed official; doubted by observers');
  // A new label made in the editor keeps focus in the editor, so Ctrl+Enter still saves.
  await editor.getByRole('textbox', { name: 'New label', exact: true }).fill('Anonymous claim');
  await page.keyboard.press('Enter');
  await expect(editor.getByRole('button', { name: 'Anonymous claim' })).toBeFocused();
  await page.keyboard.press('Control+Enter');
  await expect(editor).toBeHidden();

  await expect(page.locator('mark[data-annotation-ids]').first()).toBeVisible();
  const marked = await page.locator('mark[data-annotation-ids]').allTextContents();
  expect(marked.join('')).toBe('A senior official said the deal was close. Observers were less sure.');
  const list = page.getByRole('list', { name: 'Highlights' });
  await expect(list.getByText('Unnamed official; doubted by observers')).toBeVisible();
  await expect(list.getByText('Anonymous claim')).toBeVisible();
  // Focus is back in the text, ready for the next passage; Ctrl+A takes only the text.
  await expect(reader).toBeFocused();
  await page.keyboard.press('Control+a');
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(text);
  await page.keyboard.press('Escape');
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('');
});

test('Tab and Shift+Tab leave the sources grid; arrows move inside it; Enter opens into the text', async ({ page }) => {
  await openApp(page);
  await createProject(page, 'Grid keys');
  await pasteSource(page, 'First source text. It has two sentences.', 'First source');
  await pasteSource(page, 'Second source text. Also two sentences.', 'Second source');

  const filter = page.getByRole('searchbox', { name: 'Filter sources' });
  await filter.focus();
  await tabTo(page, 'button.primary'); // Add source
  await page.keyboard.press('Tab');
  expect(await focusedIsGridCell(page)).toBe(true);
  // One more Tab leaves the grid: no stop on each header and cell.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('.ag-root') ?? null)).toBeNull();
  await page.keyboard.press('Shift+Tab');
  expect(await focusedIsGridCell(page)).toBe(true);
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Add source' })).toBeFocused();

  // Back in: arrows move between rows, Enter opens the focused row and moves into its text.
  await page.keyboard.press('Tab');
  const before = await page.evaluate(() => document.activeElement?.closest('[row-index]')?.getAttribute('row-index'));
  await page.keyboard.press('ArrowDown');
  const after = await page.evaluate(() => document.activeElement?.closest('[row-index]')?.getAttribute('row-index'));
  expect(Number(after)).toBe(Number(before) + 1);
  const title = await page.evaluate(() => document.activeElement?.closest('[row-index]')?.querySelector('[col-id="title"]')?.textContent);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('reader-text')).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: title ?? '' })).toBeVisible();
  // The focus ring on a grid cell is 2px, like everywhere else.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Control+1');
  await expect.poll(() => focusedIsGridCell(page)).toBe(true);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineWidth);
  expect(outline).toBe('2px');
});
