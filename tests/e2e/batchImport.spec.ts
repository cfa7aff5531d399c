import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { callApi, createProject, openApp, selectInReader, workDir } from './session';

const fixtures = path.join(import.meta.dirname, '../fixtures/import');

/** A folder of mixed files: the fixtures' batch (txt, html, docx, two PDFs, one locked PDF), a copy, and many short notes. */
function makeFolder(name: string, notes: number): string {
  const folder = path.join(workDir, name);
  mkdirSync(path.join(folder, 'more'), { recursive: true });
  cpSync(path.join(fixtures, 'batch'), folder, { recursive: true });
  cpSync(path.join(fixtures, 'batch', 'note.txt'), path.join(folder, 'more', 'note copy.txt'));
  for (let i = 1; i <= notes; i++) {
    writeFileSync(path.join(folder, 'more', `field-note-${String(i).padStart(3, '0')}.txt`), `Field note ${i}: a convoy of ${i} trucks passed the Dravik checkpoint.\n`);
  }
  return folder;
}

test('batch-imports a folder of mixed files with one bad file: progress, summary, review, and a PDF in the reader', async ({ page }) => {
  const folder = makeFolder('mixed-folder', 60);
  await openApp(page);
  await createProject(page, 'Batch import');

  await page.getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add source' });
  await dialog.getByRole('tab', { name: 'Files' }).click();
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose a folder…' }).click();
  await (await chooser).setFiles(folder);
  await expect(dialog.getByRole('list', { name: 'Chosen files' }).getByText('locked.pdf')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();

  // Progress while it runs: files done of the total, the file being read, and Cancel.
  const status = dialog.getByRole('status');
  await expect(status).toContainText(/of 67 files/);
  await expect(status.getByRole('progressbar')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel import' })).toBeVisible();
  await page.screenshot({ path: path.join(workDir, 'batch-progress.png') });

  const summary = page.getByRole('dialog', { name: 'Import summary' });
  await expect(summary.getByText('1 failed, 1 to review, 1 already in the project, 64 imported')).toBeVisible({ timeout: 30_000 });
  const failed = summary.getByRole('listitem').filter({ hasText: 'locked.pdf' });
  await expect(failed).toContainText('Failed');
  await expect(failed).toContainText('is an encrypted PDF that needs a password');
  await expect(summary.getByRole('listitem').filter({ hasText: 'note copy.txt' })).toContainText('Already in project as');
  await expect(summary.getByRole('listitem').filter({ hasText: 'statement.docx' })).toContainText('Added as “Ministry Statement”');
  await page.screenshot({ path: path.join(workDir, 'batch-summary.png') });

  // The PDF with a running header, page numbers and split words is reviewed, then imported.
  await summary.getByRole('button', { name: 'Review… report.pdf' }).click();
  const review = page.getByRole('dialog', { name: 'Review “report.pdf” before import' });
  await expect(review.getByText('Harbour Monitoring Group - Weekly Report')).toBeVisible();
  const strip = review.getByRole('checkbox', { name: 'Strip repeated headers/footers and page numbers' });
  const join = review.getByRole('checkbox', { name: 'Join hyphenated words' });
  await expect(strip).toBeChecked();
  await expect(join).toBeChecked();
  const preview = review.getByLabel('Text to import (3 pages)');
  await expect(preview).toContainText('officials from both delegations.');
  await expect(preview).not.toContainText('Page 1 of 3');
  await join.uncheck();
  await expect(preview).toContainText('both del-egations');
  await join.check();
  await page.screenshot({ path: path.join(workDir, 'batch-review.png') });
  await review.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(summary.getByText('1 failed, 1 already in the project, 65 imported')).toBeVisible();
  await summary.getByRole('button', { name: 'Done' }).click();

  // An imported PDF opens in the reader, with its pages.
  const filter = page.getByLabel('Filter sources');
  await filter.fill('plain statement');
  await page.getByRole('gridcell', { name: 'A plain statement on one page. It has two lines.' }).click();
  await expect(page.getByTestId('reader-text')).toContainText('Page two starts here.');
  await expect(page.locator('.source-facts')).toContainText('PDF, 2 pages');
  await filter.fill('Weekly Report');
  await page.getByRole('gridcell', { name: 'Weekly Report 14' }).click();
  await expect(page.getByTestId('reader-text')).toContainText('subject to inspection at Lindhaven.');
  await expect(page.getByTestId('reader-text')).not.toContainText('Harbour Monitoring Group');
  await expect(page.locator('.source-facts')).toContainText('PDF, 3 pages');

  // A passage highlighted on page 2 says so in the list of highlights.
  await selectInReader(page, 'twelve vessels a week');
  await page.getByRole('button', { name: 'Highlight' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Save highlight' }).click();
  const entry = page.getByRole('list', { name: 'Highlights' }).getByRole('listitem').filter({ hasText: 'twelve vessels a week' });
  await expect(entry).toContainText('p. 2');
  await page.screenshot({ path: path.join(workDir, 'batch-reader.png') });
});

test('cancels a batch import: what was imported stays, and the summary says so', async ({ page }) => {
  const folder = makeFolder('big-folder', 400);
  await openApp(page);
  await createProject(page, 'Cancelled import');
  await page.getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add source' });
  await dialog.getByRole('tab', { name: 'Files' }).click();
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose a folder…' }).click();
  await (await chooser).setFiles(folder);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText(/[1-9]\d* of 407 files/);
  await dialog.getByRole('button', { name: 'Cancel import' }).click();

  const summary = page.getByRole('dialog', { name: 'Import summary' });
  const note = summary.getByRole('note');
  await expect(note).toContainText(/^Import cancelled: \d+ files? (?:was|were) not imported\. /);
  const text = (await note.textContent()) ?? '';
  const notRead = Number(/(\d+) files? (?:was|were) not imported/.exec(text)?.[1]);
  const imported = text.includes('The source already imported stays') ? 1 : Number(/The (\d+) sources already imported stay/.exec(text)?.[1] ?? 0);
  expect(notRead).toBeGreaterThan(0);
  expect(notRead + imported).toBeLessThanOrEqual(407);
  await summary.getByRole('button', { name: 'Done' }).click();
  // Every source that went in before the cancel, and no other (the grid draws only the rows in view: ask the project).
  await expect.poll(async () => (await callApi<unknown[]>(page, 'sources.list', {})).length).toBe(imported);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Sources' })).toContainText(String(imported));
});
