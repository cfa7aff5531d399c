/**
 * Team-merge figures for `npm run bench -- merge`: preview and apply of a
 * colleague's file on two projects of 10,000 items each (10% shared, 1% of
 * items changed on both sides), beside a plain INSERT … SELECT copy of the
 * same rows into the same project in the same run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { closeProjectDatabase, createProjectDatabase, openProjectDatabase } from '../electron/core/db/projectDatabase';
import type { ProjectDb } from '../electron/core/db/projectDatabase';
import { openIncomingProject } from '../electron/core/exchange/incomingProject';
import { applyMerge, previewMerge } from '../electron/core/exchange/mergeProject';
import { mergeTables } from '../electron/core/exchange/mergeTables';
import { newId } from '../electron/core/ids/newId';
import { writeProjectMeta } from '../electron/core/projects/projectMeta';
import { sha256Hex } from '../electron/core/sources/sourcesStore';

export interface MergeFigure {
  metric: string;
  value: number;
  unit: string;
  baseline: number;
  budget: { max: number } | { max_ratio: number };
}

/** Items per side and kind: 10,000 in all, plus their link rows (a label per highlight, a citation per claim, an entity per event). */
const MIX = { sources: 500, labels: 100, annotations: 3000, entities: 1000, claims: 3000, events: 2000, memos: 400 };

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function newProject(file: string, name: string): ProjectDb {
  return createProjectDatabase(file, (db) => {
    writeProjectMeta(db, 'project_id', newId());
    writeProjectMeta(db, 'name', name);
    writeProjectMeta(db, 'created_at', new Date().toISOString());
    writeProjectMeta(db, 'created_by', name);
  });
}

let clock = Date.parse('2026-01-01T00:00:00.000Z');
function stamp(): string {
  clock += 1;
  return new Date(clock).toISOString();
}

/** Adds `scale` × MIX items written by `who`, straight into the tables, in one transaction. */
function addItems(db: ProjectDb, who: string, scale: number): void {
  const n = (k: keyof typeof MIX) => Math.round(MIX[k] * scale);
  db.transaction(() => {
    const sources: { id: string; length: number }[] = [];
    for (let i = 0; i < n('sources'); i++) {
      const id = newId();
      const text = `${who} report ${id}. `.repeat(40);
      const at = stamp();
      db.prepare(
        `INSERT INTO sources (id, title, format, sha256, char_count, created_at, updated_at, created_by, updated_by) VALUES (?, ?, 'paste', ?, ?, ?, ?, ?, ?)`,
      ).run(id, `${who} source ${i}`, sha256Hex(text), text.length, at, at, who, who);
      db.prepare('INSERT INTO source_texts (source_id, text) VALUES (?, ?)').run(id, text);
      sources.push({ id, length: text.length });
    }
    const labels: string[] = [];
    for (let i = 0; i < n('labels'); i++) {
      const id = newId();
      const at = stamp();
      db.prepare('INSERT INTO labels (id, name, color, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
        id,
        `${who} label ${i}`,
        '#336699',
        at,
        at,
        who,
        who,
      );
      labels.push(id);
    }
    const annotations: string[] = [];
    for (let i = 0; i < n('annotations'); i++) {
      const id = newId();
      const at = stamp();
      const source = sources[i % sources.length] as { id: string; length: number };
      db.prepare(
        `INSERT INTO annotations (id, source_id, start_pos, end_pos, exact, prefix, suffix, note, created_at, updated_at, created_by, updated_by)
         VALUES (?, ?, 0, 10, 'exact text', '', 'suffix', ?, ?, ?, ?, ?)`,
      ).run(id, source.id, `note ${i}`, at, at, who, who);
      db.prepare(
        'INSERT INTO annotation_labels (annotation_id, label_id, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(id, labels[i % labels.length], at, at, who, who);
      annotations.push(id);
    }
    const entities: string[] = [];
    for (let i = 0; i < n('entities'); i++) {
      const id = newId();
      const at = stamp();
      db.prepare(
        `INSERT INTO entities (id, kind, name, description, created_at, updated_at, created_by, updated_by) VALUES (?, 'person', ?, ?, ?, ?, ?, ?)`,
      ).run(id, `${who} person ${i}`, 'someone', at, at, who, who);
      entities.push(id);
    }
    for (let i = 0; i < n('claims'); i++) {
      const id = newId();
      const at = stamp();
      db.prepare(
        `INSERT INTO claims (id, statement, asserter_entity_id, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, `${who} claim ${i}`, entities[i % entities.length], at, at, who, who);
      db.prepare(
        'INSERT INTO claim_citations (claim_id, annotation_id, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(id, annotations[i % annotations.length], at, at, who, who);
    }
    for (let i = 0; i < n('events'); i++) {
      const id = newId();
      const at = stamp();
      db.prepare(
        `INSERT INTO events (id, title, date_edtf, date_earliest, date_latest, manual_order, created_at, updated_at, created_by, updated_by)
         VALUES (?, ?, '2024-05', 1714521600000, 1717199999999, ?, ?, ?, ?, ?)`,
      ).run(id, `${who} event ${i}`, i, at, at, who, who);
      db.prepare('INSERT INTO event_entities (event_id, entity_id, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?)').run(
        id,
        entities[i % entities.length],
        at,
        at,
        who,
        who,
      );
    }
    for (let i = 0; i < n('memos'); i++) {
      const id = newId();
      const at = stamp();
      const doc = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `${who} memo ${i}` }] }] });
      db.prepare('INSERT INTO memos (id, title, doc, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
        id,
        `${who} memo ${i}`,
        doc,
        at,
        at,
        who,
        who,
      );
    }
  })();
}

/** Changes 100 shared claims, events and memos on this side (the same ones on both sides: 1% of the items conflict). */
function editShared(db: ProjectDb, who: string): void {
  db.transaction(() => {
    for (const [table, field, count] of [
      ['claims', 'statement', 34],
      ['events', 'title', 33],
      ['memos', 'title', 33],
    ] as const) {
      const ids = db.prepare(`SELECT id FROM ${table} WHERE created_by = 'shared' ORDER BY id LIMIT ?`).pluck().all(count) as string[];
      for (const id of ids) {
        const at = stamp();
        db.prepare(`UPDATE ${table} SET ${field} = ?, updated_at = ?, updated_by = ? WHERE id = ?`).run(`${field} by ${who}`, at, who, id);
      }
    }
  })();
}

function mergeFile(db: ProjectDb, file: string, dir: string): void {
  const incoming = openIncomingProject(file, { tempDir: dir });
  try {
    applyMerge(db, incoming, { fileName: path.basename(file), author: 'bench' });
  } finally {
    incoming.close();
  }
}

/** The two analysts' files: 10% shared (exchanged once), 90% each their own, 1% changed on both sides since. */
function makePair(dir: string): { mine: string; theirs: string } {
  fs.mkdirSync(dir, { recursive: true });
  const mine = path.join(dir, 'mine.dossier');
  const theirs = path.join(dir, 'theirs.dossier');
  const a = newProject(mine, 'Ana');
  const b = newProject(theirs, 'Ben');
  addItems(a, 'shared', 0.1);
  const sharedFile = path.join(dir, 'shared.dossier');
  a.prepare('VACUUM INTO ?').run(sharedFile);
  mergeFile(b, sharedFile, dir);
  addItems(a, 'ana', 0.9);
  addItems(b, 'ben', 0.9);
  editShared(a, 'ana');
  editShared(b, 'ben');
  closeProjectDatabase(a);
  closeProjectDatabase(b);
  return { mine, theirs };
}

function freshCopy(source: string, dir: string, run: number): string {
  const file = path.join(dir, `mine-run-${run}.dossier`);
  fs.copyFileSync(source, file);
  return file;
}

export function benchMerge(dir: string): MergeFigure[] {
  const { mine, theirs } = makePair(dir);
  const runs = 3;
  const preview: number[] = [];
  const apply: number[] = [];
  const baseline: number[] = [];
  let conflicts = 0;
  for (let run = 0; run < runs; run++) {
    const db = openProjectDatabase(freshCopy(mine, dir, run));
    const incoming = openIncomingProject(theirs, { tempDir: dir });
    try {
      let t0 = performance.now();
      const p = previewMerge(db, incoming, { fileName: 'theirs.dossier' });
      preview.push(performance.now() - t0);
      conflicts = p.kinds.reduce((n, k) => n + k.conflicts, 0);
      t0 = performance.now();
      applyMerge(db, incoming, { fileName: 'theirs.dossier', author: 'bench' });
      apply.push(performance.now() - t0);
    } finally {
      incoming.close();
      closeProjectDatabase(db);
    }

    // Baseline: the same rows copied with plain INSERT … SELECT, no matching or checks.
    const copy = new Database(freshCopy(mine, dir, run + 100));
    copy.pragma('journal_mode = WAL');
    copy.prepare('ATTACH DATABASE ? AS theirs').run(theirs);
    const t0 = performance.now();
    copy.transaction(() => {
      for (const spec of [...mergeTables.map((t) => t.table), 'source_texts']) {
        copy.exec(`INSERT OR IGNORE INTO main.${spec} SELECT * FROM theirs.${spec}`);
      }
    })();
    baseline.push(performance.now() - t0);
    copy.close();
  }
  if (conflicts !== 100) throw new Error(`the merge bench should find 100 conflicts, found ${conflicts}`);
  const base = median(baseline);
  return [
    { metric: 'merge_preview_10k_plus_10k', value: median(preview), unit: 'ms', baseline: base, budget: { max: 2000 } },
    { metric: 'merge_apply_10k_plus_10k', value: median(apply), unit: 'ms', baseline: base, budget: { max: 5000 } },
  ];
}
