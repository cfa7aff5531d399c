import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { callApi, createProject, openApp } from './session';

const herald = `Port talks resume in Dravik

Negotiators from Karvenia and Selmara met again at the port this week. A senior official, who asked not to be named, said a joint statement was “close”. Gennady Vorontsov (Геннадий Воронцов) led the Karvenian side.

Officials at the Élysée were briefed on the port talks, and the port authority said traffic would resume.`;
const ministry = 'Ministry statement on shipping\n\nNo more than eight vessels per week were foreseen, the ministry said.';

/** The text under the reader's brief flash after a search result opened it (the span it landed on). */
async function flashedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('dossier-flash');
    const range = highlight ? ([...highlight][0] as Range | undefined) : undefined;
    return range?.toString() ?? '';
  });
}

test('global search: a phrase found across kinds, opened at the exact span; filters, odd queries, saved searches; find in the source', async ({ page }) => {
  await openApp(page);
  await createProject(page, 'Search');
  const a = await callApi<{ sourceId: string }>(page, 'sources.addText', { title: 'Herald: port talks', text: herald, outlet: 'Herald', reliability: 'B' });
  await callApi(page, 'sources.addText', { title: 'Ministry statement', text: ministry, outlet: 'Ministry', reliability: 'A' });
  const at = herald.indexOf('A senior official');
  const note = await callApi<{ id: string }>(page, 'annotations.create', { sourceId: a.sourceId, start: at, end: at + 17, note: 'Anonymous: check the joint statement with the desk' });
  await callApi(page, 'claims.create', { statement: 'A joint statement is close', annotationIds: [note.id], credibility: 3 });
  const entity = await callApi<{ id: string }>(page, 'entities.create', { kind: 'person', name: 'Gennady Vorontsov' });
  await callApi(page, 'entities.addAlias', { entityId: entity.id, alias: 'Воронцов' });

  // Ctrl/Cmd+K, a phrase: sources, highlights and claims, each group with its count and the words marked.
  await page.keyboard.press('ControlOrMeta+k');
  const box = page.getByRole('searchbox', { name: 'Search the project' });
  await expect(box).toBeFocused();
  await box.fill('"joint statement"');
  const sources = page.getByRole('region', { name: /^Sources/ });
  await expect(sources.getByRole('heading')).toHaveText('Sources 1');
  await expect(page.getByRole('region', { name: /^Highlights/ }).getByRole('heading')).toHaveText('Highlights 1');
  await expect(page.getByRole('region', { name: /^Claims/ }).getByRole('heading')).toHaveText('Claims 1');
  await expect(sources.locator('mark')).toHaveText('joint statement');
  await page.screenshot({ path: test.info().outputPath('search-results.png') });

  // Opening the source lands on the words themselves.
  await sources.getByRole('button', { name: /Herald: port talks/ }).click();
  await expect(page.getByRole('heading', { name: 'Herald: port talks' })).toBeVisible();
  await expect.poll(() => flashedText(page)).toBe('joint statement');

  // Case and accents do not matter, in any script; an alias finds its entity, which opens on its page.
  await page.keyboard.press('ControlOrMeta+k');
  await box.fill('ВОРОНЦОВ');
  const entities = page.getByRole('region', { name: /^Entities/ });
  await expect(entities.locator('mark')).toHaveText('Воронцов');
  await page.getByRole('group', { name: 'Look in' }).getByRole('button', { name: /^Entities/ }).click();
  await expect(page.getByRole('region', { name: /^Sources/ })).toHaveCount(0);
  await entities.getByRole('button', { name: /Gennady Vorontsov/ }).click();
  await expect(page.getByRole('heading', { name: 'Gennady Vorontsov', level: 1 }).or(page.getByRole('heading', { name: 'Gennady Vorontsov' })).first()).toBeVisible();

  // Unbalanced quotes and lone operators are plain words: results, never an error.
  await page.keyboard.press('ControlOrMeta+k');
  await page.getByRole('group', { name: 'Look in' }).getByRole('button', { name: 'Everything' }).click();
  await box.fill('"elysee port');
  await expect(page.getByRole('region', { name: /^Sources/ }).getByRole('button', { name: /Herald/ })).toBeVisible();
  await box.fill('OR AND NOT');
  await expect(page.getByText(/No matches|matches?$/).first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  // A search kept and run again.
  await box.fill('vessels OR negotiators');
  await expect(page.getByRole('region', { name: /^Sources/ }).getByRole('heading')).toHaveText('Sources 2');
  await page.getByRole('button', { name: /Saved searches/ }).click();
  await page.getByRole('menuitem', { name: 'Save this search…' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('Shipping and talks');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Search saved as “Shipping and talks”.')).toBeVisible();
  await box.fill('');
  await page.getByRole('button', { name: /Saved searches \(1\)/ }).click();
  await page.getByRole('menuitem', { name: /^Shipping and talks/ }).click();
  await expect(box).toHaveValue('vessels OR negotiators');
  await expect(page.getByRole('region', { name: /^Sources/ }).getByRole('heading')).toHaveText('Sources 2');

  // Find in the open source: every "port" painted, next and previous, Esc back to the text.
  await page.getByRole('region', { name: /^Sources/ }).getByRole('button', { name: /Herald/ }).click();
  await expect(page.getByRole('heading', { name: 'Herald: port talks' })).toBeVisible();
  await page.getByTestId('reader-text').click();
  await page.keyboard.press('ControlOrMeta+f');
  const find = page.getByRole('search', { name: 'Find in this source' });
  await find.getByRole('searchbox').fill('PORT');
  await expect(find.locator('output')).toHaveText('1 of 4');
  await page.keyboard.press('Enter');
  await expect(find.locator('output')).toHaveText('2 of 4');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Shift+Enter');
  await expect(find.locator('output')).toHaveText('4 of 4');
  const painted = await page.evaluate(() => [...(CSS.highlights.get('dossier-find') ?? [])].map((r) => (r as Range).toString()));
  expect(painted).toEqual(['Port', 'port', 'port', 'port']);
  await page.screenshot({ path: test.info().outputPath('find-in-source.png') });
  await page.keyboard.press('Escape');
  await expect(find).toHaveCount(0);
  await expect(page.getByTestId('reader-text')).toBeFocused();
});
