import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { createProject, openApp, token } from './session';

const herald = `Gennady Vorontsov, who leads the Karvenian delegation, met Ambassador Rosalind Achterberg in Lindhaven.
Vorontsov's deputy said the talks in Lindhaven would resume. The Lindhaven Contact Group agreed.`;
const wire = `Genady Vorontsov told reporters in LINDHAVEN that Dravik would reopen. Геннадий Воронцов подтвердил.
Achterberg declined to comment.`;

/** Setup that is tedious through the UI goes through the same API the UI uses. */
async function call(page: Page, method: string, input: object): Promise<unknown> {
  const response = await page.request.post(`/api/call/${method}`, {
    data: input,
    headers: { 'content-type': 'application/json', 'x-dossier-token': token },
  });
  const body = (await response.json()) as { ok: boolean; result?: unknown; error?: { message: string } };
  expect(body.ok, body.error?.message).toBe(true);
  return body.result;
}

/** The grid row whose Name cell starts with the name (an alias column can hold the same words). */
function entityRow(page: Page, name: string): Locator {
  return page.getByRole('row').filter({ has: page.locator('[col-id="name"]', { hasText: new RegExp(`^${name}`) }) });
}

async function expectMentions(page: Page, name: string, count: number): Promise<void> {
  await expect(entityRow(page, name).locator('[col-id="mentionCount"]')).toHaveText(String(count));
}

test('entities with aliases, their mentions, a suggestion taken as an alias, a merge and its undo from the Trash', async ({ page }) => {
  await openApp(page);
  await createProject(page, 'Entities');
  await call(page, 'sources.addText', { title: 'Herald', text: herald });
  await call(page, 'sources.addText', { title: 'Wire', text: wire });
  await call(page, 'entities.create', { kind: 'person', name: 'Rosalind Achterberg' });
  await call(page, 'entities.create', { kind: 'person', name: 'Achterberg' });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Entities' }).click();
  await expect(entityRow(page, 'Achterberg')).toBeVisible();

  // Create an entity with two aliases from the keyboard; a one-letter name is refused plainly.
  await page.getByRole('heading', { name: 'Entities', level: 1 }).click();
  await page.keyboard.press('n');
  let dialog = page.getByRole('dialog', { name: 'New entity' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('G');
  await dialog.getByRole('button', { name: 'Create entity' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('A name has at least 2 characters.');
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Gennady Vorontsov');
  await dialog.getByRole('textbox', { name: 'Role or description' }).fill('Head of the Karvenian delegation');
  const alias = dialog.getByRole('textbox', { name: 'New alias' });
  await alias.fill('Vorontsov');
  await alias.press('Enter');
  await alias.fill('Воронцов');
  await alias.press('Enter');
  await expect(dialog.getByRole('list', { name: 'Aliases' }).getByRole('listitem')).toHaveText(['Vorontsov×', 'Воронцов×']);
  await dialog.getByRole('button', { name: 'Create entity' }).click();
  await expect(dialog).toBeHidden();

  // Its page: the name, the aliases, and every mention across both sources.
  const article = page.getByRole('article', { name: 'Entity Gennady Vorontsov' });
  await expect(article.getByRole('heading', { level: 2 })).toHaveText('Gennady Vorontsov');
  await expect(article.getByRole('heading', { level: 3, name: 'Mentions 4' })).toBeVisible();
  const mentions = article.getByRole('list', { name: 'Mentions of Gennady Vorontsov' });
  await expect(mentions.locator('mark')).toHaveText(['Gennady Vorontsov', 'Vorontsov', 'Vorontsov', 'Воронцов']);
  await expectMentions(page, 'Gennady Vorontsov', 4);

  await page.keyboard.press('n');
  dialog = page.getByRole('dialog', { name: 'New entity' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Lindhaven');
  await dialog.getByRole('combobox', { name: 'Kind' }).selectOption('Place');
  await dialog.getByRole('textbox', { name: 'Name' }).press('Enter');
  await expect(dialog).toBeHidden();
  await expectMentions(page, 'Lindhaven', 4);
  await expectMentions(page, 'Rosalind Achterberg', 1);
  await expectMentions(page, 'Achterberg', 1);

  // Suggestions for the wire copy: another spelling of Vorontsov, taken as an alias.
  await page.getByRole('button', { name: 'Suggestions', exact: true }).click();
  await page.getByRole('combobox', { name: 'Source', exact: true }).selectOption({ label: 'Wire' });
  const spellings = page.getByRole('list', { name: 'Other spellings' });
  await expect(spellings.getByText(/Genady Vorontsov — spelled like “Gennady Vorontsov”/)).toBeVisible({ timeout: 20_000 });
  await spellings.getByRole('button', { name: 'Add Genady Vorontsov as alias of Gennady Vorontsov' }).click();
  await expect(page.getByText('Alias “Genady Vorontsov” added.')).toBeVisible();
  await expect(spellings.getByText('Genady Vorontsov')).toBeHidden();

  await entityRow(page, 'Gennady Vorontsov').getByRole('gridcell').first().click();
  await expect(article.getByRole('list', { name: 'Aliases' }).getByRole('listitem')).toHaveText(['Genady Vorontsov×', 'Vorontsov×', 'Воронцов×']);
  // The longer alias now matches the wire's spelling as a whole.
  await expect(mentions.locator('mark')).toContainText(['Genady Vorontsov']);

  // A graded claim about him shows on his page and opens in the Claims view.
  const sources = (await call(page, 'sources.list', {})) as { id: string; title: string }[];
  const heraldId = sources.find((x) => x.title === 'Herald')?.id ?? '';
  const passage = (await call(page, 'annotations.create', { sourceId: heraldId, start: 0, end: 17 })) as { id: string };
  const vorontsovId = ((await call(page, 'entities.list', {})) as { id: string; name: string }[]).find((e) => e.name === 'Gennady Vorontsov')?.id;
  await call(page, 'claims.create', {
    statement: 'Vorontsov leads the Karvenian delegation',
    annotationIds: [passage.id],
    entities: [{ entityId: vorontsovId, role: 'subject' }],
    reliability: 'B',
    credibility: 2,
  });
  const about = article.getByRole('region', { name: /Claims about Gennady Vorontsov/ });
  await expect(about.getByText('Vorontsov leads the Karvenian delegation')).toBeVisible();
  await expect(about.getByText('B2', { exact: true })).toBeVisible();
  await expectMentions(page, 'Gennady Vorontsov', 4);
  await expect(entityRow(page, 'Gennady Vorontsov').locator('[col-id="claimCount"]')).toHaveText('1');
  await about.getByRole('button', { name: 'Open in Claims: Vorontsov leads the Karvenian delegation' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Claims' })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Entities' }).click();

  // A mention opens the reader at that spot.
  await mentions.getByRole('button').filter({ has: page.locator('mark', { hasText: 'Воронцов' }) }).click();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Sources' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('reader-text')).toContainText('Achterberg declined to comment.');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Entities' }).click();

  // Merge “Achterberg” into “Rosalind Achterberg”: picked by typing, confirmed, counts follow.
  await entityRow(page, 'Achterberg').getByRole('gridcell').first().click();
  await page.getByRole('button', { name: 'Merge Achterberg into another entity' }).click();
  dialog = page.getByRole('dialog', { name: 'Merge “Achterberg” into…' });
  await dialog.getByRole('combobox', { name: 'Entity to keep' }).fill('rosal');
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('Merge “Achterberg” into “Rosalind Achterberg”?')).toBeVisible();
  await expect(dialog.getByText(/restoring it from there undoes the merge/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('article', { name: 'Entity Rosalind Achterberg' })).toBeVisible();
  await expectMentions(page, 'Rosalind Achterberg', 2);
  await expect(entityRow(page, 'Achterberg')).toHaveCount(0);

  // Restoring the merged entity from the Trash undoes the merge.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Trash' }).click();
  const trashed = page.getByRole('row').filter({ hasText: 'merged into Rosalind Achterberg' });
  await trashed.getByRole('button', { name: 'Restore' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Entities' }).click();
  await expectMentions(page, 'Achterberg', 1);
  await expectMentions(page, 'Rosalind Achterberg', 1);
});

test('the Entities view from the keyboard: list, page, merge dialog and back', async ({ page }) => {
  await openApp(page);
  await createProject(page, 'Entities keyboard');
  await call(page, 'sources.addText', { title: 'Herald', text: herald });
  await call(page, 'entities.create', { kind: 'place', name: 'Lindhaven' });
  await call(page, 'entities.create', { kind: 'person', name: 'Gennady Vorontsov', aliases: ['Vorontsov'] });

  // The nav puts focus on the list; Enter on a row opens the page with focus on its name.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Entities' }).click();
  const focusedRow = page.locator('.entity-grid .ag-row:focus-within');
  await expect(focusedRow.locator('[col-id="name"]')).toHaveText('Gennady Vorontsov');
  await page.keyboard.press('ArrowDown');
  await expect(focusedRow.locator('[col-id="name"]')).toHaveText('Lindhaven');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Lindhaven' })).toBeFocused();

  // M asks what to merge it into; Esc closes and focus comes back.
  await page.keyboard.press('m');
  const dialog = page.getByRole('dialog', { name: 'Merge “Lindhaven” into…' });
  await expect(dialog.getByRole('combobox', { name: 'Entity to keep' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Lindhaven' })).toBeFocused();

  // The mentions are one tab stop; Enter opens the reader at the mention.
  const mentions = page.getByRole('list', { name: 'Mentions of Lindhaven' });
  await mentions.getByRole('button').first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(mentions.getByRole('button').nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Sources' })).toHaveAttribute('aria-current', 'page');

  // "/" goes to the filter; Enter from there goes to the first match in the list.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Entities' }).click();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Filter entities' })).toBeFocused();
  await page.keyboard.type('vorontsov');
  await page.keyboard.press('Enter');
  await expect(focusedRow.locator('[col-id="name"]')).toHaveText('Gennady Vorontsov');
});

test('Ctrl+Z in the Entities view takes back an alias removal and a rename, newest first; Ctrl+4 and Ctrl+5 show Claims and Entities', async ({ page }) => {
  await openApp(page);
  await createProject(page, 'Entities undo');
  await call(page, 'sources.addText', { title: 'Herald', text: herald });
  await call(page, 'entities.create', { kind: 'person', name: 'Gennady Vorontsov', aliases: ['Vorontsov', 'Воронцов'] });
  const nav = page.getByRole('navigation', { name: 'Main' });

  // Ctrl+5 is Entities, as in the desktop View menu; the list takes the keyboard, Enter opens the page.
  await page.keyboard.press('Control+5');
  await expect(nav.getByRole('button', { name: 'Entities' })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('.entity-grid .ag-row:focus-within [col-id="name"]')).toHaveText('Gennady Vorontsov');
  await page.keyboard.press('Enter');

  // Rename in the details dialog.
  await page.getByRole('button', { name: 'Edit details of Gennady Vorontsov' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit Gennady Vorontsov' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Gennadiy Vorontsov');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const article = page.getByRole('article', { name: 'Entity Gennadiy Vorontsov' });
  await expect(article.getByRole('heading', { level: 2 })).toHaveText('Gennadiy Vorontsov');
  await expect(page.getByText('“Gennady Vorontsov” renamed to “Gennadiy Vorontsov”.')).toBeVisible();

  // Remove an alias: its mentions go (the new name is not in the text); focus is in the empty alias field, where Ctrl+Z still means the view's undo.
  await expect(article.getByRole('heading', { level: 3, name: 'Mentions 2' })).toBeVisible();
  await article.getByRole('button', { name: 'Remove alias Vorontsov' }).click();
  await expect(article.getByRole('heading', { level: 3, name: 'Mentions 0' })).toBeVisible();
  await expect(article.getByRole('textbox', { name: 'New alias' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Undo', exact: true }).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/entities-undo.png' });

  await page.keyboard.press('Control+z');
  await expect(page.getByText('Undone: alias “Vorontsov” removed from Gennadiy Vorontsov')).toBeVisible();
  await expect(article.getByRole('list', { name: 'Aliases' }).getByRole('listitem')).toHaveText(['Vorontsov×', 'Воронцов×']);
  await expect(article.getByRole('heading', { level: 3, name: 'Mentions 2' })).toBeVisible();

  await page.keyboard.press('Control+z');
  await expect(page.getByText('Undone: renaming “Gennady Vorontsov” to “Gennadiy Vorontsov”')).toBeVisible();
  const renamedBack = page.getByRole('article', { name: 'Entity Gennady Vorontsov' });
  await expect(renamedBack.getByRole('heading', { level: 2 })).toHaveText('Gennady Vorontsov');
  await expect(renamedBack.getByRole('heading', { level: 3, name: 'Mentions 2' })).toBeVisible();
  await expectMentions(page, 'Gennady Vorontsov', 2);
  await expect(entityRow(page, 'Gennady Vorontsov')).toBeVisible();
  // The changes were saved and taken back in the project, not only on screen.
  const [stored] = (await call(page, 'entities.list', {})) as { name: string; aliases: string[] }[];
  expect(stored).toMatchObject({ name: 'Gennady Vorontsov', aliases: ['Vorontsov', 'Воронцов'] });

  await page.keyboard.press('Control+z');
  await expect(page.getByText('Nothing to undo in this view.')).toBeVisible();

  // Ctrl+4 is Claims, as in the View menu.
  await page.keyboard.press('Control+4');
  await expect(nav.getByRole('button', { name: 'Claims' })).toHaveAttribute('aria-current', 'page');
});
