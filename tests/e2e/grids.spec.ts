import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { createProject, openApp, callApi as call } from './session';

const SHOTS = process.env.DOSSIER_SHOTS_DIR;

function cell(page: Page, claimId: string, column: string): Locator {
  return page.locator(`.claim-grid [row-id="${claimId}"] [col-id="${column}"]`);
}

test('claims grid: the Status editor shows whole over the pinned column, no matches says so in Dossier words with a way back', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  await createProject(page, 'Claims grid look');
  const text = 'A senior official said up to twelve vessels a week would be allowed to use Dravik under the deal.';
  const source = await call<{ sourceId: string }>(page, 'sources.addText', { title: 'Meridian Herald', text, reliability: 'B' });
  const start = text.indexOf('up to twelve');
  const passage = await call<{ id: string }>(page, 'annotations.create', { sourceId: source.sourceId, start, end: start + 40 });
  const claim = await call<{ id: string }>(page, 'claims.create', { statement: 'Up to twelve vessels a week will use Dravik', annotationIds: [passage.id] });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Claims' }).click();
  await expect(cell(page, claim.id, 'statement')).toBeVisible();
  if (SHOTS) await page.locator('.claim-grid .ag-header').screenshot({ path: `${SHOTS}/claims-header.png` });

  // The panel opens beside the grid; the grid is scrolled so Status starts under the pinned Statement column.
  await cell(page, claim.id, 'status').click();
  await expect(page.getByRole('complementary', { name: 'Claim' })).toBeVisible();
  await page.locator('.claim-grid .ag-body-horizontal-scroll-viewport').evaluate((el) => {
    el.scrollLeft = 520;
    el.dispatchEvent(new Event('scroll'));
  });
  await cell(page, claim.id, 'status').click({ force: true });
  await page.keyboard.press('Enter');
  const editor = page.locator('.claim-grid .ag-cell-editor, .ag-popup-editor').first();
  await expect(editor).toBeVisible();
  if (SHOTS) await page.locator('.claims-grid-pane').screenshot({ path: `${SHOTS}/claims-status-editor.png` });
  // The editor is not under the pinned Statement column: its left edge is right of the pinned column, or it is a popup above it.
  const pinned = await page.locator('.claim-grid .ag-header-cell[col-id="statement"]').first().boundingBox();
  const editorBox = await editor.boundingBox();
  const isPopup = (await page.locator('.ag-popup-editor').count()) > 0;
  expect(isPopup || (editorBox?.x ?? 0) >= (pinned?.x ?? 0) + (pinned?.width ?? 0) - 1).toBe(true);
  await page.keyboard.press('Escape');

  // A search that leaves nothing: Dossier's message, and one click back to every claim.
  const search = page.getByRole('searchbox', { name: 'Search claims' });
  await search.fill('no such words anywhere');
  await expect(page.getByText('No claims match these filters.')).toBeVisible();
  await expect(page.getByText('No Matching Rows')).toHaveCount(0);
  if (SHOTS) await page.locator('.claims-grid-pane').screenshot({ path: `${SHOTS}/claims-no-matches.png` });
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(search).toHaveValue('');
  await expect(cell(page, claim.id, 'statement')).toBeVisible();

  // Status's floating filter is a choice button (not a greyed-out box) that opens the list of values.
  const statusFilter = page.getByRole('button', { name: 'Status filter: All. Choose values' });
  await expect(statusFilter).toBeVisible();
  await statusFilter.click();
  await page.getByRole('checkbox', { name: 'Unverified' }).uncheck();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Status filter: Corroborated, Disputed, Refuted. Choose values' })).toBeVisible();
  await expect(page.getByText('No claims match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(cell(page, claim.id, 'statement')).toBeVisible();
  await expect(statusFilter).toBeVisible();

  // The sources list says the same in its own words.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Sources' }).click();
  const filter = page.getByRole('searchbox', { name: 'Filter sources' });
  await filter.fill('no such words anywhere');
  await expect(page.getByText('No sources match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(filter).toHaveValue('');
  await expect(page.getByRole('gridcell', { name: 'Meridian Herald' })).toBeVisible();
});
