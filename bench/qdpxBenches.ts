import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Workbench } from '../electron/core/workbench/createWorkbench';

interface Figure {
  metric: string;
  value: number;
  unit: string;
  baseline: number | null;
  budget: { max: number } | { max_ratio: number };
}

type Call = <T>(workbench: Workbench, method: string, input: unknown) => Promise<T>;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * REFI-QDA exchange of a project with 1,000 sources and 10,000 highlights: the .qdpx export through the API
 * (XML, zip, base64), beside a zip of the same texts read from the same file with no XML at all; and the
 * import of that .qdpx as a new project, beside raw inserts of the same texts. Three alternating runs, medians.
 */
export async function benchQdpx(projectPath: string, workbench: Workbench, call: Call, scratch: string): Promise<Figure[]> {
  fs.mkdirSync(scratch, { recursive: true });
  await call(workbench, 'projects.open', { path: projectPath });
  const exportRuns: number[] = [];
  const baselineRuns: number[] = [];
  let qdpx = '';
  for (let run = 0; run < 3; run += 1) {
    const baseStart = performance.now();
    const db = new Database(projectPath, { readonly: true });
    const rows = db.prepare('SELECT source_id, text FROM source_texts').all() as { source_id: string; text: string }[];
    db.close();
    const files: Zippable = {};
    for (const row of rows) files[`${row.source_id}.txt`] = strToU8(row.text);
    const zipped = Buffer.from(zipSync({ Sources: files }, { level: 1 })).toString('base64');
    baselineRuns.push(performance.now() - baseStart);
    if (zipped.length === 0) throw new Error('empty baseline zip');

    const start = performance.now();
    const out = await call<{ dataBase64: string; counts: { sources: number; highlights: number } }>(workbench, 'interop.exportQdpx', {});
    exportRuns.push(performance.now() - start);
    if (out.counts.sources !== 1000 || out.counts.highlights !== 10_000) throw new Error(`qdpx export counted ${JSON.stringify(out.counts)}`);
    qdpx = out.dataBase64;
  }
  console.error(`qdpx: ${(Buffer.from(qdpx, 'base64').length / 1024 / 1024).toFixed(1)} MB for 1,000 sources and 10,000 highlights`);

  const importRuns: number[] = [];
  const rawRuns: number[] = [];
  const reader = new Database(projectPath, { readonly: true });
  const texts = (reader.prepare('SELECT text FROM source_texts').all() as { text: string }[]).map((r) => r.text);
  reader.close();
  for (let run = 0; run < 3; run += 1) {
    const rawStart = performance.now();
    const raw = new Database(path.join(scratch, `qdpx-raw-${run}.sqlite`));
    raw.pragma('journal_mode = WAL');
    raw.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
    const insert = raw.prepare('INSERT INTO t (text) VALUES (?)');
    raw.transaction(() => {
      for (const text of texts) insert.run(text);
    })();
    raw.close();
    rawRuns.push(performance.now() - rawStart);

    const start = performance.now();
    const result = await call<{ counts: { highlights: number } }>(workbench, 'interop.importQdpx', { name: `bench-${run}.qdpx`, dataBase64: qdpx });
    importRuns.push(performance.now() - start);
    if (result.counts.highlights !== 10_000) throw new Error('qdpx import lost highlights');
  }
  fs.rmSync(scratch, { recursive: true, force: true });
  return [
    { metric: 'qdpx_export_1000_sources', value: median(exportRuns), unit: 'ms', baseline: median(baselineRuns), budget: { max: 5000 } },
    { metric: 'qdpx_import_1000_sources', value: median(importRuns), unit: 'ms', baseline: median(rawRuns), budget: { max: 10_000 } },
  ];
}
