import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { createProject, openApp, callApi as call } from './session';

type Row = [string, string, string, string, number | null, number | null, string | null, string | null, string[], number, boolean, number, string[], string];

const heraldText = `Karvenia and Selmara meet again.
The two delegations met in Lindhaven on March 27 to discuss the Dravik port.
Officials said talks had already stalled last week over inspection rights.`;

function grid(page: Page): Locator {
  return page.getByRole('grid', { name: 'Events table' });
}

/** A cell by event id and column (the date column is pinned, so a row is two DOM rows: go by the row id). */
function cell(page: Page, eventId: string, column: string): Locator {
  return page.locator(`.timeline-grid [row-id="${eventId}"] [col-id="${column}"]`);
}

/** Titles in the order the grid shows them (the centre rows, ordered by their row index). */
async function shownTitles(page: Page): Promise<string[]> {
  return page.locator('.timeline-grid .ag-row:has([col-id="title"])').evaluateAll((rows) =>
    rows
      .map((r) => ({ index: Number(r.getAttribute('row-index')), title: r.querySelector('[col-id="title"]')?.textContent ?? '' }))
      .sort((a, b) => a.index - b.index)
      .map((r) => r.title),
  );
}

/** The grid's date order: earliest, latest, then the manual order. */
function dateOrder(a: Row, b: Row): number {
  return (a[4] ?? Infinity) - (b[4] ?? Infinity) || (a[5] ?? Infinity) - (b[5] ?? Infinity) || a[11] - b[11];
}

async function listEvents(page: Page, timelineId: string): Promise<Row[]> {
  return (await call<{ rows: Row[] }>(page, 'events.list', { timelineId })).rows;
}

async function editDate(page: Page, eventId: string, value: string): Promise<void> {
  await cell(page, eventId, 'date').click();
  await page.keyboard.press('Enter');
  const input = page.getByRole('textbox', { name: 'Date (EDTF)' });
  await expect(input).toBeFocused();
  await input.fill(value);
  await page.keyboard.press('Enter');
  await expect(input).toHaveCount(0);
}

test('a timeline of 10 events: from passages with suggested dates, typed, pasted, one invalid then fixed; sorted, a tie moved, on the axis, exported to TimelineJS and imported again unchanged', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page);
  await createProject(page, 'Dravik chronology');
  const herald = await call<{ sourceId: string }>(page, 'sources.addText', { title: 'Meridian Herald', text: heraldText, published: '2022-03-30' });
  const meetPhrase = 'The two delegations met in Lindhaven on March 27 to discuss the Dravik port.';
  const stallPhrase = 'Officials said talks had already stalled last week over inspection rights.';
  for (const phrase of [meetPhrase, stallPhrase]) {
    const start = heraldText.indexOf(phrase);
    await call(page, 'annotations.create', { sourceId: herald.sourceId, start, end: start + phrase.length });
  }
  const types = await call<{ id: string; name: string }[]>(page, 'eventTypes.list', {});
  const summit = types.find((t) => t.name === 'Summit');
  expect(summit).toBeTruthy();

  // A timeline made in the view.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('button', { name: 'Timelines' }).click();
  await expect(page.getByRole('heading', { name: 'No events yet' })).toBeVisible();
  const side = page.getByRole('navigation', { name: 'Timelines' });
  await side.getByRole('textbox', { name: 'New timeline' }).fill('Negotiations');
  await side.getByRole('button', { name: 'Create' }).click();
  await expect(side.getByRole('button', { name: /^Negotiations/ })).toHaveAttribute('aria-current', 'true');
  const timelineId = (await call<{ timelines: { id: string; name: string }[] }>(page, 'timelines.list', {})).timelines.find((t) => t.name === 'Negotiations')!.id;

  // Two events from passages: the date suggested from the text, read against the published date.
  await nav.getByRole('button', { name: 'Sources' }).click();
  await page.getByRole('gridcell', { name: 'Meridian Herald' }).first().click();
  // The first from Edit highlight (saved and closed, the event's dialog in its place), the second from the highlight list.
  for (const [phrase, words, matched, from] of [
    [meetPhrase, '27 Mar 2022', 'March 27', 'editor'],
    [stallPhrase, '21 – 27 Mar 2022', 'last week', 'list'],
  ] as const) {
    const item = page.locator('.highlight-item', { hasText: phrase.slice(0, 40) });
    await item.locator('.highlight-quote').click();
    if (from === 'editor') {
      await page.getByRole('button', { name: 'Edit highlight' }).click();
      await page.getByRole('dialog', { name: 'Edit highlight' }).getByRole('button', { name: 'Add to timeline' }).click();
      await expect(page.getByRole('dialog', { name: 'Edit highlight' })).toHaveCount(0);
    } else {
      await item.getByRole('button', { name: 'Add to timeline' }).click();
    }
    const dialog = page.getByRole('dialog', { name: 'Add an event from this text' });
    await expect(dialog.getByText(`“${matched}”`)).toBeVisible();
    await expect(dialog.getByText('relative to 2022-03-30 (published)').first()).toBeVisible();
    await expect(dialog.locator('.edtf-preview')).toHaveText(words);
    // The timeline chosen in the Timelines view is ticked already.
    await expect(dialog.getByRole('checkbox', { name: 'Negotiations' })).toBeChecked();
    await dialog.getByRole('button', { name: 'Create event' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }

  await nav.getByRole('button', { name: 'Timelines' }).click();
  await side.getByRole('button', { name: /^Negotiations/ }).click();
  await expect(grid(page)).toBeVisible();
  let rows = await listEvents(page, timelineId);
  expect(rows.map((r) => r[3]).sort()).toEqual(['2022-03-21/2022-03-27', '2022-03-27']);
  expect(rows.every((r) => r[9] === 1)).toBe(true);
  const meeting = rows.find((r) => r[3] === '2022-03-27')!;
  await expect(cell(page, meeting[0], 'date')).toHaveText('27 Mar 2022');
  await expect(cell(page, meeting[0], 'evidence')).toContainText('1');

  // Typed in the grid: Add event opens the title editor; the date editor shows plain words as you type.
  await page.getByRole('button', { name: 'Add event' }).click();
  const titleEditor = page.locator('.timeline-grid .ag-cell-inline-editing input');
  await expect(titleEditor).toBeFocused();
  await titleEditor.fill('Ceasefire signed at Panmunjom');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await listEvents(page, timelineId)).some((r) => r[1] === 'Ceasefire signed at Panmunjom')).toBe(true);
  // Enter on the last row's title opened the next row; Esc leaves it, and it goes away untouched.
  await expect.poll(async () => (await listEvents(page, timelineId)).length).toBe(4);
  await expect(titleEditor).toHaveValue('New event');
  await expect(titleEditor).toBeFocused();
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await listEvents(page, timelineId)).length).toBe(3);
  rows = await listEvents(page, timelineId);
  const ceasefire = rows.find((r) => r[1] === 'Ceasefire signed at Panmunjom')!;
  await cell(page, ceasefire[0], 'date').click();
  await page.keyboard.press('Enter');
  const dateInput = page.getByRole('textbox', { name: 'Date (EDTF)' });
  await dateInput.fill('1953-07-27/..');
  await expect(page.locator('.edtf-preview')).toHaveText('27 Jul 1953 – present');
  await page.keyboard.press('Enter');
  await expect(cell(page, ceasefire[0], 'date')).toHaveText('27 Jul 1953 – present');

  // Typed with the keyboard only: Ctrl+Enter adds, the title is typed, then the date; one invalid date stays visible with its reason.
  await cell(page, ceasefire[0], 'title').click();
  await page.keyboard.press('Control+Enter');
  await expect(titleEditor).toBeFocused();
  await page.keyboard.type('Talks on inspection resume');
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await listEvents(page, timelineId)).some((r) => r[1] === 'Talks on inspection resume')).toBe(true);
  const resume = (await listEvents(page, timelineId)).find((r) => r[1] === 'Talks on inspection resume')!;
  await editDate(page, resume[0], '2022-02-30');
  await expect(cell(page, resume[0], 'date')).toContainText('⚠');
  await expect(cell(page, resume[0], 'date')).toContainText('2022-02-30');
  expect((await call<{ dateEdtf: string; earliest: number | null }>(page, 'events.get', { id: resume[0] })).dateEdtf).toBe('2022-02-30');
  await editDate(page, resume[0], '2022-04~');
  await expect(cell(page, resume[0], 'date')).toHaveText('about April 2022');
  // Undo and redo of that edit.
  await page.keyboard.press('Control+z');
  await expect(cell(page, resume[0], 'date')).toContainText('⚠');
  await expect(page.getByText('Undone: date of “Talks on inspection resume”.')).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(cell(page, resume[0], 'date')).toHaveText('about April 2022');
  expect((await call<{ dateEdtf: string }>(page, 'events.get', { id: resume[0] })).dateEdtf).toBe('2022-04~');

  // Rows copied from a spreadsheet (tab-separated, with a header) pasted into the grid: a short confirmation first.
  const tsv = [
    'Date\tTitle\tType\tDescription',
    '1955-05-15/1955-10-26\tFirst round of the port talks\tSummit\tHeld in Geneva',
    '2022-03-27\tJoint statement on Dravik\tStatement\t',
    '2021?\tLeak of the draft agreement\tDisclosure\t"Reported by two outlets,\nboth unnamed"',
    '2022-03\tNavy exercise near Dravik\tWarning\t',
  ].join('\n');
  await page.evaluate((text) => navigator.clipboard.writeText(text), tsv);
  await cell(page, resume[0], 'title').click();
  await page.keyboard.press('Control+v');
  const pasteDialog = page.getByRole('dialog', { name: 'Paste events' });
  await expect(pasteDialog.getByText('4 rows pasted.')).toBeVisible();
  await pasteDialog.getByRole('button', { name: 'Add 4 events' }).click();
  await expect(pasteDialog).toHaveCount(0);
  await expect.poll(async () => (await listEvents(page, timelineId)).length).toBe(8);

  // One more from a claim (its passage is the evidence), and one typed as a title: Enter on the last title adds the next row.
  const passages = await call<{ id: string; exact: string }[]>(page, 'annotations.list', { sourceId: herald.sourceId });
  const meetPassage = passages.find((p) => p.exact === meetPhrase)!;
  const claim = await call<{ id: string }>(page, 'claims.create', { statement: 'Delegations met in Lindhaven', annotationIds: [meetPassage.id] });
  await call(page, 'events.createFromEvidence', { claimId: claim.id, title: 'Delegations met in Lindhaven (claim)', dateEdtf: '2022-03-27', timelineIds: [timelineId] });
  await expect.poll(async () => (await listEvents(page, timelineId)).length).toBe(9);
  await page.getByRole('button', { name: 'Add event' }).click();
  await expect(titleEditor).toBeFocused();
  await titleEditor.fill('Second round announced');
  await page.keyboard.press('Enter');
  await expect(titleEditor).toBeFocused();
  await page.keyboard.type('A row added by mistake');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await listEvents(page, timelineId)).length).toBe(12);
  await expect(titleEditor).toHaveValue('New event');
  await expect(titleEditor).toBeFocused();
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await listEvents(page, timelineId)).length).toBe(11);
  // Deleted with the Delete key (to the Trash), with Undo in the notice; Ctrl+Z and Ctrl+Shift+Z work the same.
  rows = await listEvents(page, timelineId);
  const mistake = rows.find((r) => r[1] === 'A row added by mistake')!;
  await cell(page, mistake[0], 'title').click();
  await page.keyboard.press('Delete');
  await expect.poll(async () => (await listEvents(page, timelineId)).length).toBe(10);
  await expect(page.getByText('Event moved to the Trash.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo', exact: true }).first().click();
  await expect.poll(async () => (await listEvents(page, timelineId)).length).toBe(11);
  await cell(page, mistake[0], 'title').click();
  await page.keyboard.press('Delete');
  await expect.poll(async () => (await listEvents(page, timelineId)).length).toBe(10);
  rows = await listEvents(page, timelineId);
  const second = rows.find((r) => r[1] === 'Second round announced')!;
  await editDate(page, second[0], '2022-04-02');
  await expect(page.locator('.timelines-toolbar .count')).toHaveText('10');

  // Sorted by date: earliest, then latest, then the analyst's order for ties.
  const byDate = [
    'Ceasefire signed at Panmunjom',
    'First round of the port talks',
    'Leak of the draft agreement',
    'Navy exercise near Dravik',
    stallPhrase,
    meetPhrase,
    'Joint statement on Dravik',
    'Delegations met in Lindhaven (claim)',
    'Talks on inspection resume',
    'Second round announced',
  ];
  await expect.poll(() => shownTitles(page)).toEqual(byDate);
  await expect(cell(page, rows.find((r) => r[1] === 'Leak of the draft agreement')![0], 'date')).toHaveText('2021 (uncertain)');
  // By title, then back to date order.
  await page.locator('.timeline-grid .ag-header-cell[col-id="title"] .ag-header-cell-label').click();
  await expect.poll(async () => (await shownTitles(page))[0]).toBe('Ceasefire signed at Panmunjom');
  expect(await shownTitles(page)).toEqual([...byDate].sort((a, b) => a.localeCompare(b)));
  await page.locator('.timeline-grid .ag-header-cell[col-id="date"] .ag-header-cell-label').click();
  await expect.poll(() => shownTitles(page)).toEqual(byDate);
  // Sections by type: a section column spans each type's rows; the order within stays by date.
  await page.getByRole('combobox', { name: 'Sections' }).selectOption('type');
  await expect(page.locator('.timeline-grid [col-id="section"]').filter({ hasText: 'Summit' }).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/timelines-sections.png' });
  await page.getByRole('combobox', { name: 'Sections' }).selectOption('none');
  await expect.poll(() => shownTitles(page)).toEqual(byDate);

  // A tie moved by dragging: the claim's event goes before the passage's (same date, 27 Mar 2022).
  const claimEvent = rows.find((r) => r[1] === 'Delegations met in Lindhaven (claim)')!;
  const handle = page.locator(`.timeline-grid [row-id="${claimEvent[0]}"] .ag-row-drag`);
  const target = cell(page, meeting[0], 'date');
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
  await page.mouse.move(to.x + 20, to.y + to.height / 3, { steps: 10 });
  await page.mouse.up();
  const moved = [...byDate.slice(0, 5), 'Delegations met in Lindhaven (claim)', meetPhrase, 'Joint statement on Dravik', ...byDate.slice(8)];
  await expect.poll(() => shownTitles(page)).toEqual(moved);
  // The order is the project's, not just the screen's.
  const ties = (await listEvents(page, timelineId)).filter((r) => r[3] === '2022-03-27').sort((a, b) => a[11] - b[11]);
  expect(ties.map((r) => r[1])).toEqual(['Delegations met in Lindhaven (claim)', meetPhrase, 'Joint statement on Dravik']);
  // An event of another date cannot be dragged among them: the grid says why and nothing changes.
  const navy = rows.find((r) => r[1] === 'Navy exercise near Dravik')!;
  const navyHandle = (await page.locator(`.timeline-grid [row-id="${navy[0]}"] .ag-row-drag`).boundingBox())!;
  await page.mouse.move(navyHandle.x + navyHandle.width / 2, navyHandle.y + navyHandle.height / 2);
  await page.mouse.down();
  await page.mouse.move(navyHandle.x + 4, navyHandle.y + 30, { steps: 5 });
  await page.mouse.move(to.x + 20, to.y + to.height / 2, { steps: 10 });
  await page.mouse.up();
  await expect(page.getByText(/Drag only changes the order of events with the same date/)).toBeVisible();
  expect(await shownTitles(page)).toEqual(moved);

  // On the axis: selecting a row marks it there; selecting on the axis selects and shows the row.
  const axis = page.getByTestId('timeline-axis');
  await expect(axis).toBeVisible();
  await cell(page, ceasefire[0], 'title').click();
  await expect(axis.locator('.timeline-axis-selected')).toContainText('Ceasefire signed at Panmunjom');
  await page.screenshot({ path: 'test-results/timelines-grid-axis.png' });
  await axis.getByRole('group').focus();
  await page.keyboard.press(']');
  await expect(axis.locator('.timeline-axis-selected')).toContainText('First round of the port talks');
  const first = rows.find((r) => r[1] === 'First round of the port talks')!;
  await expect(page.locator(`.timeline-grid .ag-row[row-id="${first[0]}"]:has([col-id="title"])`)).toHaveClass(/ag-row-selected/);
  await axis.screenshot({ path: 'test-results/timelines-axis.png' });

  // Exported as a TimelineJS spreadsheet (a download in browser mode), with its exact header row.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export TimelineJS' }).click();
  const download = await downloadPromise;
  await expect(page.getByText('Exported 10 events to Negotiations (TimelineJS).csv.')).toBeVisible();
  const exportedPath = await download.path();
  const exported = fs.readFileSync(exportedPath, 'utf8').replace(/^\uFEFF/, '');
  expect(exported.split(/\r?\n/)[0]).toBe(
    'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
  );

  // Imported again into a new timeline: the preview first, then nothing lost.
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  const chooser = await chooserPromise;
  await chooser.setFiles({ name: 'negotiations-timelinejs.csv', mimeType: 'text/csv', buffer: fs.readFileSync(exportedPath) });
  const importDialog = page.getByRole('dialog', { name: 'Import events' });
  await expect(importDialog.getByText(/TimelineJS spreadsheet/)).toBeVisible();
  await expect(importDialog.getByText('10 rows, 10 can be imported.')).toBeVisible();
  await importDialog.getByRole('radio', { name: 'A new timeline named' }).check();
  await importDialog.getByRole('textbox', { name: 'A new timeline named' }).fill('Negotiations (re-imported)');
  await importDialog.getByRole('button', { name: 'Import 10 events' }).click();
  await expect(importDialog).toHaveCount(0);
  await expect(side.getByRole('button', { name: /^Negotiations \(re-imported\)/ })).toHaveAttribute('aria-current', 'true');
  const list = await call<{ timelines: { id: string; name: string }[] }>(page, 'timelines.list', {});
  const copyId = list.timelines.find((t) => t.name === 'Negotiations (re-imported)')!.id;
  const typeName = new Map(types.map((t) => [t.id, t.name]));
  const comparable = (r: Row) => [r[1], r[2], r[3], r[6] ? typeName.get(r[6]) : null];
  const original = (await listEvents(page, timelineId)).sort(dateOrder).map(comparable);
  const copy = (await listEvents(page, copyId)).sort(dateOrder).map(comparable);
  expect(copy).toEqual(original);
  await expect.poll(() => shownTitles(page)).toEqual(moved);
});

/** A project with one timeline of events made through the API, shown in the Timelines view. */
async function timelineWith(page: Page, events: { title: string; dateEdtf: string }[]): Promise<{ timelineId: string; ids: Map<string, string> }> {
  await openApp(page);
  await createProject(page, 'Timeline details');
  const timeline = await call<{ id: string }>(page, 'timelines.create', { name: 'Details' });
  const ids = new Map<string, string>();
  for (const e of events) ids.set(e.title, (await call<{ id: string }>(page, 'events.create', { ...e, timelineIds: [timeline.id] })).id);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Timelines' }).click();
  await page.getByRole('navigation', { name: 'Timelines' }).getByRole('button', { name: /^Details/ }).click();
  await expect(grid(page)).toBeVisible();
  return { timelineId: timeline.id, ids };
}

/** The sort the headers show: column id, direction and (with more than one) the number. */
async function shownSort(page: Page): Promise<string[]> {
  return page.locator('.timeline-grid .ag-header-cell[aria-sort]').evaluateAll((cells) =>
    cells
      .filter((c) => c.getAttribute('aria-sort') !== 'none')
      .map((c) => `${c.getAttribute('col-id')} ${c.getAttribute('aria-sort')}`),
  );
}

test('the sort the headers show is the order of the rows, also after sections are switched on and off', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await timelineWith(page, [
    { title: 'Bravo', dateEdtf: '2020-01-01' },
    { title: 'Alpha', dateEdtf: '2021-01-01' },
    { title: 'Charlie', dateEdtf: '2019-01-01' },
  ]);
  const title = page.locator('.timeline-grid .ag-header-cell[col-id="title"] .ag-header-cell-label');
  const sections = page.getByRole('combobox', { name: 'Sections' });
  await expect.poll(() => shownTitles(page)).toEqual(['Charlie', 'Bravo', 'Alpha']);
  await title.click();
  await expect.poll(() => shownTitles(page)).toEqual(['Alpha', 'Bravo', 'Charlie']);
  expect(await shownSort(page)).toEqual(['title ascending']);
  await sections.selectOption('year');
  await expect(page.locator('.timeline-grid [col-id="section"]').filter({ hasText: '2019' }).first()).toBeVisible();
  expect(await shownSort(page)).toEqual(['title ascending']);
  await title.click();
  await expect.poll(() => shownSort(page)).toEqual(['title descending']);
  await sections.selectOption('none');
  await expect(page.locator('.timeline-grid .ag-header-cell[col-id="section"]')).toHaveCount(0);
  await expect.poll(() => shownTitles(page)).toEqual(['Charlie', 'Bravo', 'Alpha']);
  expect(await shownSort(page)).toEqual(['title descending']);
  await expect(page.locator('.timeline-grid .ag-header-cell[col-id="date"] .ag-sort-order')).toBeHidden();
  await page.screenshot({ path: 'test-results/timelines-sort-after-sections.png' });
});

test('the axis: an open end runs to today, titles after their bars, and the selected event readable in the toolbar at any width', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 860 });
  const { ids } = await timelineWith(page, [
    { title: 'Ceasefire signed at Panmunjom', dateEdtf: '1953-07-27/..' },
    { title: 'Navy exercise near Dravik', dateEdtf: '2022-03~' },
    { title: 'Delegations met in Lindhaven', dateEdtf: '2022-04-02' },
  ]);
  const axis = page.getByTestId('timeline-axis');
  await expect(axis).toBeVisible();
  await axis.getByRole('button', { name: 'Fit all' }).click();
  // Fit all reaches today: the today line is in view, so the range ends after now.
  const caption = await axis.getByTestId('timeline-axis-caption').textContent();
  expect(Number(/(\d{4})$/.exec(caption ?? '')?.[1])).toBeGreaterThanOrEqual(new Date().getUTCFullYear());
  await cell(page, ids.get('Navy exercise near Dravik')!, 'title').click();
  const selected = axis.locator('.timeline-axis-selected');
  await expect(selected).toContainText('Navy exercise near Dravik');
  for (const width of [1280, 1024, 820]) {
    await page.setViewportSize({ width, height: 860 });
    await expect.poll(async () => selected.evaluate((el) => el.clientWidth), { message: `at ${width}px` }).toBeGreaterThanOrEqual(120);
    await axis.screenshot({ path: `test-results/timelines-axis-${width}.png` });
  }
});

/** The lines an element's text takes (in the page): one box top per line. */
function textLines(el: Element): number {
  const range = document.createRange();
  range.selectNodeContents(el);
  return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
}

test('the import preview shows each date on one line', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 800 });
  await timelineWith(page, [{ title: 'Ceasefire signed at Panmunjom', dateEdtf: '1953-07-27/..' }]);
  const csv = [
    'Title,Date (EDTF),Type',
    'Ceasefire signed at Panmunjom after three years of war and two years of talks,1953-07-27/..,Armistice and ceasefire agreements',
    'Talks,1955-05-15/1955-10-26,Negotiation rounds of the port commission',
    'Another row with a long title that takes room in the table,2022-03~,Exercises',
  ].join('\r\n');
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooserPromise).setFiles({ name: 'dates.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const dialog = page.getByRole('dialog', { name: 'Import events' });
  const dateCell = dialog.getByRole('cell', { name: '1953-07-27/..', exact: true });
  await expect(dateCell).toBeVisible();
  for (const date of ['1953-07-27/..', '1955-05-15/1955-10-26']) {
    expect(await dialog.getByRole('cell', { name: date, exact: true }).evaluate(textLines), date).toBe(1);
  }
  await dialog.screenshot({ path: 'test-results/timelines-import-preview.png' });
});

test('the timelines list: a clicked timeline is deleted with Delete and renamed with F2, its buttons shown while it is chosen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await timelineWith(page, [{ title: 'Talks', dateEdtf: '2022-03-27' }]);
  const side = page.getByRole('navigation', { name: 'Timelines' });
  await side.getByRole('textbox', { name: 'New timeline' }).fill('Scratch');
  await side.getByRole('button', { name: 'Create' }).click();
  const details = side.getByRole('button', { name: /^Details/ });
  await details.click();
  await expect(details).toHaveAttribute('aria-current', 'true');
  await expect(details).toBeFocused();
  // Chosen, neither hovered nor focused: its rename and delete buttons still show.
  await page.getByRole('heading', { name: /^Timelines/ }).click();
  await expect(details).not.toBeFocused();
  await page.mouse.move(700, 700);
  await expect(side.getByRole('button', { name: 'Rename timeline “Details”' })).toBeVisible();
  await expect(side.getByRole('button', { name: 'Delete timeline “Details”' })).toBeVisible();
  await expect(side.getByRole('button', { name: 'Delete timeline “Scratch”' })).toBeHidden();
  await side.screenshot({ path: 'test-results/timelines-side-list.png' });
  await details.focus();
  await page.keyboard.press('F2');
  const rename = side.getByRole('textbox', { name: /Rename timeline/ });
  await expect(rename).toBeFocused();
  await rename.fill('Details renamed');
  await page.keyboard.press('Enter');
  await expect(side.getByRole('button', { name: /^Details renamed/ })).toBeVisible();
  // A timeline with events (its grid and axis appear as it is chosen): Delete still goes to the clicked item.
  const renamed = side.getByRole('button', { name: /^Details renamed/ });
  await side.getByRole('button', { name: /^Scratch/ }).click();
  await renamed.click();
  await expect(grid(page)).toBeVisible();
  await page.keyboard.press('Delete');
  await expect(renamed).toHaveCount(0);
  await expect(page.getByText(/Timeline “Details renamed” moved to the Trash/)).toBeVisible();
});

test('a TimelineJS export says which events have no valid date and will not show there', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await timelineWith(page, [
    { title: 'Talks on inspection resume', dateEdtf: '2022-02-30' },
    { title: 'Meeting in Lindhaven', dateEdtf: 'March 27' },
    { title: 'Joint statement', dateEdtf: '2022-03-27' },
  ]);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export TimelineJS' }).click();
  await downloadPromise;
  const notice = page.locator('.notice-message', { hasText: 'Exported 3 events; 2 have no valid date and will not show in TimelineJS:' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('“Talks on inspection resume”');
  await expect(notice).toContainText('“Meeting in Lindhaven”');
  await expect(notice).toHaveAttribute('title', /“Talks on inspection resume”: invalid date “2022-02-30”/);
});
