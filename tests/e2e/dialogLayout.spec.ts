import { expect, test, type Locator } from '@playwright/test';
import { createProject, openApp, selectInReader } from './session';

const SHOTS = process.env.DOSSIER_SHOTS_DIR;

const pasted = `Ceasefire talks resume in Veltra

A senior official, who asked not to be named, said the port access deal was close.`;

/** Whether the element shows all of its text: inside its container, not cut by its own box and not under another control. */
async function shownWhole(hint: Locator, container: Locator, others: Locator): Promise<boolean> {
  const hintBox = await hint.boundingBox();
  const outer = await container.boundingBox();
  if (!hintBox || !outer) return false;
  if (hintBox.x < outer.x - 1 || hintBox.x + hintBox.width > outer.x + outer.width + 1) return false;
  const cut = await hint.evaluate((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
  if (cut) return false;
  for (const other of await others.all()) {
    const box = await other.boundingBox();
    if (!box) continue;
    const overlapX = Math.min(hintBox.x + hintBox.width, box.x + box.width) - Math.max(hintBox.x, box.x);
    const overlapY = Math.min(hintBox.y + hintBox.height, box.y + box.height) - Math.max(hintBox.y, box.y);
    if (overlapX > 1 && overlapY > 1) return false;
  }
  return true;
}

test('the Edit highlight dialog shows its Ctrl/Cmd+Enter hint whole, not pushed out by its five buttons', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  await createProject(page, 'Dialog layout');
  await page.getByRole('button', { name: 'Add source' }).click();
  const add = page.getByRole('dialog');
  await add.getByRole('tab', { name: 'Paste text' }).click();
  await add.getByRole('textbox', { name: 'Text' }).fill(pasted);
  await add.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('gridcell', { name: 'Ceasefire talks resume in Veltra' }).click();
  await selectInReader(page, 'the port access deal was close');
  await page.getByRole('button', { name: 'Highlight' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Save highlight' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  const list = page.getByRole('list', { name: 'Highlights' });
  await list.getByRole('button', { name: 'the port access deal was close' }).click();
  await page.getByRole('button', { name: 'Edit highlight' }).first().click();
  const editor = page.getByRole('dialog', { name: 'Edit highlight' });
  await expect(editor).toBeVisible();
  const actions = editor.locator('.dialog-actions');
  await expect(actions.getByRole('button')).toHaveCount(5);
  const hint = editor.getByText('Ctrl/Cmd+Enter saves');
  await expect(hint).toBeVisible();
  if (SHOTS) await editor.screenshot({ path: `${SHOTS}/edit-highlight.png` });
  expect(await shownWhole(hint, editor, actions.getByRole('button'))).toBe(true);
});
