import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { createProject, openApp, workDir, callApi as call } from './session';

const SHOTS = process.env.DOSSIER_SHOTS;

function read(file: string, sql: string): unknown[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).pluck().all();
  } finally {
    db.close();
  }
}

async function pasteSource(page: Page, text: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Sources/ }).click();
  await page.getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('tab', { name: 'Paste text' }).click();
  await dialog.getByRole('textbox', { name: 'Text' }).fill(text);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('gridcell', { name: text.split('\n')[0]! })).toBeVisible();
}

test('back up, edit, restore the backup, and undo the restore', async ({ page }) => {
  await openApp(page);
  await createProject(page, 'Harbour backups');
  await pasteSource(page, 'First report\n\nThe ferry left at dawn.');

  // The Backups view (the tenth view: from the navigation), empty for a new project.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Backups' }).click();
  const view = page.locator('[data-view="backups"]');
  await expect(view.getByRole('heading', { name: 'No backups yet' })).toBeVisible();
  await view.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('Backed up.')).toBeVisible();
  await expect(view.getByRole('row')).toHaveCount(2);
  await expect(view.getByRole('cell', { name: 'Backed up by you' })).toBeVisible();

  // Another edit after the backup.
  await pasteSource(page, 'Second report\n\nThe ferry returned at noon.');
  await expect(page.getByRole('row')).toHaveCount(3);

  // Restore the backup: the second report is gone.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Backups' }).click();
  await view.getByRole('button', { name: /^Restore…/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(confirm).toContainText('kept in a new backup first');
  await confirm.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(view.getByRole('cell', { name: 'Before a restore' })).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/backups-view.png` });
  const notice = page.getByText(/^Restored the backup of/);
  await expect(notice).toBeVisible();
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('gridcell', { name: 'First report' })).toBeVisible();
  await expect(page.getByRole('gridcell', { name: 'Second report' })).toHaveCount(0);

  // Undo: the second report is back, and the project still takes edits.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('The restore was undone.')).toBeVisible();
  await expect(page.getByRole('gridcell', { name: 'Second report' })).toBeVisible();
  await expect(page.getByRole('gridcell', { name: 'First report' })).toBeVisible();
  await pasteSource(page, 'Third report\n\nStill writable.');
  await expect(page.getByRole('row')).toHaveCount(4);
});

test('export the project file, whole or limited to chosen sources, as a download', async ({ page }) => {
  await openApp(page);
  await createProject(page, 'Export case');
  await call(page, 'entities.create', { kind: 'person', name: 'Ivan Petrov' });
  const alpha = await call<{ sourceId: string }>(page, 'sources.addText', { title: 'Alpha cable', outlet: 'Wire', text: 'Alpha names Ivan Petrov.' });
  await call(page, 'sources.addText', { title: 'Beta cable', text: 'Beta names nobody.' });
  await call(page, 'sources.addText', { title: 'Gamma note', text: 'Gamma is short.' });
  const ann = await call<{ id: string }>(page, 'annotations.create', { sourceId: alpha.sourceId, start: 0, end: 5 });
  await call(page, 'claims.create', { statement: 'Alpha claims.', annotationIds: [ann.id] });
  await call(page, 'memos.create', { title: 'Weekly brief' });

  // From the header, then the keyboard (Ctrl+Shift+E) for the second round.
  await page.getByRole('button', { name: 'Exchange' }).click();
  await page.getByRole('menuitem', { name: /^Export project file…/ }).click();
  let dialog = page.getByRole('dialog', { name: 'Export project file' });
  await expect(dialog.getByText('3 sources · 1 highlight · 0 labels · 1 claim')).toBeVisible();
  await expect(dialog.getByText(/1 memo$/)).toBeVisible();
  let downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export…' }).click();
  let download = await downloading;
  expect(download.suggestedFilename()).toBe('Export case.dossier');
  const whole = path.join(workDir, 'whole-export.dossier');
  await download.saveAs(whole);
  await expect(page.getByText(/^Exported “Export case.dossier”/)).toBeVisible();
  await expect(dialog).toHaveCount(0);

  await page.keyboard.press('Control+Shift+E');
  dialog = page.getByRole('dialog', { name: 'Export project file' });
  await dialog.getByRole('radio', { name: /Only chosen sources/ }).check();
  await expect(dialog.getByText('Choose at least one source, or export the whole project.').first()).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Export…' })).toBeDisabled();
  await dialog.getByRole('searchbox', { name: 'Filter sources' }).fill('cable');
  await expect(dialog.getByRole('checkbox', { name: /Gamma note/ })).toHaveCount(0);
  await dialog.getByRole('checkbox', { name: /Alpha cable/ }).check();
  await dialog.getByRole('checkbox', { name: 'Include memos' }).uncheck();
  await expect(dialog.getByText('1 of 3 sources chosen')).toBeVisible();
  await expect(dialog.getByText('1 source · 1 highlight · 0 labels · 1 claim · 1 entity · 0 events · 0 timelines · 0 memos')).toBeVisible();
  if (SHOTS) await dialog.screenshot({ path: `${SHOTS}/export-dialog.png` });
  downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export…' }).click();
  download = await downloading;
  expect(download.suggestedFilename()).toBe('Export case (selected sources).dossier');
  const chosen = path.join(workDir, 'chosen-export.dossier');
  await download.saveAs(chosen);

  expect(read(whole, 'SELECT title FROM sources ORDER BY title')).toEqual(['Alpha cable', 'Beta cable', 'Gamma note']);
  expect(read(whole, 'SELECT title FROM memos')).toEqual(['Weekly brief']);
  expect(read(whole, "SELECT value FROM project_meta WHERE key = 'exported_by'")[0]).toBeTruthy();
  expect(read(chosen, 'SELECT title FROM sources')).toEqual(['Alpha cable']);
  expect(read(chosen, 'SELECT statement FROM claims')).toEqual(['Alpha claims.']);
  expect(read(chosen, 'SELECT name FROM entities')).toEqual(['Ivan Petrov']);
  expect(read(chosen, 'SELECT count(*) FROM memos')).toEqual([0]);
  expect(JSON.parse(read(chosen, "SELECT value FROM project_meta WHERE key = 'export_scope'")[0] as string)).toMatchObject({ memos: false });
  for (const file of [whole, chosen]) fs.rmSync(file);
});
