import { expect, test } from '@playwright/test';
import { createProject, openApp } from './session';

const SHOTS = process.env.DOSSIER_SHOTS_DIR;

test('notices are wide enough to read whole, and Show project file gives the path the project has after a rename', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  await createProject(page, 'Notice width check');

  await page.getByRole('button', { name: 'Rename project' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename project' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Harbour investigation with a rather long project name');
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('status').getByText('Project renamed to')).toBeVisible();

  await page.getByRole('button', { name: 'Show project file' }).click();
  const pathNotice = page.locator('.notice').filter({ hasText: 'The file is at' });
  await expect(pathNotice).toBeVisible();
  await expect(pathNotice).toContainText('Harbour investigation with a rather long project name.dossier');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/notices.png` });

  // A fixed stack over the content, not squeezed into the navigation column, and no message cut off.
  const box = await pathNotice.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThanOrEqual(320);
  const message = pathNotice.locator('.notice-message');
  const clipped = await message.evaluate((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
  expect(clipped).toBe(false);
  // Nothing of it falls outside the window.
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(1280);
});
