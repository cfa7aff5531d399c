import path from 'node:path';
import { expect, test } from '@playwright/test';
import { createProject, openApp, selectInReader } from './session';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures');

const pasted = `Ceasefire talks resume in Veltra

Negotiators from Arvena and Solmark returned to the table in Veltra this week.
A senior official, who asked not to be named, said the port access deal was close.`;

test('a source is pasted, a page imported, a passage highlighted, and it all survives a reload and the Trash', async ({ page }) => {
  await openApp(page);
  await createProject(page, 'Veltra talks');

  // Paste a source.
  await page.getByRole('button', { name: 'Add source' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByRole('tab', { name: 'Paste text' }).click();
  await dialog.getByRole('textbox', { name: 'Text' }).fill(pasted);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('gridcell', { name: 'Ceasefire talks resume in Veltra' })).toBeVisible();

  // Import a saved web page: only the article is kept.
  await page.getByRole('button', { name: 'Add source' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByRole('tab', { name: 'Files' }).click();
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose files…' }).click();
  await (await chooser).setFiles(path.join(fixtures, 'article.html'));
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  const summary = page.getByRole('dialog', { name: 'Import summary' });
  await expect(summary.getByText('1 imported')).toBeVisible();
  await summary.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('row')).toHaveCount(3); // header + two sources

  // Read the pasted source and highlight a passage with a note and a new label.
  await page.getByRole('gridcell', { name: 'Ceasefire talks resume in Veltra' }).click();
  await expect(page.getByTestId('reader-text')).toContainText('senior official');
  await selectInReader(page, 'the port access deal was close');
  await page.getByRole('button', { name: 'Highlight' }).click();
  const editor = page.getByRole('dialog');
  await editor.getByRole('textbox', { name: 'Note' }).fill('Unnamed source; check with the ministry');
  await editor.getByRole('textbox', { name: 'New label', exact: true }).fill('Anonymous claim');
  await editor.getByRole('button', { name: 'Add label' }).click();
  await expect(editor.getByRole('checkbox', { name: 'Anonymous claim' }).or(editor.getByRole('button', { name: 'Anonymous claim' }))).toBeVisible();
  await editor.getByRole('button', { name: 'Save highlight' }).click();
  const mark = page.locator('[data-annotation-ids]').filter({ hasText: 'port access' });
  await expect(mark.first()).toBeVisible();

  // Reload: the highlight, its note and label are still there.
  await page.reload();
  await page.getByRole('gridcell', { name: 'Ceasefire talks resume in Veltra' }).click();
  await expect(page.locator('[data-annotation-ids]').filter({ hasText: 'port access' }).first()).toBeVisible();

  // Close the project and open it again from the recent projects.
  await page.getByRole('button', { name: 'Close project' }).click();
  await page.getByRole('button', { name: /Veltra talks/ }).first().click();
  await page.getByRole('gridcell', { name: 'Ceasefire talks resume in Veltra' }).click();
  await expect(page.locator('[data-annotation-ids]').filter({ hasText: 'port access' }).first()).toBeVisible();
  const sideList = page.getByRole('list', { name: 'Highlights' });
  await expect(sideList.getByText('Unnamed source; check with the ministry')).toBeVisible();
  await expect(sideList.getByText('Anonymous claim')).toBeVisible();

  // Delete it, then restore it from the Trash.
  await sideList.getByRole('button', { name: 'the port access deal was close' }).click();
  await page.getByRole('button', { name: 'Delete highlight' }).first().click();
  await expect(page.locator('[data-annotation-ids]')).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Trash' }).click();
  await expect(page.getByText('“the port access deal was close”')).toBeVisible();
  await page.getByRole('button', { name: 'Restore' }).first().click();
  await expect(page.getByText(/trash is empty/i)).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Sources' }).click();
  await page.getByRole('gridcell', { name: 'Ceasefire talks resume in Veltra' }).click();
  await expect(page.getByRole('list', { name: 'Highlights' }).getByText('Unnamed source; check with the ministry')).toBeVisible();
});
