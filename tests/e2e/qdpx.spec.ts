import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { openApp, token } from './session';

const SHOTS = process.env.DOSSIER_SHOTS_DIR;
const badCorpus = path.join(import.meta.dirname, '..', 'fixtures', 'bad-qdpx');

async function api<T>(page: Page, method: string, data: unknown = {}): Promise<T> {
  const response = await page.request.post(`/api/call/${method}`, { data, headers: { 'content-type': 'application/json', 'x-dossier-token': token } });
  const body = (await response.json()) as { ok: boolean; result: T };
  expect(body.ok, method).toBe(true);
  return body.result;
}

interface Snapshot {
  counts: { sources: number; annotations: number; labels: number; entities: number };
  sources: string[];
  labels: string[];
}

async function snapshot(page: Page): Promise<Snapshot> {
  const current = await api<{ counts: Snapshot['counts'] }>(page, 'projects.current');
  const { sources, annotations, labels, entities } = current.counts;
  return {
    counts: { sources, annotations, labels, entities },
    sources: (await api<{ title: string }[]>(page, 'sources.list')).map((s) => s.title).sort(),
    labels: (await api<{ name: string; color: string }[]>(page, 'labels.list')).map((l) => `${l.name} ${l.color}`).sort(),
  };
}

async function chooseFromExchange(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'Exchange' }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

test('the sample goes out as a .qdpx and Web Annotations, and the .qdpx comes back as a new project with the same sources, highlights and labels', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Open sample project' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  const sample = await snapshot(page);
  const sampleName = (await api<{ name: string }>(page, 'projects.current')).name;
  expect(sample.counts.annotations).toBeGreaterThan(0);

  // Export for QDA software: a zip with project.qde and the texts.
  await page.getByRole('button', { name: 'Exchange' }).click();
  const menu = page.getByRole('menu', { name: 'Exchange with colleagues and other software' });
  await expect(menu.getByRole('menuitem')).toHaveText([/^Export project file…/, /^Merge a colleague’s file…/, 'Export for QDA software (.qdpx)…', 'Export highlights as Web Annotations…', 'Import QDA project (.qdpx)…']);
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/qdpx-menu.png` });
  // From the keyboard: arrows move, Esc closes and gives focus back to the menu's button.
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: /^Merge a colleague’s file…/ })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'Import QDA project (.qdpx)…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(page.getByRole('button', { name: 'Exchange' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  let downloading = page.waitForEvent('download');
  await menu.getByRole('menuitem', { name: 'Export for QDA software (.qdpx)…' }).click();
  let download = await downloading;
  expect(download.suggestedFilename()).toBe(`${sampleName}.qdpx`);
  const qdpx = fs.readFileSync((await download.path())!);
  const files = unzipSync(new Uint8Array(qdpx));
  expect(strFromU8(files['project.qde']!)).toContain('<Project xmlns="urn:QDA-XML:project:1.0"');
  expect(Object.keys(files).filter((name) => name.startsWith('Sources/') && name.endsWith('.txt'))).toHaveLength(sample.counts.sources);
  await expect(page.locator('.notice').filter({ hasText: `Exported ${sample.counts.sources} sources` })).toContainText(`${sample.counts.annotations} highlights`);

  // Web Annotations: one per highlight.
  downloading = page.waitForEvent('download');
  await chooseFromExchange(page, 'Export highlights as Web Annotations…');
  download = await downloading;
  expect(download.suggestedFilename()).toBe(`${sampleName} highlights.jsonld`);
  const collection = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
  expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
  expect(collection.first.items).toHaveLength(sample.counts.annotations);
  await expect(page.locator('.notice').filter({ hasText: `Exported ${sample.counts.annotations} highlights as Web Annotations` })).toBeVisible();

  // Import the .qdpx: a new project, opened, with the same content.
  let chooser = page.waitForEvent('filechooser');
  await chooseFromExchange(page, 'Import QDA project (.qdpx)…');
  await (await chooser).setFiles({ name: 'from-colleague.qdpx', mimeType: 'application/zip', buffer: qdpx });
  await expect(page.locator('.notice').filter({ hasText: `Imported “${sampleName}” from from-colleague.qdpx as a new project` })).toBeVisible();
  const imported = await api<{ path: string; name: string }>(page, 'projects.current');
  expect(path.basename(imported.path)).toBe(`${sampleName} (2).dossier`);
  expect(await snapshot(page)).toEqual(sample);
  await expect(page.locator('.project-title')).toContainText(sampleName);
  for (const title of sample.sources) await expect(page.getByRole('gridcell', { name: title, exact: true })).toBeVisible();
  await page.getByRole('gridcell', { name: sample.sources[0], exact: true }).click();
  await expect(page.locator('[data-annotation-ids]').first()).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Labels' }).click();
  const labelList = page.getByRole('list', { name: 'Labels' });
  for (const label of sample.labels) await expect(labelList).toContainText(label.slice(0, label.lastIndexOf(' ')));
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/qdpx-imported.png` });

  // A hostile file is refused with a clear message, and the open project stays as it was.
  chooser = page.waitForEvent('filechooser');
  await chooseFromExchange(page, 'Import QDA project (.qdpx)…');
  await (await chooser).setFiles(path.join(badCorpus, 'traversal-dotdot.qdpx'));
  await expect(page.getByRole('alert')).toContainText('“traversal-dotdot.qdpx” cannot be imported: the entry “../../evil.txt” is unsafe (it climbs out of the archive).');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/qdpx-refused.png` });
  expect((await api<{ path: string }>(page, 'projects.current')).path).toBe(imported.path);
  expect(await snapshot(page)).toEqual(sample);

  // An empty project has no highlights to export: the notice says how to make one, and nothing is saved.
  await page.getByRole('button', { name: 'Close project' }).click();
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Name' }).fill('Nothing yet');
  await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await chooseFromExchange(page, 'Export highlights as Web Annotations…');
  await expect(page.locator('.notice').filter({ hasText: 'This project has no highlights to export yet.' })).toBeVisible();
  expect(downloads).toBe(0);

  // From the welcome screen too.
  await page.getByRole('button', { name: 'Close project' }).click();
  await expect(page.getByRole('button', { name: 'Import QDA project (.qdpx)…' })).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/qdpx-welcome.png` });
  chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import QDA project (.qdpx)…' }).click();
  await (await chooser).setFiles({ name: 'again.qdpx', mimeType: 'application/zip', buffer: qdpx });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.locator('.notice').filter({ hasText: 'from again.qdpx as a new project' })).toBeVisible();
  expect(await snapshot(page)).toEqual(sample);
});
