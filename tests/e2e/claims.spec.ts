import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { createProject, openApp, callApi as call } from './session';

const heraldText = `Karvenia and Selmara near deal on Dravik.
A senior official said up to twelve vessels a week would be allowed to use Dravik under the deal.`;
const ministryText = `Statement of the Ministry.
The ministry said no more than eight vessels per week were foreseen, and that twelve was never discussed.`;

/** A passage highlighted by its words, as the reader would make it. */
async function highlight(page: Page, sourceId: string, text: string, phrase: string): Promise<string> {
  const start = text.indexOf(phrase);
  expect(start, `“${phrase}” is in the text`).toBeGreaterThanOrEqual(0);
  const annotation = await call<{ id: string }>(page, 'annotations.create', { sourceId, start, end: start + phrase.length });
  return annotation.id;
}

/** A cell of a claim's row (the statement column is pinned, so a row is two DOM rows: go by the row id). */
function cell(page: Page, claimId: string, column: string): Locator {
  return page.locator(`.claim-grid [row-id="${claimId}"] [col-id="${column}"]`);
}

test('a claim from a passage: B2 and two entities in the grid, filtered by entity, edited in place, opened with its citations, cited again over the API', async ({
  page,
}) => {
  await openApp(page);
  await createProject(page, 'Dravik claims');
  const herald = await call<{ sourceId: string }>(page, 'sources.addText', { title: 'Meridian Herald', text: heraldText, reliability: 'B' });
  const ministry = await call<{ sourceId: string }>(page, 'sources.addText', { title: 'Ministry statement', text: ministryText, reliability: 'A' });
  const twelvePassage = await highlight(page, herald.sourceId, heraldText, 'up to twelve vessels a week would be allowed to use Dravik');
  const eightPassage = await highlight(page, ministry.sourceId, ministryText, 'no more than eight vessels per week were foreseen');
  const karvenia = await call<{ id: string }>(page, 'entities.create', { kind: 'place', name: 'Karvenia' });
  const dravik = await call<{ id: string }>(page, 'entities.create', { kind: 'place', name: 'Dravik' });
  const ministryEntity = await call<{ id: string }>(page, 'entities.create', { kind: 'organization', name: 'Selmaran Ministry' });
  // The reliability is left to default from the Herald (B); credibility 2: "probably true".
  const twelve = await call<{ id: string; grade: string }>(page, 'claims.create', {
    statement: 'Up to twelve vessels a week will use Dravik',
    annotationIds: [twelvePassage],
    asserterText: 'senior official, unnamed',
    entities: [
      { entityId: karvenia.id, role: 'subject' },
      { entityId: dravik.id, role: 'object' },
    ],
    credibility: 2,
    dateEdtf: '2026-03',
  });
  expect(twelve.grade).toBe('B2');
  const eight = await call<{ id: string }>(page, 'claims.create', {
    statement: 'No more than eight vessels a week',
    annotationIds: [eightPassage],
    asserterEntityId: ministryEntity.id,
  });

  // The grid: grade B2, both entities with their roles, who said it.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Claims' }).click();
  const grid = page.getByRole('grid', { name: 'Claims table' });
  await expect(grid).toBeVisible();
  await expect(cell(page, twelve.id, 'statement')).toHaveText('Up to twelve vessels a week will use Dravik');
  await expect(cell(page, twelve.id, 'grade')).toHaveText('B2');
  await expect(cell(page, twelve.id, 'entities')).toHaveText('Karvenia (subject), Dravik (object)');
  await expect(cell(page, twelve.id, 'asserter')).toHaveText('senior official, unnamed');
  await expect(cell(page, eight.id, 'grade')).toHaveText('A6');

  // About an entity: only the claims by or about Dravik.
  const about = page.getByRole('combobox', { name: 'About entity' });
  await about.fill('drav');
  await expect(page.getByRole('option', { name: /Dravik/ })).toBeVisible();
  await about.press('Enter');
  await expect(page.getByText('About: Dravik')).toBeVisible();
  await expect(cell(page, eight.id, 'statement')).toHaveCount(0);
  await expect(cell(page, twelve.id, 'statement')).toBeVisible();
  await page.getByRole('button', { name: 'Stop showing only claims about Dravik' }).click();
  await expect(cell(page, eight.id, 'statement')).toBeVisible();

  // Status edited in place with the keyboard, saved at once; Ctrl+Z takes it back.
  await cell(page, twelve.id, 'status').click();
  await expect(page.getByRole('complementary', { name: 'Claim' })).toBeVisible();
  await cell(page, twelve.id, 'status').click();
  // The keyboard alone chooses: the pointer moves off first (a popup list opening under it would take the hovered
  // value as the start), and the arrows wait for the list to be open.
  await page.mouse.move(0, 0);
  await page.keyboard.press('Enter');
  await expect(page.locator('.ag-popup-editor')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(cell(page, twelve.id, 'status')).toHaveText('Disputed');
  await expect.poll(async () => (await call<{ status: string }>(page, 'claims.get', { id: twelve.id })).status).toBe('disputed');
  const panel = page.getByRole('complementary', { name: 'Claim' });
  await expect(panel.getByRole('combobox', { name: 'Status' })).toHaveValue('disputed');
  await cell(page, twelve.id, 'grade').click();
  await page.keyboard.press('Control+z');
  await expect(cell(page, twelve.id, 'status')).toHaveText('Unverified');
  await expect.poll(async () => (await call<{ status: string }>(page, 'claims.get', { id: twelve.id })).status).toBe('unverified');

  // The claim's panel: its cited passage, with the source's title.
  await cell(page, twelve.id, 'statement').click();
  await expect(panel.getByRole('textbox', { name: 'Statement' })).toHaveValue('Up to twelve vessels a week will use Dravik');
  await expect(panel.getByRole('combobox', { name: 'Asserted by' })).toHaveValue('senior official, unnamed');
  const citations = panel.locator('.claim-citation');
  await expect(citations).toHaveCount(1);
  await expect(citations.first()).toContainText('Meridian Herald');
  await expect(panel.getByRole('button', { name: 'Open in the reader: up to twelve vessels a week would be allowed to use Dravik' })).toBeVisible();

  // Corroboration from another source arrives over the API: the grid and the panel follow.
  await call(page, 'claims.cite', { claimId: twelve.id, annotationId: eightPassage });
  await expect(cell(page, twelve.id, 'citations')).toHaveText('2');
  await expect(cell(page, twelve.id, 'sources')).toContainText('Ministry statement');
  await expect(citations).toHaveCount(2);
  await expect(panel.getByText('Ministry statement')).toBeVisible();

  // A cited passage opens the reader there.
  await panel.getByRole('button', { name: /^Open in the reader: no more than eight vessels/ }).click();
  await expect(page.getByTestId('reader-text')).toContainText('no more than eight vessels per week');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Sources' })).toHaveAttribute('aria-current', 'page');
});

test('a claim whose passage was deleted stays, marked as missing evidence, and a deleted claim comes back with Undo', async ({ page }) => {
  await openApp(page);
  await createProject(page, 'Missing evidence');
  const herald = await call<{ sourceId: string }>(page, 'sources.addText', { title: 'Meridian Herald', text: heraldText, reliability: 'B' });
  const first = await highlight(page, herald.sourceId, heraldText, 'up to twelve vessels');
  const second = await highlight(page, herald.sourceId, heraldText, 'A senior official said');
  const claim = await call<{ id: string }>(page, 'claims.create', { statement: 'Twelve a week', annotationIds: [first, second] });
  await call(page, 'annotations.delete', { id: second });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Claims' }).click();
  await expect(cell(page, claim.id, 'evidence')).toHaveText('⚠ Missing');
  await cell(page, claim.id, 'statement').click();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name: 'Claim' });
  await expect(panel.getByRole('heading', { name: /Claim/ })).toBeFocused();
  await expect(panel.getByText('[passage removed]')).toBeVisible();

  // The Trash in the navigation counts the deleted passage, then the deleted claim too.
  const trashCount = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /Trash/ }).locator('.nav-count');
  await expect(trashCount).toHaveText('1');
  await panel.getByRole('button', { name: 'Delete claim' }).click();
  await expect(panel).toBeHidden();
  await expect(cell(page, claim.id, 'statement')).toHaveCount(0);
  await expect(trashCount).toHaveText('2');
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(cell(page, claim.id, 'statement')).toHaveText('Twelve a week');
  await expect(trashCount).toHaveText('1');
});

test('with more claims than a screenful, the first rows come at once and the rest after; sorting, filters and search wait for them, an edit begun goes on', async ({
  page,
}) => {
  await openApp(page);
  await createProject(page, 'Many claims');
  const herald = await call<{ sourceId: string }>(page, 'sources.addText', { title: 'Meridian Herald', text: heraldText, reliability: 'B' });
  const passage = await highlight(page, herald.sourceId, heraldText, 'up to twelve vessels a week would be allowed to use Dravik');
  const ids: string[] = [];
  for (let i = 0; i < 130; i += 1) {
    const made = await call<{ id: string }>(page, 'claims.create', { statement: `Claim number ${String(i).padStart(3, '0')}`, annotationIds: [passage] });
    ids.push(made.id);
  }
  const newest = ids.at(-1) ?? '';

  // The whole list is held back until the test lets it go; the first screenful is not.
  const { promise: held, resolve: release } = Promise.withResolvers<void>();
  await page.route('**/api/call/claims.list', async (route) => {
    const input = route.request().postDataJSON() as { limit?: number };
    if (input.limit === undefined) await held;
    await route.continue();
  });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Claims' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loading all 130 claims…' })).toBeVisible();
  await expect(cell(page, newest, 'statement')).toHaveText('Claim number 129');
  const grid = page.getByRole('grid', { name: 'Claims table' });
  await expect(grid).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
  // Sorting waits: the header does not take clicks.
  await expect(page.locator('.claim-grid .ag-header')).toHaveAttribute('inert', '');
  // The search is typed but applied only to the whole list.
  await page.getByRole('searchbox', { name: 'Search claims' }).fill('number 007');
  await page.waitForTimeout(300);
  await expect(cell(page, newest, 'statement')).toBeVisible();

  // An edit begun on the first screenful carries on when the rest comes.
  await cell(page, newest, 'status').click();
  await page.getByRole('searchbox', { name: 'Search claims' }).fill('');
  await cell(page, newest, 'status').click();
  // The keyboard alone chooses the value: the pointer is moved off, so the popup list appearing under it highlights nothing.
  await page.mouse.move(0, 0);
  await page.keyboard.press('Enter');
  // Status is edited in a popup (above the pinned column): the cell is marked as editing, the list is in the popup.
  const editing = page.locator('.claim-grid .ag-cell-popup-editing');
  await expect(editing).toHaveCount(1);
  release();
  await expect(page.getByRole('status').filter({ hasText: 'Loading all' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /Claims/ })).toContainText('130');
  await expect(editing).toHaveCount(1);
  await expect(page.locator('.ag-popup-editor')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(cell(page, newest, 'status')).toHaveText('Disputed');
  await expect.poll(async () => (await call<{ status: string }>(page, 'claims.get', { id: newest })).status).toBe('disputed');

  // Now the whole list sorts and searches.
  await expect(grid).not.toHaveAttribute('aria-busy', 'true');
  await page.locator('.claim-grid .ag-header-cell[col-id="statement"] .ag-header-cell-label').click();
  await expect(page.locator('.claim-grid .ag-row[row-index="0"] [col-id="statement"]')).toHaveText('Claim number 000');
  await page.getByRole('searchbox', { name: 'Search claims' }).fill('number 007');
  await expect(page.getByRole('heading', { name: /Claims/ })).toContainText('1 of 130');
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
});
