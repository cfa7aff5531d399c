import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { createProject, openApp, workDir, callApi as call } from './session';

const SHOTS = process.env.DOSSIER_SHOTS;
const harborText = `Talks in the harbor city ended on Tuesday.
Minister Ivanov said the ceasefire would hold, and that observers would arrive next week.`;

interface ProjectInfo {
  path: string;
  name: string;
}

/**
 * The colleague's file: the project closed (its WAL folded back) and copied, as an export would write it.
 * Leaves the welcome screen showing.
 */
async function exportProject(page: Page, name: string): Promise<string> {
  const current = await call<ProjectInfo>(page, 'projects.current', {});
  await page.getByRole('button', { name: 'Close project' }).click();
  await expect(page.getByRole('button', { name: 'New project' })).toBeVisible();
  const file = path.join(workDir, `${name}.dossier`);
  fs.copyFileSync(current.path, file);
  return file;
}

async function openProject(page: Page, info: ProjectInfo): Promise<void> {
  await call(page, 'projects.open', { path: info.path });
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.locator('.project-title')).toContainText(info.name);
}

/** Merge through the UI: the command, the file chooser, the preview, Merge. Returns the preview dialog's counts table text. */
async function mergeThroughUi(page: Page, file: string, expectPreview: (dialog: ReturnType<Page['getByRole']>) => Promise<void>, shot?: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Exchange' }).click();
  await page.getByRole('menuitem', { name: /^Merge a colleague’s file…/ }).click();
  await (await chooser).setFiles(file);
  const dialog = page.getByRole('dialog', { name: 'Merge a colleague’s file' });
  await expect(dialog.getByRole('button', { name: 'Merge' })).toBeVisible();
  await expectPreview(dialog);
  if (SHOTS && shot) await dialog.screenshot({ path: `${SHOTS}/${shot}` });
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await expect(dialog).toBeHidden();
}

function countsRow(dialog: ReturnType<Page['getByRole']>, kind: string) {
  return dialog.getByRole('row', { name: new RegExp(`^${kind}\\b`) });
}

/** The navigation entry; its count badge is hidden from screen readers, so read its text. */
function conflictsNav(page: Page) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Conflicts' });
}

interface Content {
  labels: { id: string; name: string; color: string }[];
  sources: { id: string; title: string }[];
  claims: unknown;
}

async function content(page: Page): Promise<Content> {
  const labels = await call<{ id: string; name: string; color: string }[]>(page, 'labels.list', {});
  const sources = await call<{ id: string; title: string }[]>(page, 'sources.list', {});
  const claims = await call<{ rows: unknown }>(page, 'claims.list', {});
  return {
    labels: labels.map(({ id, name, color }) => ({ id, name, color })).sort((a, b) => a.id.localeCompare(b.id)),
    sources: sources.map(({ id, title }) => ({ id, title })).sort((a, b) => a.id.localeCompare(b.id)),
    claims: claims.rows,
  };
}

test('two analysts merge each other’s files both ways through the UI, settle a conflict, and end with the same content', async ({ page }) => {
  await openApp(page);

  // Ana starts the project.
  await createProject(page, 'Harbor (Ana)');
  const ana = await call<ProjectInfo>(page, 'projects.current', {});
  const source = await call<{ sourceId: string }>(page, 'sources.addText', { title: 'Harbor report', text: harborText });
  const key = await call<{ id: string }>(page, 'labels.create', { name: 'Key', color: '#0072b2' });
  const doubt = await call<{ id: string }>(page, 'labels.create', { name: 'Doubt', color: '#d55e00' });
  const start = harborText.indexOf('ceasefire');
  await call(page, 'annotations.create', { sourceId: source.sourceId, start, end: start + 9, labelIds: [key.id] });
  const anaFirst = await exportProject(page, 'ana-1');

  // Ben starts his own project and merges Ana's file in.
  await createProject(page, 'Harbor (Ben)');
  const ben = await call<ProjectInfo>(page, 'projects.current', {});
  await mergeThroughUi(
    page,
    anaFirst,
    async (dialog) => {
      await expect(dialog.getByTestId('last-exchange')).toHaveText('This is the first file you merge from “Harbor (Ana)”.');
      await expect(countsRow(dialog, 'Labels')).toContainText('2');
      await dialog.getByText('Added: Labels (2)').click();
      await expect(dialog.getByRole('listitem').filter({ hasText: 'Doubt' })).toBeVisible();
    },
    'merge-preview-first.png',
  );
  await expect(page.getByText('Merged “ana-1.dossier”: 4 added, 0 updated, 0 deleted.')).toBeVisible();
  await page.getByRole('button', { name: /^Labels/ }).click();
  await expect(page.getByText('Doubt')).toBeVisible();

  // Different edits on both sides: both rename "Key" (a conflict), Ben deletes "Doubt", each adds a label.
  await call(page, 'labels.update', { id: key.id, name: 'Key (Ben)' });
  await call(page, 'labels.delete', { id: doubt.id });
  await call(page, 'labels.create', { name: 'Ben’s label', color: '#009e73' });
  const benFile = await exportProject(page, 'ben-1');

  await openProject(page, ana);
  await call(page, 'labels.update', { id: key.id, name: 'Key (Ana)' });
  await call(page, 'labels.create', { name: 'Ana’s label', color: '#cc79a7' });

  // A bad file first: core's message, nothing changed.
  const before = await content(page);
  const badFile = path.join(workDir, 'not-a-project.dossier');
  fs.writeFileSync(badFile, 'These are meeting notes, not a project. '.repeat(20));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Exchange' }).click();
  await page.getByRole('menuitem', { name: /^Merge a colleague’s file…/ }).click();
  await (await chooser).setFiles(badFile);
  const dialog = page.getByRole('dialog', { name: 'Merge a colleague’s file' });
  await expect(dialog.getByRole('alert')).toHaveText('“not-a-project.dossier” cannot be used: it is not a Dossier project file (it is a text file).');
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toBeHidden();
  expect(await content(page)).toEqual(before);

  await mergeThroughUi(
    page,
    benFile,
    async (d) => {
      await expect(d.getByTestId('last-exchange')).toHaveText('This is the first file you merge from “Harbor (Ben)”.');
      const labels = countsRow(d, 'Labels');
      await expect(labels.getByRole('cell')).toHaveText(['1', '0', '1', '1', '0']);
      await d.getByText('Conflicts: Labels (1)').click();
      await expect(d.getByRole('listitem').filter({ hasText: 'Key (Ana)' })).toBeVisible();
    },
    'merge-preview-conflict.png',
  );
  await expect(page.getByText(/Merged “ben-1\.dossier”: 1 added, 0 updated, 1 deleted, 1 conflict to review/)).toBeVisible();
  await expect(conflictsNav(page)).toHaveText('Conflicts1');

  // Settle the conflict in the Conflicts view: compare, then take Ben's name.
  await page.getByRole('button', { name: 'Review conflicts' }).click();
  const view = page.locator('[data-view="conflicts"]');
  await expect(view.getByRole('heading', { name: /Conflicts/ })).toBeVisible();
  const row = view.getByRole('row').filter({ hasText: 'Key (Ana)' });
  await row.getByRole('button', { name: 'Compare' }).click();
  const compare = view.getByRole('group', { name: 'Compare: Key (Ana)' });
  await expect(compare.getByRole('region', { name: 'Mine' })).toContainText('Key (Ana)');
  await expect(compare.getByRole('region', { name: 'Theirs (Harbor (Ben))' })).toContainText('Key (Ben)');
  await expect(view.getByText('“ben-1.dossier” from “Harbor (Ben)”')).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/conflicts-view.png` });
  await row.getByRole('button', { name: 'Take theirs' }).click();
  await expect(page.getByText('Took your colleague’s version of “Key (Ana)”.')).toBeVisible();
  await expect(view.getByRole('heading', { name: 'No conflicts to settle' })).toBeVisible();
  await expect(conflictsNav(page)).toHaveText('Conflicts');
  const anaFile = await exportProject(page, 'ana-2');

  // Ben merges Ana's file back: his history knows the last exchange, nothing conflicts.
  await openProject(page, ben);
  await mergeThroughUi(page, anaFile, async (d) => {
    await expect(d.getByTestId('last-exchange')).toContainText('Last exchange with “Harbor (Ana)”:');
    await expect(countsRow(d, 'Labels').getByRole('cell')).toHaveText(['1', '1', '0', '0', '0']);
  });
  await expect(conflictsNav(page)).toHaveText('Conflicts');
  const benContent = await content(page);

  await openProject(page, ana);
  const anaContent = await content(page);
  expect(anaContent).toEqual(benContent);
  expect(anaContent.labels.map((l) => l.name).sort()).toEqual(['Ana’s label', 'Ben’s label', 'Key (Ben)']);

  // Both projects show the same labels in the Labels view.
  for (const project of [ana, ben]) {
    await openProject(page, project);
    await page.getByRole('button', { name: /^Labels/ }).click();
    const labelsView = page.locator('[data-view="labels"]');
    for (const name of ['Ana’s label', 'Ben’s label', 'Key (Ben)']) await expect(labelsView.getByText(name, { exact: true })).toBeVisible();
    await expect(labelsView.getByText('Doubt', { exact: true })).toHaveCount(0);
  }
});
