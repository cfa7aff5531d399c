import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { createProject, openApp, callApi as call } from './session';

const MARKING = 'INTERNAL — DO NOT FORWARD';

const sources = [
  {
    title: 'Meridian Herald report',
    outlet: 'Meridian Herald',
    published: '2026-03-28',
    reliability: 'B',
    text: 'The two delegations met in Lindhaven on March 27 to discuss the Dravik port. A senior official said up to twelve vessels a week would be allowed to use Dravik.',
    passages: ['met in Lindhaven on March 27', 'up to twelve vessels a week would be allowed to use Dravik'],
  },
  {
    title: 'Ministry statement on Dravik',
    outlet: 'Selmaran Ministry of Transport',
    published: '2026-03-29',
    reliability: 'A',
    text: 'The ministry said no more than eight vessels per week were foreseen. Inspections will be carried out by a joint commission.',
    passages: ['no more than eight vessels per week were foreseen', 'Inspections will be carried out by a joint commission'],
  },
  {
    title: 'Harbour pilots bulletin',
    outlet: 'Nordsea Shipping Weekly',
    published: '2026-04-01',
    reliability: 'C',
    text: 'Pilots reported that the northern channel was dredged in February. Insurers raised premiums for ships calling at Dravik.',
    passages: ['Insurers raised premiums for ships calling at Dravik'],
  },
];

const claims = [
  'Delegations met in Lindhaven on 27 March',
  'Up to twelve vessels a week will use Dravik',
  'No more than eight vessels a week are foreseen',
  'A joint commission will carry out inspections',
  'Insurers raised premiums for Dravik calls',
];

async function citeClaim(page: Page, statement: string): Promise<void> {
  await page.getByRole('button', { name: 'Cite…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite evidence' });
  await dialog.getByRole('combobox', { name: 'Find a claim' }).fill(statement);
  await dialog.getByRole('option', { name: new RegExp(statement, 'i') }).first().click();
  await expect(dialog).toHaveCount(0);
}

interface PdfPageText {
  text: string;
  items: { str: string; y: number }[];
  height: number;
}

async function readPdf(data: Uint8Array): Promise<PdfPageText[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const loading = pdfjs.getDocument({ data, useSystemFonts: false });
  const doc = await loading.promise;
  const pages: PdfPageText[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const pdfPage = await doc.getPage(n);
    const content = await pdfPage.getTextContent();
    const items = content.items.flatMap((item) => ('str' in item ? [{ str: item.str, y: item.transform[5] as number }] : []));
    pages.push({ text: items.map((i) => i.str).join(' '), items, height: pdfPage.getViewport({ scale: 1 }).height });
  }
  await loading.destroy();
  return pages;
}

test('a situation brief citing 5 claims from 3 sources, with a timeline table, exported to DOCX and PDF', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await createProject(page, 'Memo PDF');
  let claimIndex = 0;
  for (const source of sources) {
    const added = await call<{ sourceId: string }>(page, 'sources.addText', {
      title: source.title,
      outlet: source.outlet,
      published: source.published,
      reliability: source.reliability,
      text: source.text,
    });
    for (const phrase of source.passages) {
      const start = source.text.indexOf(phrase);
      expect(start).toBeGreaterThanOrEqual(0);
      const passage = await call<{ id: string }>(page, 'annotations.create', { sourceId: added.sourceId, start, end: start + phrase.length });
      await call(page, 'claims.create', { statement: claims[claimIndex], annotationIds: [passage.id], credibility: 2 });
      claimIndex += 1;
    }
  }
  const timeline = await call<{ id: string }>(page, 'timelines.create', { name: 'Dravik talks' });
  for (const [title, dateEdtf] of [
    ['Delegations meet in Lindhaven', '2026-03-27'],
    ['Ministry statement on vessel numbers', '2026-03-29'],
    ['Insurers raise premiums', '2026-04-01'],
  ] as const) {
    await call(page, 'events.create', { title, dateEdtf, timelineIds: [timeline.id] });
  }

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Memos' }).click();
  await page.getByRole('button', { name: 'New memo' }).first().click();
  const create = page.getByRole('dialog', { name: 'New memo' });
  await create.getByRole('textbox', { name: 'Title' }).fill('Dravik port: situation brief');
  await create.getByRole('radio', { name: /Situation brief/ }).check();
  await create.getByRole('button', { name: 'Create' }).click();
  const text = page.getByRole('textbox', { name: 'Memo text: Dravik port: situation brief' });
  await expect(text.getByRole('heading', { name: 'Overview' })).toBeVisible();

  // Under "Overview": the empty paragraph after the heading.
  await text.getByRole('heading', { name: 'Overview' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('The delegations met in Lindhaven');
  await citeClaim(page, claims[0]!);
  await page.keyboard.type(' and disagree on capacity: twelve vessels a week');
  await citeClaim(page, claims[1]!);
  await page.keyboard.type(' against eight');
  await citeClaim(page, claims[2]!);
  await page.keyboard.type('. A joint commission would inspect ships');
  await citeClaim(page, claims[3]!);
  await page.keyboard.type(', and insurers are already pricing in the risk');
  await citeClaim(page, claims[4]!);
  await page.keyboard.type('.');
  await expect(text.locator('sup.memo-citation')).toHaveText(['1', '2', '3', '4', '5']);

  await page.getByRole('button', { name: 'Insert ▾' }).click();
  await page.getByRole('menuitem', { name: 'Timeline table…' }).click();
  const insert = page.getByRole('dialog', { name: 'Insert a timeline table' });
  await insert.getByRole('combobox', { name: 'Timeline' }).selectOption({ label: 'Dravik talks' });
  await insert.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(insert).toHaveCount(0);
  await expect(text.locator('[data-block-type="timelineTable"]').getByRole('cell', { name: 'Insurers raise premiums' }).first()).toBeVisible();
  await expect(page.getByText('5 citations')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  // DOCX through the Export menu: real Word footnotes, one per citation.
  await page.getByRole('button', { name: /^Export ▾/ }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Word document (.docx)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Dravik port.*situation brief\.docx$/);
  const files = unzipSync(new Uint8Array(fs.readFileSync((await download.path())!)));
  const footnotesXml = strFromU8(files['word/footnotes.xml']!);
  const footnoteIds = [...footnotesXml.matchAll(/<w:footnote\b[^>]*\bw:id="(-?\d+)"/g)].map((m) => Number(m[1])).filter((id) => id > 0);
  expect(footnoteIds).toHaveLength(5);
  expect(footnotesXml).toContain('up to twelve vessels a week would be allowed to use Dravik');
  expect(footnotesXml).toContain('Insurers raised premiums for ships calling at Dravik');

  // PDF: in browser mode the PDF is the print view printed by Chromium.
  const memos = await call<{ id: string; title: string }[]>(page, 'memos.list', {});
  const memo = memos.find((m) => m.title === 'Dravik port: situation brief')!;
  const printed = await call<{ text: string }>(page, 'memos.export', {
    id: memo.id,
    format: 'printHtml',
    options: { pageSize: 'A4', margins: { top: 20, right: 20, bottom: 20, left: 20 }, marking: MARKING, date: '2026-04-02' },
  });
  const printPage = await browser.newPage();
  await printPage.setContent(printed.text);
  const pdf = await printPage.pdf({ preferCSSPageSize: true });
  await printPage.close();
  fs.mkdirSync('test-results', { recursive: true });
  fs.writeFileSync('test-results/memo-brief.pdf', pdf);

  const pages = await readPdf(new Uint8Array(pdf));
  const all = pages.map((p) => p.text).join('\n').replace(/\s+/g, ' ');
  for (const heading of ['Overview', 'Key indicators', 'People involved', 'Organizations involved', 'Timeline', 'Scenarios', 'Historical context', 'Sources']) {
    expect(all, heading).toContain(heading);
  }
  expect(all).toContain('The delegations met in Lindhaven');
  expect(all).toContain('Insurers raise premiums');
  // Footnote numbers 1–5 in the text, after the words they stand for.
  const overview = pages.flatMap((p) => p.items.map((i) => i.str)).join('');
  expect(overview).toMatch(/Lindhaven\s*1\s*and disagree/);
  expect(overview).toMatch(/twelve vessels a week\s*2\s*against eight\s*3/);
  expect(overview).toMatch(/inspect ships\s*4\s*, and insurers/);
  expect(overview).toMatch(/risk\s*5\s*\./);
  // The Sources list: 5 numbered entries, with titles and outlets.
  const sourcesAt = all.lastIndexOf('Sources');
  const sourcesList = all.slice(sourcesAt);
  for (const source of sources) {
    expect(sourcesList).toContain(source.title);
    expect(sourcesList).toContain(source.outlet);
  }
  let at = 0;
  for (let n = 1; n <= 5; n += 1) {
    const found = sourcesList.indexOf(`${n}.`, at);
    expect(found, `Sources entry ${n}`).toBeGreaterThan(at - 1);
    at = found;
  }
  // The marking at the top and the bottom of every page, and "Page n of N".
  expect(pages.length).toBeGreaterThanOrEqual(2);
  pages.forEach((p, index) => {
    const marks = p.items.filter((i) => i.str.includes(MARKING));
    expect(marks.some((i) => i.y > p.height * 0.9), `marking at the top of page ${index + 1}`).toBe(true);
    expect(marks.some((i) => i.y < p.height * 0.1), `marking at the bottom of page ${index + 1}`).toBe(true);
    expect(p.text.replace(/\s+/g, ' ')).toContain(`Page ${index + 1} of ${pages.length}`);
  });
});
