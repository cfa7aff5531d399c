import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { createProject, openApp, callApi as call } from './session';

async function openMemos(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Memos' }).click();
}

test('a situation brief from the template: typed, formatted, saved as you type, there after a reload', async ({ page }) => {
  await openApp(page);
  await createProject(page, 'Memo brief');
  await openMemos(page);
  await page.getByRole('button', { name: 'New memo' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New memo' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Dravik port: situation');
  await dialog.getByRole('radio', { name: /Situation brief/ }).check();
  await dialog.getByRole('button', { name: 'Create' }).click();

  const text = page.getByRole('textbox', { name: 'Memo text: Dravik port: situation' });
  await expect(text.getByRole('heading', { name: 'Overview' })).toBeVisible();
  await expect(text.getByRole('heading', { name: 'Historical context' })).toBeVisible();
  const words = page.getByText(/^\d+ words$/);
  const templateWords = Number((await words.textContent())?.split(' ')[0]);
  expect(templateWords).toBeGreaterThan(20);
  // Under "Overview": the empty paragraph after the heading.
  await text.getByRole('heading', { name: 'Overview' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('Talks on the Dravik port stalled over ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('inspection rights');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('.');
  await expect(text.locator('strong', { hasText: 'inspection' })).toHaveText('inspection rights');
  await expect(page.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await expect(words).toHaveText(`${templateWords + 9} words`);

  // Ctrl+I is italic in the text, not "Import sources".
  await page.keyboard.press('Control+i');
  await page.keyboard.type(' Talks resume');
  await expect(text.locator('em')).toHaveText(' Talks resume');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  // The timeline block is live: a new event shows after Refresh; frozen, it keeps what it showed.
  const timeline = text.locator('[data-block-type="timelineTable"]');
  await call(page, 'events.create', { title: 'Delegations meet in Lindhaven', dateEdtf: '2026-03-27' });
  await timeline.getByRole('button', { name: 'Refresh' }).click();
  await expect(timeline.getByRole('cell', { name: 'Delegations meet in Lindhaven' })).toBeVisible();
  await timeline.getByRole('button', { name: 'Freeze' }).click();
  await expect(timeline.getByText('Frozen')).toBeVisible();
  await call(page, 'events.create', { title: 'Talks stall', dateEdtf: '2026-04-02' });
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  await page.reload();
  await openMemos(page);
  const row = page.getByRole('table', { name: 'Memos' }).getByRole('row', { name: /Dravik port: situation/ });
  await expect(row.getByRole('cell').nth(1)).toHaveText(String(templateWords + 11));
  await row.getByRole('button', { name: 'Open memo “Dravik port: situation”' }).click();
  await expect(text).toContainText('Talks on the Dravik port stalled over inspection rights. Talks resume');
  await expect(text.locator('strong', { hasText: 'inspection' })).toHaveText('inspection rights');
  await expect(timeline.getByRole('cell', { name: 'Delegations meet in Lindhaven' })).toBeVisible();
  await expect(timeline.getByText('Talks stall')).toHaveCount(0);
  await timeline.getByRole('button', { name: 'Make live' }).click();
  await expect(timeline.getByRole('cell', { name: 'Talks stall' })).toBeVisible();
  await page.screenshot({ path: 'test-results/memo-editor.png' });
});

test('a memo of 10,000 paragraphs opens and takes typing; pasted images, scripts and styles are not kept', async ({ page }) => {
  await openApp(page);
  await createProject(page, 'Memo long');
  const memo = await call<{ id: string; revision: number }>(page, 'memos.create', { title: 'Long memo' });
  const content = Array.from({ length: 10_000 }, (_, i) => ({ type: 'paragraph', content: [{ type: 'text', text: `Paragraph ${i + 1} of the long memo.` }] }));
  await call(page, 'memos.save', { id: memo.id, doc: { type: 'doc', content }, baseRevision: memo.revision });

  await openMemos(page);
  await page.getByRole('button', { name: 'Open memo “Long memo”' }).click();
  const text = page.getByRole('textbox', { name: 'Memo text: Long memo' });
  await expect(text.locator('p').nth(9_999)).toHaveText('Paragraph 10000 of the long memo.', { timeout: 30_000 });
  await expect(page.getByText('60,000 words')).toBeVisible();

  await text.locator('p').first().click();
  await page.keyboard.press('End');
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData(
      'text/html',
      '<style>p{color:red}</style><p style="color:red">Pasted <b>words</b><img src="http://127.0.0.1:9/x.png"><script>window.pwned=1</script></p>',
    );
    data.setData('text/plain', 'Pasted words');
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(text.locator('p').first()).toContainText('Pasted words');
  await expect(text.locator('img, script, style, [style]')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible({ timeout: 20_000 });
  const saved = await call<{ doc: { content: { content?: { text?: string }[] }[] } }>(page, 'memos.get', { id: memo.id });
  expect(JSON.stringify(saved.doc.content[0])).not.toMatch(/img|script|style|color/);
  expect(saved.doc.content).toHaveLength(10_000);
  expect(saved.doc.content[0]).toEqual({
    type: 'paragraph',
    content: [
      { type: 'text', text: 'Paragraph 1 of the long memo.Pasted ' },
      { type: 'text', text: 'words', marks: [{ type: 'bold' }] },
    ],
  });
});

const heraldText = `Karvenia and Selmara meet again.
The two delegations met in Lindhaven on March 27 to discuss the Dravik port.
A senior official said up to twelve vessels a week would be allowed to use Dravik.`;
const ministryText = `Ministry statement on the Dravik talks.
The ministry said no more than eight vessels per week were foreseen.`;

async function highlight(page: Page, sourceId: string, text: string, phrase: string): Promise<string> {
  const start = text.indexOf(phrase);
  expect(start).toBeGreaterThanOrEqual(0);
  return (await call<{ id: string }>(page, 'annotations.create', { sourceId, start, end: start + phrase.length })).id;
}

async function citeClaim(page: Page, words: string): Promise<void> {
  await page.getByRole('button', { name: 'Cite…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite evidence' });
  await dialog.getByRole('combobox', { name: 'Find a claim' }).fill(words);
  await dialog.getByRole('option', { name: new RegExp(words, 'i') }).first().click();
  await expect(dialog).toHaveCount(0);
}

test('citations: claims and a passage cited as footnotes numbered in order, the hover card, the reader, and [source removed]', async ({ page }) => {
  await openApp(page);
  await createProject(page, 'Memo citations');
  const herald = await call<{ sourceId: string }>(page, 'sources.addText', { title: 'Meridian Herald', text: heraldText, reliability: 'B' });
  const ministry = await call<{ sourceId: string }>(page, 'sources.addText', { title: 'Ministry statement', text: ministryText, reliability: 'A' });
  const twelvePassage = await highlight(page, herald.sourceId, heraldText, 'up to twelve vessels a week would be allowed to use Dravik');
  const eightPassage = await highlight(page, ministry.sourceId, ministryText, 'no more than eight vessels per week were foreseen');
  await highlight(page, herald.sourceId, heraldText, 'met in Lindhaven on March 27');
  await call(page, 'claims.create', { statement: 'Up to twelve vessels a week will use Dravik', annotationIds: [twelvePassage], credibility: 2 });
  const eight = await call<{ id: string }>(page, 'claims.create', { statement: 'No more than eight vessels a week', annotationIds: [eightPassage] });

  await openMemos(page);
  await page.getByRole('button', { name: 'New memo' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New memo' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Port capacity');
  await dialog.getByRole('button', { name: 'Create' }).click();
  const text = page.getByRole('textbox', { name: 'Memo text: Port capacity' });
  await text.click();
  await page.keyboard.type('Officials disagree on capacity');
  await citeClaim(page, 'twelve vessels');
  await page.keyboard.type(' and');
  await citeClaim(page, 'eight vessels');
  await page.keyboard.type('. Twelve is the higher figure');
  await citeClaim(page, 'twelve vessels');
  await page.keyboard.type('; the delegations met in Lindhaven');
  await page.getByRole('button', { name: 'Cite…' }).click();
  const cite = page.getByRole('dialog', { name: 'Cite evidence' });
  await cite.getByRole('tab', { name: 'Highlighted passage' }).click();
  await cite.getByRole('combobox', { name: 'Source' }).fill('Meridian');
  await cite.getByRole('option', { name: /Meridian Herald/ }).click();
  await cite.getByRole('button', { name: /met in Lindhaven on March 27/ }).click();
  await page.keyboard.type('.');

  const footnotes = text.locator('sup.memo-citation');
  await expect(footnotes).toHaveText(['1', '2', '1', '3']);
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await expect(page.getByText('4 citations')).toBeVisible();
  // The Sources block is not in a blank memo; the footnote card says what each rests on.
  await footnotes.nth(0).hover();
  const card = page.getByRole('tooltip');
  await expect(card).toContainText('Footnote 1');
  await expect(card).toContainText('Grade B2');
  await expect(card).toContainText('“up to twelve vessels a week would be allowed to use Dravik”');
  await expect(card).toContainText('Meridian Herald');
  await page.screenshot({ path: 'test-results/memo-citations.png' });

  // Export: Word with real footnotes, a standalone web page; both from the stored memo.
  const exportAs = async (format: string) => {
    await page.getByRole('button', { name: /^Export ▾/ }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: format }).click();
    const download = await downloading;
    return { name: download.suggestedFilename(), data: fs.readFileSync((await download.path())!) };
  };
  const docx = await exportAs('Word document (.docx)');
  expect(docx.name).toBe('Port capacity.docx');
  const files = unzipSync(new Uint8Array(docx.data));
  const footnotesXml = strFromU8(files['word/footnotes.xml']!);
  expect(footnotesXml).toContain('up to twelve vessels a week would be allowed to use Dravik');
  expect(footnotesXml).toContain('no more than eight vessels per week were foreseen');
  expect(strFromU8(files['word/document.xml']!)).toContain('Officials disagree on capacity');
  const html = await exportAs('Web page (.html)');
  expect(html.name).toBe('Port capacity.html');
  const page1 = html.data.toString('utf8');
  expect(page1).toContain('Officials disagree on capacity');
  expect(page1).toContain('Meridian Herald');
  expect(page1).not.toMatch(/(src|href)="https?:/);
  await expect(page.getByText('Exported “Port capacity.html”.')).toBeVisible();

  // Print: options and a preview of the print view with the marking, in a frame that runs no scripts.
  await page.getByRole('button', { name: 'Print / PDF…' }).click();
  const print = page.getByRole('dialog', { name: 'Print or save as PDF' });
  await print.getByRole('combobox', { name: 'Page size' }).selectOption('Letter');
  await print.getByRole('textbox', { name: 'Handling marking' }).fill('INTERNAL — DO NOT FORWARD');
  await print.getByLabel('Date').fill('2026-03-27');
  const frame = print.locator('iframe[title="Print preview"]');
  await expect(frame).toHaveAttribute('sandbox', '');
  const preview = page.frameLocator('iframe[title="Print preview"]');
  await expect(preview.locator('.marking').first()).toHaveText('INTERNAL — DO NOT FORWARD');
  await expect(preview.locator('.marking')).toHaveCount(2);
  await expect(preview.locator('h1')).toHaveText('Port capacity');
  await expect(preview.locator('.date')).toHaveText('27 Mar 2026');
  await expect(preview.locator('body')).toContainText('Officials disagree on capacity');
  expect(await frame.getAttribute('srcdoc')).toContain('size: letter');
  await page.screenshot({ path: 'test-results/memo-print.png' });
  await print.getByRole('button', { name: 'Cancel' }).click();

  // A click opens the passage in the reader.
  await footnotes.nth(3).click();
  await expect(page.getByTestId('reader-text')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Sources' })).toHaveAttribute('aria-current', 'page');

  // The eight-vessels claim goes to the Trash: its footnote says so, the others keep their numbers.
  await call(page, 'claims.delete', { id: eight.id });
  await openMemos(page);
  await expect(footnotes).toHaveText(['1', '2 [source removed]', '1', '3']);
  await footnotes.nth(1).hover();
  await expect(page.getByRole('tooltip')).toContainText('[source removed]');
});

test('version history: a named version, read back read-only, restored into the editor', async ({ page }) => {
  await openApp(page);
  await createProject(page, 'Memo history');
  await openMemos(page);
  await page.getByRole('button', { name: 'New memo' }).first().click();
  const create = page.getByRole('dialog', { name: 'New memo' });
  await create.getByRole('textbox', { name: 'Title' }).fill('Port talks');
  await create.getByRole('button', { name: 'Create' }).click();

  const text = page.getByRole('textbox', { name: 'Memo text: Port talks' });
  await text.click();
  await page.keyboard.type('Talks stalled over inspection rights.');
  await page.getByRole('button', { name: 'History…' }).click();
  const history = page.getByRole('dialog', { name: 'Version history' });
  await history.getByRole('textbox', { name: 'Name of a new version' }).fill('Before edits');
  await history.getByRole('button', { name: 'Save a named version' }).click();
  await expect(history.getByRole('button', { name: /^View version “Before edits”/ })).toBeVisible();
  await history.getByRole('button', { name: 'Close', exact: true }).click();

  await text.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Then the delegations walked out.');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  await page.getByRole('button', { name: 'History…' }).click();
  await history.getByRole('button', { name: /^View version “Before edits”/ }).click();
  const version = history.getByRole('textbox', { name: 'Version text: Before edits' });
  await expect(version).toHaveText('Talks stalled over inspection rights.');
  await expect(version).toHaveAttribute('contenteditable', 'false');
  await history.getByRole('button', { name: 'Restore this version' }).click();
  await expect(history).toHaveCount(0);
  await expect(page.getByText(/Version restored/)).toBeVisible();
  await expect(text).toHaveText('Talks stalled over inspection rights.');

  // The memo as it was is kept, and the restored text is what is saved.
  await page.getByRole('button', { name: 'History…' }).click();
  await history.getByRole('button', { name: /^View version “Before a restore”/ }).click();
  await expect(history.getByRole('textbox', { name: 'Version text: Before a restore' })).toContainText('Then the delegations walked out.');
  await history.getByRole('button', { name: 'Close', exact: true }).click();
  await page.reload();
  await openMemos(page);
  await page.getByRole('button', { name: 'Open memo “Port talks”' }).click();
  await expect(text).toHaveText('Talks stalled over inspection rights.');
});

test('save as template: the memo’s text starts a new memo from “Your templates”', async ({ page }) => {
  await openApp(page);
  await createProject(page, 'Memo templates');
  await openMemos(page);
  await page.getByRole('button', { name: 'New memo' }).first().click();
  const create = page.getByRole('dialog', { name: 'New memo' });
  await create.getByRole('textbox', { name: 'Title' }).fill('Port weekly');
  await create.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('textbox', { name: 'Memo text: Port weekly' }).click();
  await page.keyboard.type('Shipping through Dravik this week:');

  await page.getByRole('button', { name: 'Save as template…' }).click();
  const save = page.getByRole('dialog', { name: 'Save as template' });
  await save.getByRole('textbox', { name: 'Template name' }).fill('Port weekly template');
  await save.getByRole('textbox', { name: 'Description (optional)' }).fill('Shipping through the port, week by week');
  await save.getByRole('button', { name: 'Save template' }).click();
  await expect(save).toHaveCount(0);
  await expect(page.getByText('Saved as template “Port weekly template”.')).toBeVisible();

  await page.getByRole('button', { name: 'Back to all memos' }).click();
  await page.getByRole('button', { name: 'New memo' }).first().click();
  await create.getByRole('textbox', { name: 'Title' }).fill('Port weekly 2');
  await expect(create.getByRole('heading', { name: 'Your templates' })).toBeVisible();
  const template = create.getByRole('radio', { name: /Port weekly template/ });
  await expect(template).toHaveAccessibleName(/Shipping through the port, week by week/);
  await template.check();
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('textbox', { name: 'Memo text: Port weekly 2' })).toHaveText('Shipping through Dravik this week:');

  // Templates are edited through a memo made from them: Templates… → Edit…, change it, Save as template → Replace.
  await page.getByRole('button', { name: 'Back to all memos' }).click();
  await page.getByRole('button', { name: 'Templates…' }).click();
  let manage = page.getByRole('dialog', { name: 'Memo templates' });
  await manage.getByRole('button', { name: 'Edit template “Port weekly template”' }).click();
  await expect(manage).toHaveCount(0);
  const draft = page.getByRole('textbox', { name: 'Memo text: Port weekly template (template draft)' });
  await expect(draft).toHaveText('Shipping through Dravik this week:');
  await draft.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' and Karvenia.');
  await page.getByRole('button', { name: 'Save as template…' }).click();
  await expect(save.getByRole('radio', { name: 'Replace one of your templates' })).toBeChecked();
  await expect(save.getByRole('combobox', { name: 'Template to replace' })).toHaveValue(/.+/);
  await save.getByRole('button', { name: 'Replace template' }).click();
  await expect(page.getByText('Template “Port weekly template” now has this memo’s text; its previous version is in the Trash.')).toBeVisible();

  // Renamed, then moved to the Trash and back with Undo; a new memo from it has the replaced text.
  await page.getByRole('button', { name: 'Back to all memos' }).click();
  await page.getByRole('button', { name: 'Templates…' }).click();
  manage = page.getByRole('dialog', { name: 'Memo templates' });
  await manage.getByRole('button', { name: 'Rename template “Port weekly template”' }).click();
  await manage.getByRole('textbox', { name: 'Template name' }).fill('Port weekly v2');
  await manage.getByRole('button', { name: 'Save' }).click();
  await expect(manage.getByText('Port weekly v2', { exact: true })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('memo-templates-dialog.png') });
  await manage.getByRole('button', { name: 'Move template “Port weekly v2” to the Trash' }).click();
  await expect(manage.getByText('You have no templates of your own yet.', { exact: false })).toBeVisible();
  // The button pressed is gone with its row; focus stays in the dialog, so Esc still closes it.
  await page.keyboard.press('Escape');
  await expect(manage).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Templates…' }).click();
  await expect(manage.getByText('Port weekly v2', { exact: true })).toBeVisible();
  await manage.getByRole('button', { name: 'Close' }).last().click();
  await page.getByRole('button', { name: 'New memo' }).first().click();
  await create.getByRole('textbox', { name: 'Title' }).fill('Port weekly 3');
  await create.getByRole('radio', { name: /Port weekly v2/ }).check();
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('textbox', { name: 'Memo text: Port weekly 3' })).toHaveText('Shipping through Dravik this week: and Karvenia.');
  await page.screenshot({ path: test.info().outputPath('memo-from-edited-template.png') });
});

test('insert live blocks: timeline tables (all events, from a fuzzy date), an entity card and a claims table by grade, where the cursor is, kept after a reload', async ({ page }) => {
  await openApp(page);
  await createProject(page, 'Memo blocks');
  await call(page, 'events.create', { title: 'Delegations meet in Lindhaven', dateEdtf: '2026-03-27' });
  await call(page, 'events.create', { title: 'Talks stall', dateEdtf: '2026-04-02' });
  await call(page, 'entities.create', { kind: 'organization', name: 'Dravik Port Authority' });
  await openMemos(page);
  await page.getByRole('button', { name: 'New memo' }).first().click();
  const create = page.getByRole('dialog', { name: 'New memo' });
  await create.getByRole('textbox', { name: 'Title' }).fill('Port chronology');
  await create.getByRole('button', { name: 'Create' }).click();
  const text = page.getByRole('textbox', { name: 'Memo text: Port chronology' });
  await text.click();
  await page.keyboard.type('What happened:');

  await page.getByRole('button', { name: 'Insert ▾' }).click();
  await page.getByRole('menuitem', { name: 'Timeline table…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Insert a timeline table' });
  await expect(dialog.getByRole('combobox', { name: 'Timeline' })).toHaveValue('');
  await expect(dialog.getByRole('combobox', { name: 'Timeline' }).locator('option:checked')).toHaveText('All events');
  await dialog.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  const timeline = text.locator('[data-block-type="timelineTable"]');
  await expect(timeline.getByRole('cell', { name: 'Delegations meet in Lindhaven' })).toBeVisible();
  await expect(timeline.getByRole('cell', { name: 'Talks stall' })).toBeVisible();
  await expect(timeline.getByRole('button', { name: 'Freeze' })).toBeVisible();
  // Inserted after the paragraph the cursor was in.
  await expect(text.locator(':scope > *').first()).toHaveText('What happened:');

  await page.getByRole('button', { name: 'Insert ▾' }).click();
  await page.getByRole('menuitem', { name: 'Entity card…' }).click();
  const card = page.getByRole('dialog', { name: 'Insert an entity card' });
  await expect(card.getByRole('button', { name: 'Insert', exact: true })).toBeDisabled();
  await card.getByRole('combobox', { name: 'Entity' }).fill('Dravik');
  await card.getByRole('option', { name: /Dravik Port Authority/ }).click();
  await card.getByRole('button', { name: 'Insert', exact: true }).click();
  const entity = text.locator('[data-block-type="entityCard"]');
  await expect(entity).toContainText('Dravik Port Authority');
  // The timeline table that was selected after its insertion is kept; the card follows it.
  await expect(text.locator(':scope > *')).toHaveText(['What happened:', /Delegations meet in Lindhaven/, /Dravik Port Authority/, '']);
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  await page.reload();
  await openMemos(page);
  await page.getByRole('button', { name: 'Open memo “Port chronology”' }).click();
  await expect(timeline.getByRole('cell', { name: 'Talks stall' })).toBeVisible();
  await expect(entity).toContainText('Dravik Port Authority');

  // A timeline table limited to a fuzzy date range, and a claims table of claims graded B2 or better.
  const text2 = 'Officials said up to twelve vessels a week would use Dravik. A blogger said the port would close.';
  const source = await call<{ sourceId: string }>(page, 'sources.addText', { title: 'Port report', text: text2, reliability: 'B' });
  await call(page, 'claims.create', { statement: 'Twelve vessels a week', annotationIds: [], passage: { sourceId: source.sourceId, start: 0, end: 59 }, credibility: 2 });
  await call(page, 'claims.create', { statement: 'The port will close', annotationIds: [], passage: { sourceId: source.sourceId, start: 60, end: 97 }, credibility: 5 });
  await text.locator(':scope > p').first().click();
  await page.keyboard.press('End');
  await page.getByRole('button', { name: 'Insert ▾' }).click();
  await page.getByRole('menuitem', { name: 'Timeline table…' }).click();
  await dialog.getByRole('textbox', { name: 'From (optional)' }).fill('2026-04');
  await expect(dialog.getByText('April 2026')).toBeVisible();
  await dialog.getByRole('button', { name: 'Insert', exact: true }).click();
  const april = text.locator('[data-block-type="timelineTable"]').nth(0);
  await expect(april).toContainText('from April 2026');
  await expect(april.getByRole('cell', { name: 'Talks stall' })).toBeVisible();
  await expect(april.getByRole('cell', { name: 'Delegations meet in Lindhaven' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Insert ▾' }).click();
  await page.getByRole('menuitem', { name: 'Claims table…' }).click();
  const claimsDialog = page.getByRole('dialog', { name: 'Insert a claims table' });
  await claimsDialog.getByRole('combobox', { name: 'Source reliability at least' }).selectOption({ label: 'B — Usually reliable' });
  await claimsDialog.getByRole('combobox', { name: 'Information credibility at least' }).selectOption({ label: '2 — Probably true' });
  await claimsDialog.getByRole('button', { name: 'Insert', exact: true }).click();
  const claimsTable = text.locator('[data-block-type="claimsTable"]');
  await expect(claimsTable.getByRole('cell', { name: 'Twelve vessels a week' })).toBeVisible();
  await expect(claimsTable.getByRole('cell', { name: 'The port will close' })).toHaveCount(0);
  await expect(claimsTable).toContainText('Claims table');
});
