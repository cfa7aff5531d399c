/**
 * Memo figures for `npm run bench -- memos`: a 30-page memo (about 15,000
 * words) with 200 citations and 3 live tables, exported through the API to
 * DOCX, HTML and Markdown, and saved as autosave does; each beside
 * JSON.stringify of the same document in the same run. PDF export and
 * keystroke timing need the editor and Chromium: they belong with the UI.
 */
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import path from 'node:path';
import type { Workbench } from '../electron/core/workbench/createWorkbench';
import type { MemoBlock, MemoDoc } from '../shared/memos/memoDoc';

export interface MemoFigure {
  metric: string;
  value: number;
  unit: string;
  baseline: number;
  budget: { max: number } | { max_ratio: number };
}

async function call<T>(workbench: Workbench, method: string, input: unknown): Promise<T> {
  const envelope = await workbench.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.result as T;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function timeMedian(runs: number, fn: () => unknown): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const WORDS = 'the delegation said talks would resume after the ceasefire line was redrawn and officials denied any change to the port agreement'.split(' ');

function sentence(i: number, words: number): string {
  return Array.from({ length: words }, (_, k) => WORDS[(i * 7 + k) % WORDS.length]).join(' ');
}

/** 300 paragraphs of 50 words under 30 headings, one citation in every paragraph but the 100 last, three live tables. */
export function makeBenchMemo(claimIds: readonly string[], annotationIds: readonly string[], timelineId: string, entityId: string): MemoDoc {
  const content: MemoBlock[] = [];
  let cited = 0;
  for (let p = 0; p < 300; p += 1) {
    if (p % 10 === 0) content.push({ type: 'heading', attrs: { level: p % 30 === 0 ? 1 : 2 }, content: [{ type: 'text', text: `Section ${p / 10 + 1}` }] });
    const inline: NonNullable<Extract<MemoBlock, { type: 'paragraph' }>['content']> = [
      { type: 'text', text: `${sentence(p, 30)} ` },
      { type: 'text', text: sentence(p + 1, 5), marks: [{ type: 'bold' }] },
      { type: 'text', text: ` ${sentence(p + 2, 15)}.` },
    ];
    if (cited < 200) {
      // Two in three cite a claim, one in three a passage.
      inline.push(cited % 3 === 2 ? { type: 'citation', attrs: { kind: 'annotation', refId: annotationIds[cited % annotationIds.length]! } } : { type: 'citation', attrs: { kind: 'claim', refId: claimIds[cited % claimIds.length]! } });
      cited += 1;
    }
    content.push({ type: 'paragraph', content: inline });
    if (p === 100) content.push({ type: 'timelineTable', attrs: { timelineId, typeIds: null, from: null, to: null, frozen: null } });
    if (p === 200) content.push({ type: 'claimsTable', attrs: { entityId: null, status: null, minGrade: null, frozen: null } });
    if (p === 250) content.push({ type: 'entityCard', attrs: { entityId, frozen: null } });
  }
  content.push({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Sources' }] }, { type: 'sourcesList' });
  return { type: 'doc', content };
}

/** A project with 20 sources, 200 claims and passages, a timeline of 100 events, and the 30-page memo citing them (saved once). */
export async function makeBenchMemoProject(
  workbench: Workbench,
  projectName = 'Memo bench',
  title = 'Thirty pages',
): Promise<{ memoId: string; doc: MemoDoc; revision: number }> {
  await call(workbench, 'projects.create', { name: projectName });
  const claimIds: string[] = [];
  const annotationIds: string[] = [];
  for (let s = 0; s < 20; s += 1) {
    const text = Array.from({ length: 10 }, (_, k) => `Passage ${k} of report ${s}: ${sentence(s + k, 20)}.`).join(' ');
    const added = await call<{ sourceId: string }>(workbench, 'sources.addText', { text, title: `Report ${s}`, outlet: `Outlet ${s % 5}`, published: '2022-04-02', reliability: 'B' });
    let at = 0;
    for (let k = 0; k < 10; k += 1) {
      const start = text.indexOf(`Passage ${k} `, at);
      const end = text.indexOf('.', start) + 1;
      at = end;
      const passage = await call<{ id: string }>(workbench, 'annotations.create', { sourceId: added.sourceId, start, end });
      annotationIds.push(passage.id);
      const claim = await call<{ id: string }>(workbench, 'claims.create', { statement: `Claim ${s}.${k}: ${sentence(k, 8)}`, annotationIds: [passage.id], reliability: 'B', credibility: 2 });
      claimIds.push(claim.id);
    }
  }
  const entity = await call<{ id: string }>(workbench, 'entities.create', { kind: 'person', name: 'Gennady Vorontsov', description: 'Chief negotiator' });
  const timeline = await call<{ id: string }>(workbench, 'timelines.create', { name: 'Negotiations' });
  await call(workbench, 'events.createMany', {
    events: Array.from({ length: 100 }, (_, i) => ({ title: `Round ${i + 1}`, dateEdtf: `2022-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`, timelineIds: [timeline.id] })),
  });
  const doc = makeBenchMemo(claimIds, annotationIds, timeline.id, entity.id);
  const memo = await call<{ id: string }>(workbench, 'memos.create', { title });
  const saved = await call<{ revision: number }>(workbench, 'memos.save', { id: memo.id, doc, baseRevision: 0 });
  return { memoId: memo.id, doc, revision: saved.revision };
}

/** The print options of the memo benches: A4, 20 mm margins, a marking. */
export const benchPrintOptions = { pageSize: 'A4', margins: { top: 20, right: 20, bottom: 20, left: 20 }, marking: 'INTERNAL — DO NOT FORWARD', date: '2026-03-27' };

/** The 30-page memo's print view, as the app asks for it before printing to PDF. */
export async function exportPrintHtml(workbench: Workbench, memoId: string): Promise<string> {
  return (await call<{ text: string }>(workbench, 'memos.export', { id: memoId, format: 'printHtml', options: benchPrintOptions })).text;
}

export async function benchMemoExport(workbench: Workbench, dir: string): Promise<MemoFigure[]> {
  const made = await makeBenchMemoProject(workbench);
  const { doc } = made;
  const memo = { id: made.memoId };
  let revision = made.revision;
  const save = async () => {
    revision = (await call<{ revision: number }>(workbench, 'memos.save', { id: memo.id, doc, baseRevision: revision })).revision;
  };
  const saveMs = await timeMedian(7, save);
  const stringifyMs = await timeMedian(7, () => JSON.stringify(doc));
  // What any save costs at least: the document as JSON, written over a row of a raw SQLite file.
  const scratch = new Database(path.join(dir, 'raw-save.db'));
  scratch.pragma('journal_mode = WAL');
  scratch.exec('CREATE TABLE m (id INTEGER PRIMARY KEY, doc TEXT NOT NULL)');
  scratch.prepare('INSERT INTO m VALUES (1, ?)').run('{}');
  const update = scratch.prepare('UPDATE m SET doc = ? WHERE id = 1');
  const rawSaveMs = await timeMedian(7, () => update.run(JSON.stringify(doc)));
  scratch.close();
  const stats = await call<{ wordCount: number; citationCount: number }[]>(workbench, 'memos.list', {});
  if ((stats[0]?.citationCount ?? 0) !== 200 || (stats[0]?.wordCount ?? 0) < 15_000) throw new Error(`memo bench: ${JSON.stringify(stats[0])}`);

  const exportMs = (format: string) => timeMedian(5, () => call(workbench, 'memos.export', { id: memo.id, format, options: benchPrintOptions }));
  const docxMs = await exportMs('docx');
  const htmlMs = await exportMs('html');
  const markdownMs = await exportMs('markdown');
  workbench.close();
  return [
    { metric: 'memo_export_docx_30_pages', value: docxMs, unit: 'ms', baseline: stringifyMs, budget: { max: 2000 } },
    { metric: 'memo_export_html_30_pages', value: htmlMs, unit: 'ms', baseline: stringifyMs, budget: { max: 500 } },
    { metric: 'memo_export_markdown_30_pages', value: markdownMs, unit: 'ms', baseline: stringifyMs, budget: { max: 500 } },
    // Autosave sends the whole document: checked, counted and written in one transaction.
    { metric: 'memo_save_30_pages', value: saveMs, unit: 'ms', baseline: rawSaveMs, budget: { max: 100 } },
  ];
}
