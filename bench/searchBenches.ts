/**
 * Search figures for `npm run bench -- search`: 10,000 sources, about 200 MB
 * of text, indexed and queried through core, each beside raw FTS5 on the same
 * texts in the same run (a plain FTS5 table, the texts inserted as they are,
 * and MATCH ... ORDER BY rank LIMIT 20 for queries).
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { createProjectDatabase } from '../electron/core/db/projectDatabase';
import { flushSearchIndex } from '../electron/core/search/searchIndex';
import { searchProject } from '../electron/core/search/searchProject';
import { insertSource } from '../electron/core/sources/sourcesStore';
import { parseSearchQuery } from '../shared/search/parseSearchQuery';
import { pseudoRandom } from './makeBenchTexts';

export interface SearchFigure {
  metric: string;
  value: number;
  unit: string;
  baseline: number;
  budget: { max: number } | { max_ratio: number };
}

const SYLLABLES = ['ka', 'ro', 'vel', 'tra', 'sol', 'mar', 'ar', 've', 'na', 'dri', 'ko', 'len', 'ha', 'du', 'mi', 'sta', 'por', 'ne', 'gor', 'ti'];
const COMMON = (
  'the of and to in a that said was for on as with by at from his her an were which this be or had not are but its they has have ' +
  'talks port deal ceasefire ministry official negotiators border shipping week statement delegation government agreement'
).split(' ');

/**
 * Article-like texts with a real vocabulary's shape: common words most of the
 * time, then a long tail of 30,000 made-up names (Zipf-like), some with accents,
 * Cyrillic or Greek, so queries hit anything from every source to a few.
 */
export function makeSearchCorpus(count: number, chars: number): { titles: string[]; texts: string[]; rare: string[] } {
  const rnd = pseudoRandom(42);
  const next = () => rnd.next().value as number;
  const tail = Array.from({ length: 30_000 }, (_, i) => {
    const n = 2 + (i % 3);
    let w = '';
    for (let k = 0; k < n; k += 1) w += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    if (i % 50 === 0) w = `${w}é`;
    if (i % 97 === 0) return `Вол${w}`;
    if (i % 89 === 0) return `Σύν${w}`;
    return w;
  });
  const word = () => {
    const r = next();
    if (r < 0.7) return COMMON[Math.floor(next() * COMMON.length)]!;
    // Zipf-like: low indices far more often.
    return tail[Math.floor(tail.length * Math.pow(next(), 3))]!;
  };
  const titles: string[] = [];
  const texts: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const parts: string[] = [];
    let length = 0;
    while (length < chars) {
      const n = 8 + Math.floor(next() * 18);
      const sentence = Array.from({ length: n }, word).join(' ');
      const piece = `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}. `;
      parts.push(piece);
      length += piece.length;
    }
    titles.push(`Report ${i + 1}: ${word()} ${word()}`);
    texts.push(parts.join('').slice(0, chars));
  }
  return { titles, texts, rare: tail.slice(0, 2000) };
}

/** What analysts type: common words, rare names, phrases, prefixes, OR and NOT, accents and other scripts. */
function queries(rare: string[]): string[] {
  const pick = (i: number) => rare[(i * 37) % rare.length]!;
  const out: string[] = [];
  for (let i = 0; i < 10; i += 1) {
    out.push(
      pick(i),
      `${pick(i + 1)} ${pick(i + 2)}`,
      `"${COMMON[(i + 20) % COMMON.length]} ${COMMON[(i + 21) % COMMON.length]}"`,
      `${pick(i + 3).slice(0, 4)}*`,
      `${pick(i + 4)} OR ${pick(i + 5)}`,
      `ceasefire NOT ${pick(i + 6)}`,
      COMMON[(i * 3) % COMMON.length]!,
      pick(i + 7).toUpperCase(),
    );
  }
  return out;
}

export async function benchSearch(dir: string, percentile: (samples: number[], p: number) => number): Promise<SearchFigure[]> {
  const count = Number(process.env.DOSSIER_BENCH_SEARCH_SOURCES ?? 10_000);
  const { titles, texts, rare } = makeSearchCorpus(count, 20 * 1024);
  const totalMb = texts.reduce((n, t) => n + t.length, 0) / 1e6;

  // Core: the project as an import leaves it (texts in, index marked), then indexing.
  const db = createProjectDatabase(path.join(dir, 'search.dossier'), () => {});
  for (let i = 0; i < count; i += 500) {
    db.transaction(() => {
      for (let k = i; k < Math.min(count, i + 500); k += 1) insertSource(db, 'bench', { title: titles[k]!, text: texts[k]!, format: 'txt' }, titles[k]!);
    })();
  }
  const t0 = performance.now();
  flushSearchIndex(db);
  const indexMs = performance.now() - t0;

  // Baseline: raw FTS5 over the same texts.
  const raw = new Database(path.join(dir, 'raw-fts.sqlite'));
  raw.pragma('journal_mode = WAL');
  raw.exec("CREATE VIRTUAL TABLE raw USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 2')");
  const insert = raw.prepare('INSERT INTO raw (title, body) VALUES (?, ?)');
  const r0 = performance.now();
  raw.transaction(() => {
    for (let k = 0; k < count; k += 1) insert.run(titles[k], texts[k]);
  })();
  const rawIndexMs = performance.now() - r0;

  const list = queries(rare);
  const rawQuery = raw.prepare('SELECT rowid, bm25(raw, 10.0, 1.0) FROM raw WHERE raw MATCH ? ORDER BY rank LIMIT 20');
  const rawMatches = list.map((q) => parseSearchQuery(q).match!);
  // Warm both once.
  for (const q of list.slice(0, 5)) searchProject(db, q);
  for (const m of rawMatches.slice(0, 5)) rawQuery.all(m);
  const coreSamples: number[] = [];
  const rawSamples: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    list.forEach((q, i) => {
      const a = performance.now();
      searchProject(db, q);
      coreSamples.push(performance.now() - a);
      const b = performance.now();
      rawQuery.all(rawMatches[i]!);
      rawSamples.push(performance.now() - b);
    });
  }
  db.close();
  raw.close();
  const p95 = percentile(coreSamples, 95);
  const rawP95 = percentile(rawSamples, 95);
  console.log(`search bench: ${count} sources, ${totalMb.toFixed(0)} MB of text, ${list.length} queries × 3`);
  return [
    { metric: `search_index_${count}_sources_${Math.round(totalMb)}MB`, value: indexMs, unit: 'ms', baseline: rawIndexMs, budget: { max_ratio: 2 } },
    { metric: `search_query_p95_${count}_sources`, value: p95, unit: 'ms', baseline: rawP95, budget: { max: 50 } },
    { metric: `search_query_p95_vs_raw_fts5_${count}_sources`, value: p95, unit: 'ms', baseline: rawP95, budget: { max_ratio: 2 } },
  ];
}
