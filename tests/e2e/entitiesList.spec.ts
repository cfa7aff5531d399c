import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { createProject, openApp, token } from './session';

const SHOTS = process.env.DOSSIER_SHOTS_DIR;

async function call(page: Page, method: string, input: object): Promise<unknown> {
  const response = await page.request.post(`/api/call/${method}`, {
    data: input,
    headers: { 'content-type': 'application/json', 'x-dossier-token': token },
  });
  const body = (await response.json()) as { ok: boolean; result?: unknown; error?: { message: string } };
  expect(body.ok, body.error?.message).toBe(true);
  return body.result;
}

test('the entities list gives aliases room to be read, and ↓ from the filter chooses the row so M merges it', async ({ page }) => {
  // Wide enough for the list to show its Aliases column.
  await page.setViewportSize({ width: 1600, height: 800 });
  await openApp(page);
  await createProject(page, 'Entities list look');
  await call(page, 'entities.create', { kind: 'person', name: 'Gennady Vorontsov', aliases: ['Genady Vorontsov', 'Vorontsov'] });
  await call(page, 'entities.create', { kind: 'place', name: 'Lindhaven', aliases: ['LINDHAVEN'] });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Entities' }).click();
  const aliases = page.locator('.entity-grid .ag-row [col-id="aliases"]').filter({ hasText: 'Genady' });
  await expect(aliases).toBeVisible();
  if (SHOTS) await page.locator('.entities-list').screenshot({ path: `${SHOTS}/entities-list.png` });
  // Room for a name or two: at least the width of "Genady Vorontsov" and the cell's padding.
  const box = await aliases.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThanOrEqual(150);

  // "/" then ↓: the row with the focus ring is the chosen one, and M acts on it.
  await page.keyboard.press('/');
  await page.keyboard.type('lindhaven');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.entity-grid .ag-row:focus-within [col-id="name"]')).toHaveText('Lindhaven');
  await expect(page.locator('.entity-grid .ag-row-selected [col-id="name"]')).toHaveText('Lindhaven');
  await page.keyboard.press('m');
  await expect(page.getByRole('dialog', { name: 'Merge “Lindhaven” into…' })).toBeVisible();
});
