import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { createProject, openApp, selectInReader, workDir, callApi as call } from './session';

const heraldText = `Gennady Vorontsov, who leads the Karvenian delegation, arrived in Lindhaven on Monday.
Vorontsov said the Dravik crossing would reopen to twelve vessels a week. Officials in Lindhaven did not comment.`;
const wireText = `Геннадий Воронцов told reporters in LINDHAVEN that the Dravik crossing would reopen.
A port official confirmed that up to twelve vessels a week would be allowed through Dravik.`;

/** The names underlined in the reader, per entity kind, as painted (CSS custom highlights). */
async function markedNames(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const found: Record<string, string[]> = {};
    for (const kind of ['person', 'organization', 'place', 'event', 'other', 'conflict']) {
      const highlight = CSS.highlights.get(`dossier-mention-${kind}`);
      if (!highlight) continue;
      found[kind] = [...highlight].map((range) => {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        return live.toString();
      });
    }
    return found;
  });
}

/** The middle of the nth underlined name of a kind, on screen. */
async function pointOnMark(page: Page, kind: string, index: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([k, i]) => {
      const range = [...(CSS.highlights.get(`dossier-mention-${k}`) ?? [])][i as number];
      if (!range) throw new Error(`no ${k} mark ${i}`);
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      const box = live.getClientRects()[0] as DOMRect;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    [kind, index] as const,
  );
}

async function openSource(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Sources' }).click();
  await page.getByRole('gridcell', { name: title }).click();
  await expect(page.getByRole('heading', { name: title, level: 2 })).toBeVisible();
}

async function createEntity(page: Page, name: string, kind: string, description: string, aliases: string[]): Promise<void> {
  await page.getByRole('heading', { name: 'Entities', level: 1 }).click();
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'New entity' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('combobox', { name: 'Kind' }).selectOption(kind);
  await dialog.getByRole('textbox', { name: 'Role or description' }).fill(description);
  const alias = dialog.getByRole('textbox', { name: 'New alias' });
  for (const a of aliases) {
    await alias.fill(a);
    await alias.press('Enter');
  }
  await dialog.getByRole('button', { name: 'Create entity' }).click();
  await expect(dialog).toBeHidden();
}

function highlightItem(page: Page, quoteStart: string): Locator {
  return page.getByRole('list', { name: 'Highlights' }).getByRole('listitem').filter({ hasText: quoteStart });
}

test('entities in the reader: names marked with a card, a claim made with C graded B2 with two entities, cited from another source, found by entity, a highlight tagged', async ({
  page,
}) => {
  await openApp(page);
  await createProject(page, 'Reader entities');
  const herald = await call<{ sourceId: string }>(page, 'sources.addText', { title: 'Meridian Herald', text: heraldText, reliability: 'B' });
  await call(page, 'sources.addText', { title: 'Wire copy', text: wireText, reliability: 'C' });

  // Entities with aliases, made in the Entities view.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Entities' }).click();
  await createEntity(page, 'Gennady Vorontsov', 'Person', 'Head of the Karvenian delegation', ['Vorontsov', 'Геннадий Воронцов']);
  await createEntity(page, 'Lindhaven', 'Place', 'Port city where the talks are held', []);
  await createEntity(page, 'Dravik', 'Place', 'Border crossing', []);

  // The Herald: every name and alias marked in its kind's colour.
  await openSource(page, 'Meridian Herald');
  await expect.poll(() => markedNames(page)).toEqual({
    person: ['Gennady Vorontsov', 'Vorontsov'],
    place: ['Lindhaven', 'Dravik', 'Lindhaven'],
  });
  const side = page.getByRole('complementary');
  await expect(side.getByRole('checkbox', { name: /Mark entity names/ })).toBeChecked();
  await expect(side.getByText('5 mentions')).toBeVisible();

  // Resting the pointer on an alias shows who it is.
  const start = await pointOnMark(page, 'person', 1);
  await page.mouse.move(start.x, start.y);
  const card = page.getByRole('group', { name: 'Mentioned: Gennady Vorontsov' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Person');
  await expect(card).toContainText('Head of the Karvenian delegation');
  await expect(card).toContainText('Here as “Vorontsov”');
  await page.screenshot({ path: `${workDir}/reader-mention-card.png` });
  // Onto the card and away: it stays while the pointer is on it, then goes.
  await card.hover();
  await expect(card).toBeVisible();
  await page.mouse.move(5, 5);
  await expect(card).toBeHidden();

  // Make a claim from a passage with C: the quote, B from the Herald, the two entities named in it offered.
  const passage = 'Vorontsov said the Dravik crossing would reopen to twelve vessels a week.';
  await selectInReader(page, passage);
  await expect(page.getByRole('toolbar', { name: 'Selected passage' })).toBeVisible();
  await page.screenshot({ path: `${workDir}/reader-selection.png` });
  await page.keyboard.press('c');
  const claimDialog = page.getByRole('dialog', { name: 'New claim' });
  await expect(claimDialog.getByRole('textbox', { name: 'Statement' })).toHaveValue(passage);
  await expect(claimDialog.getByRole('combobox', { name: 'Source reliability' })).toHaveValue('B');
  const named = claimDialog.getByRole('group', { name: 'Named in the passage:' });
  await expect(named.getByRole('button')).toHaveText(['+ Gennady Vorontsov', '+ Dravik']);
  await page.screenshot({ path: `${workDir}/reader-new-claim.png` });
  await named.getByRole('button', { name: 'Add Gennady Vorontsov' }).click();
  await named.getByRole('button', { name: 'Add Dravik' }).click();
  await expect(named).toBeHidden();
  await expect(claimDialog.getByRole('combobox', { name: 'Role of Gennady Vorontsov' })).toHaveValue('subject');
  await expect(claimDialog.getByRole('combobox', { name: 'Role of Dravik' })).toHaveValue('object');
  // The statement box puts the caret at the end on focus: focus it first, then replace its text.
  await claimDialog.getByRole('textbox', { name: 'Statement' }).focus();
  await claimDialog.getByRole('textbox', { name: 'Statement' }).fill('The Dravik crossing will reopen to twelve vessels a week');
  await expect(claimDialog.getByRole('textbox', { name: 'Statement' })).toHaveValue('The Dravik crossing will reopen to twelve vessels a week');
  await claimDialog.getByRole('combobox', { name: 'Information credibility' }).selectOption('2');
  await claimDialog.getByRole('button', { name: 'Save claim' }).click();
  await expect(claimDialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText('Claim saved, graded B2.');
  // The passage became a highlight with the claim.
  await expect(highlightItem(page, 'Vorontsov said the Dravik crossing')).toHaveCount(1);

  // The same fact from another outlet: highlighted, then cited in the claim.
  await openSource(page, 'Wire copy');
  await expect.poll(() => markedNames(page)).toEqual({
    person: ['Геннадий Воронцов'],
    place: ['LINDHAVEN', 'Dravik', 'Dravik'],
  });
  await selectInReader(page, 'up to twelve vessels a week would be allowed through Dravik');
  await page.keyboard.press('h');
  const editor = page.getByRole('dialog', { name: 'New highlight' });
  await editor.getByRole('button', { name: 'Save highlight' }).click();
  await expect(editor).toBeHidden();
  const wireItem = highlightItem(page, 'up to twelve vessels a week');
  await wireItem.getByRole('button', { name: /up to twelve vessels/ }).click();
  await wireItem.getByRole('button', { name: 'Cite in claim' }).click();
  const cite = page.getByRole('dialog', { name: 'Cite this passage in a claim' });
  await cite.getByRole('combobox', { name: 'Claim' }).fill('dravik crossing');
  await cite.getByRole('combobox', { name: 'Claim' }).press('Enter');
  await expect(cite).toBeHidden();
  await expect(page.getByRole('status')).toContainText('the claim now has 2 citations');

  // Tag that highlight with an entity: found by its Cyrillic alias in the editor.
  await wireItem.getByRole('button', { name: 'Edit highlight' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit highlight' });
  await expect(edit.getByRole('group', { name: 'Named in the passage:' }).getByRole('button')).toHaveText(['+ Dravik']);
  const tagPicker = edit.getByRole('combobox', { name: 'Tag with an entity' });
  await tagPicker.fill('воронцов');
  await tagPicker.press('Enter');
  await edit.getByRole('group', { name: 'Named in the passage:' }).getByRole('button', { name: 'Tag with Dravik' }).click();
  await expect(edit.getByRole('list', { name: 'Tagged entities' }).getByRole('listitem')).toHaveText(['Gennady Vorontsov×', 'Dravik×']);
  await page.screenshot({ path: `${workDir}/reader-tag-editor.png` });
  await edit.getByRole('button', { name: 'Save highlight' }).click();
  await expect(edit).toBeHidden();
  await expect(wireItem.getByRole('list', { name: 'Tagged entities' }).getByRole('listitem')).toHaveText(['Gennady Vorontsov', 'Dravik']);
  await page.screenshot({ path: `${workDir}/reader-tagged.png` });

  // Another claim, about none of them, to be filtered out.
  const other = await call<{ id: string }>(page, 'claims.create', {
    statement: 'Officials in Lindhaven did not comment',
    annotationIds: [],
    passage: { sourceId: herald.sourceId, start: heraldText.indexOf('Officials'), end: heraldText.length - 1 },
  });

  // The claims grid, filtered by entity: the claim, B2, cited from both outlets.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Claims' }).click();
  await expect(page.locator(`.claim-grid [row-id="${other.id}"] [col-id="statement"]`)).toBeVisible();
  const about = page.getByRole('combobox', { name: 'About entity' });
  await about.fill('vorontsov');
  await expect(page.getByRole('option', { name: /Gennady Vorontsov/ })).toBeVisible();
  await about.press('Enter');
  await expect(page.getByText('About: Gennady Vorontsov')).toBeVisible();
  // claims.list answers a ClaimTable: each row is an array, its id first.
  const listed = await call<{ rows: [string, ...unknown[]][] }>(page, 'claims.list', {});
  const claim = listed.rows.map(([id]) => ({ id })).find((c) => c.id !== other.id);
  // The statement column is pinned, so a row is two DOM rows: go by the row id.
  const cell = (column: string) => page.locator(`.claim-grid [row-id="${claim?.id}"] [col-id="${column}"]`);
  await expect(page.locator(`.claim-grid [row-id="${other.id}"]`)).toHaveCount(0);
  await expect(cell('statement')).toHaveText('The Dravik crossing will reopen to twelve vessels a week');
  await expect(cell('grade')).toHaveText('B2');
  await expect(cell('entities')).toHaveText('Gennady Vorontsov (subject), Dravik (object)');
  await expect(cell('citations')).toHaveText('2');
  await expect(cell('sources')).toContainText('Meridian Herald');
  await expect(cell('sources')).toContainText('Wire copy');
});

test('mention marks can be hidden (remembered), a selected name shows its card from the keyboard, and the card opens the entity page', async ({ page }) => {
  await openApp(page);
  await createProject(page, 'Mention marks');
  await call(page, 'sources.addText', { title: 'Meridian Herald', text: heraldText, reliability: 'B' });
  const person = await call<{ id: string }>(page, 'entities.create', { kind: 'person', name: 'Gennady Vorontsov', description: 'Head of the Karvenian delegation' });
  await call(page, 'entities.addAlias', { entityId: person.id, alias: 'Vorontsov' });
  // The same name on two entities: marked as a conflict, both in its card.
  await call(page, 'entities.create', { kind: 'place', name: 'Lindhaven' });
  await call(page, 'entities.create', { kind: 'organization', name: 'Lindhaven', description: 'The city council' });

  await openSource(page, 'Meridian Herald');
  await expect.poll(() => markedNames(page)).toEqual({ person: ['Gennady Vorontsov', 'Vorontsov'], conflict: ['Lindhaven', 'Lindhaven'] });

  // Keyboard: focus the text, select the first word by word (Shift+Right twice = "Gennady Vorontsov").
  const text = page.getByTestId('reader-text');
  await text.focus();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  const card = page.getByRole('group', { name: 'Mentioned: Gennady Vorontsov' });
  await expect(card).toBeVisible();
  // Tab from the text reaches the card's link; Enter opens the entity's page.
  await page.keyboard.press('Tab');
  await expect(card.getByRole('button', { name: 'Open entity page: Gennady Vorontsov' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article', { name: 'Entity Gennady Vorontsov' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Entity Gennady Vorontsov' }).getByRole('heading', { level: 2 })).toBeFocused();

  // The shared name: its card names both entities.
  await openSource(page, 'Meridian Herald');
  await selectInReader(page, 'Lindhaven');
  const shared = page.getByRole('group', { name: 'Mentioned: Lindhaven, Lindhaven' });
  await expect(shared).toContainText('2 entities use this name');
  await expect(shared).toContainText('The city council');
  await page.screenshot({ path: `${workDir}/reader-conflict-card.png` });

  // Hidden marks stay hidden after a reload, and come back when asked for.
  const toggle = page.getByRole('checkbox', { name: /Mark entity names/ });
  await toggle.uncheck();
  await expect.poll(() => markedNames(page)).toEqual({});
  await page.reload();
  await page.getByRole('gridcell', { name: 'Meridian Herald' }).click();
  await expect(page.getByTestId('reader-text')).toContainText('Gennady Vorontsov');
  await expect(toggle).not.toBeChecked();
  expect(await markedNames(page)).toEqual({});
  await toggle.check();
  await expect.poll(() => markedNames(page)).toEqual({ person: ['Gennady Vorontsov', 'Vorontsov'], conflict: ['Lindhaven', 'Lindhaven'] });
});
