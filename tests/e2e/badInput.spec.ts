import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { createProject, openApp, workDir } from './session';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures');

test('bad source files each get a clear message and nothing else changes', async ({ page }) => {
  await openApp(page);
  await createProject(page, 'Bad input');
  await page.getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('tab', { name: 'Files' }).click();
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose files…' }).click();
  await (await chooser).setFiles(
    ['empty.txt', 'binary.txt', 'pdf-named.txt', 'hostile.html', 'windows-1252.txt'].map((name) => path.join(fixtures, name)),
  );
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();

  const summary = page.getByRole('dialog', { name: 'Import summary' });
  await expect(summary.getByText('1 imported')).toBeVisible();
  await expect(summary.getByText('"empty.txt" is empty.')).toBeVisible();
  await expect(summary.getByText(/"binary\.txt" .*not text/)).toBeVisible();
  // A PDF named .txt is read as a PDF; this one is cut short.
  await expect(summary.getByText(/"pdf-named\.txt" is a damaged PDF/)).toBeVisible();
  await expect(summary.getByText(/"hostile\.html" has no readable text/)).toBeVisible();
  await expect(summary.getByText(/Windows-1252/)).toBeVisible();
  await summary.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('row')).toHaveCount(2); // header + the one good file
});

test('a project file that is not a Dossier project is refused on the welcome screen', async ({ page }) => {
  await openApp(page);
  const bogus = path.join(workDir, 'holiday.dossier');
  fs.writeFileSync(bogus, 'not a database at all');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a .dossier file from disk…' }).click();
  await (await chooser).setFiles(bogus);
  await expect(page.getByRole('alert').getByText(/“holiday\.dossier” is not a Dossier project/)).toBeVisible();
  // The welcome screen stays usable.
  await expect(page.getByRole('button', { name: 'Open sample project' })).toBeEnabled();
});

test('the sample project opens with its highlights, claims and timeline', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Open sample project' }).click();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav).toBeVisible();
  const rows = page.getByRole('row');
  await expect(rows).not.toHaveCount(1);
  await page.getByRole('gridcell').first().click();
  await expect(page.locator('[data-annotation-ids]').first()).toBeVisible();

  // Claims: the twelve-a-week figure, graded and disputed, among the sample's seven.
  await nav.getByRole('button', { name: 'Claims' }).click();
  await expect(page.getByRole('grid', { name: 'Claims table' })).toBeVisible();
  const statements = page.locator('.claim-grid [row-id] [col-id="statement"]');
  await expect(statements).toHaveCount(7);
  const twelveId = await page
    .locator('.claim-grid [row-id]')
    .filter({ has: page.locator('[col-id="statement"]', { hasText: 'up to twelve vessels a week' }) })
    .first()
    .getAttribute('row-id');
  await expect(page.locator(`.claim-grid [row-id="${twelveId}"] [col-id="grade"]`)).toHaveText('B3');
  await expect(page.locator(`.claim-grid [row-id="${twelveId}"] [col-id="status"]`)).toHaveText('Disputed');

  // Timelines: "Dravik talks", its eight events from the 1953 convention on.
  await nav.getByRole('button', { name: 'Timelines' }).click();
  await page.getByRole('navigation', { name: 'Timelines' }).getByRole('button', { name: /Dravik talks/ }).click();
  await expect(page.getByRole('grid', { name: 'Events table' })).toBeVisible();
  const titles = page.locator('.timeline-grid .ag-row [col-id="title"]');
  await expect(titles).toHaveCount(8);
  await expect(titles.filter({ hasText: 'Dravik Transit Convention signed' })).toBeVisible();
  await expect(titles.filter({ hasText: 'Ceasefire violation reported near Ostrel' })).toBeVisible();
});
