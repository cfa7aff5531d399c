import type { Reliability, SearchFilters, SearchGroup, SearchKind, SearchResponse, SearchResult, SearchSnippet } from '../../../shared/api/types';
import { searchKinds } from '../../../shared/api/types';
import { parseEdtf } from '../../../shared/dates/edtf';
import { admiraltyGrade } from '../../../shared/grades/admiraltyGrade';
import { meetsMinGrade } from '../../../shared/grades/minGrade';
import { foldText, originalOffset } from '../../../shared/search/foldText';
import { highlightPattern, parseSearchQuery, tokensOf, type SearchTerm } from '../../../shared/search/parseSearchQuery';
import type { ProjectDb } from '../db/projectDatabase';
import { statement } from '../db/statement';
import { flushSearchIndex, searchDocOf } from './searchIndex';

const CONTEXT = 70;
const DEFAULT_PER_KIND = 20;
/** Texts are folded a chunk at a time to find the first match: most match early. */
const CHUNK = 16_384;
const OVERLAP = 256;

interface Match {
  kind: SearchKind;
  id: string;
  score: number;
}

interface ItemFacts {
  title: string;
  sourceId: string | null;
  start: number | null;
  end: number | null;
  detail: string;
  /** For the date filter: the item's EDTF date ('' when it has none). */
  date: string;
  /** For the grade filter: reliability letter and credibility digit (6 when it has none). */
  reliability: string | null;
  credibility: number;
}

/** Facts about the listed items: titles, where they land, details, and what the filters look at. */
function factsOf(db: ProjectDb, kind: SearchKind, id: string): ItemFacts | null {
  const none = { sourceId: null, start: null, end: null, date: '', reliability: null, credibility: 6 };
  switch (kind) {
    case 'source': {
      const row = statement(db, 'SELECT title, outlet, published, reliability FROM sources WHERE id = ? AND deleted_at IS NULL').get(id) as
        | { title: string; outlet: string; published: string; reliability: string }
        | undefined;
      if (!row) return null;
      return { ...none, title: row.title, sourceId: id, detail: [row.outlet, row.published].filter(Boolean).join(' · '), date: row.published, reliability: row.reliability };
    }
    case 'annotation': {
      const row = statement(
        db,
        `SELECT a.source_id, a.start_pos, a.end_pos, a.exact, s.title, s.published FROM annotations a JOIN sources s ON s.id = a.source_id
         WHERE a.id = ? AND a.deleted_at IS NULL AND s.deleted_at IS NULL`,
      ).get(id) as { source_id: string; start_pos: number; end_pos: number; exact: string; title: string; published: string } | undefined;
      if (!row) return null;
      return { ...none, title: row.exact, sourceId: row.source_id, start: row.start_pos, end: row.end_pos, detail: row.title, date: row.published };
    }
    case 'claim': {
      const row = statement(db, 'SELECT statement, status, reliability, credibility, date_edtf FROM claims WHERE id = ? AND deleted_at IS NULL').get(id) as
        | { statement: string; status: string; reliability: string; credibility: number; date_edtf: string }
        | undefined;
      if (!row) return null;
      const grade = admiraltyGrade(row.reliability as Reliability, row.credibility);
      return { ...none, title: row.statement, detail: `${grade} · ${row.status}`, date: row.date_edtf, reliability: row.reliability, credibility: row.credibility };
    }
    case 'entity': {
      const row = statement(db, 'SELECT name, kind, date_edtf FROM entities WHERE id = ? AND deleted_at IS NULL AND merged_into IS NULL').get(id) as
        | { name: string; kind: string; date_edtf: string }
        | undefined;
      return row ? { ...none, title: row.name, detail: row.kind, date: row.date_edtf } : null;
    }
    case 'event': {
      const row = statement(db, 'SELECT title, date_edtf FROM events WHERE id = ? AND deleted_at IS NULL').get(id) as { title: string; date_edtf: string } | undefined;
      return row ? { ...none, title: row.title, detail: row.date_edtf, date: row.date_edtf } : null;
    }
    case 'memo': {
      const row = statement(db, 'SELECT title, updated_at FROM memos WHERE id = ? AND deleted_at IS NULL').get(id) as { title: string; updated_at: string } | undefined;
      return row ? { ...none, title: row.title, detail: row.updated_at.slice(0, 10) } : null;
    }
    default:
      return null;
  }
}

/** The first match of the pattern in the text, as a span of the original text. */
export function firstMatch(text: string, pattern: RegExp, exact?: RegExp): { start: number; end: number } | null {
  // Most matches are the words as typed, case aside: found in the original text directly, nothing to fold.
  if (exact) {
    exact.lastIndex = 0;
    const m = exact.exec(text);
    if (m) return { start: m.index, end: m.index + m[0].length };
  }
  for (let from = 0; from < text.length; from += CHUNK) {
    const slice = text.slice(from, Math.min(text.length, from + CHUNK + OVERLAP));
    pattern.lastIndex = 0;
    const m = pattern.exec(foldText(slice));
    if (m) {
      // Back to the original text: only up to the match, a character at a time.
      return { start: from + originalOffset(slice, m.index), end: from + originalOffset(slice, m.index + m[0].length) };
    }
  }
  return null;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function snippetAt(text: string, span: { start: number; end: number }): SearchSnippet {
  const cut = (s: string, fromEnd: boolean) => {
    if (s.length <= CONTEXT) return s;
    const piece = fromEnd ? s.slice(s.length - CONTEXT) : s.slice(0, CONTEXT);
    // Whole words at the edges.
    return fromEnd ? `…${piece.replace(/^\S*\s/, '')}` : `${piece.replace(/\s\S*$/, '')}…`;
  };
  return {
    before: oneLine(cut(text.slice(Math.max(0, span.start - CONTEXT * 2), span.start), true)),
    match: oneLine(text.slice(span.start, span.end)),
    after: oneLine(cut(text.slice(span.end, span.end + CONTEXT * 2), false)),
  };
}

function edtfBounds(value: string | undefined, which: 'earliest' | 'latest'): number | null {
  if (!value) return null;
  const parsed = parseEdtf(value);
  return parsed.ok ? parsed.date[which] : null;
}

/** Every live item matching, best first (bm25, titles count ten times the body). */
function matchesOf(db: ProjectDb, match: string, filters: SearchFilters): Match[] {
  const kinds = filters.kinds && filters.kinds.length > 0 ? JSON.stringify(filters.kinds) : null;
  const rows = statement(
    db,
    `SELECT i.kind AS kind, i.item_id AS id, bm25(search_fts, 10.0, 1.0) AS score
     FROM search_fts JOIN search_items i ON i.rowid = search_fts.rowid
     WHERE search_fts MATCH @match
       AND (@kinds IS NULL OR i.kind IN (SELECT value FROM json_each(@kinds)))
       AND (@source IS NULL
         OR (i.kind = 'source' AND i.item_id = @source)
         OR (i.kind = 'annotation' AND EXISTS (SELECT 1 FROM annotations a WHERE a.id = i.item_id AND a.source_id = @source))
         OR (i.kind = 'claim' AND EXISTS (SELECT 1 FROM claim_citations c JOIN annotations a ON a.id = c.annotation_id
               WHERE c.claim_id = i.item_id AND c.deleted_at IS NULL AND a.source_id = @source)))
       AND (@label IS NULL
         OR (i.kind = 'annotation' AND EXISTS (SELECT 1 FROM annotation_labels l WHERE l.annotation_id = i.item_id AND l.label_id = @label AND l.deleted_at IS NULL))
         OR (i.kind = 'claim' AND EXISTS (SELECT 1 FROM claim_citations c JOIN annotation_labels l ON l.annotation_id = c.annotation_id
               WHERE c.claim_id = i.item_id AND c.deleted_at IS NULL AND l.label_id = @label AND l.deleted_at IS NULL)))
     ORDER BY score, i.rowid`,
  ).all({ match, kinds, source: filters.sourceId ?? null, label: filters.labelId ?? null }) as Match[];
  return rows;
}

function passesFacts(facts: ItemFacts, kind: SearchKind, filters: SearchFilters, from: number | null, to: number | null): boolean {
  if (from !== null || to !== null) {
    if (kind === 'memo') return false;
    const parsed = facts.date ? parseEdtf(facts.date) : null;
    if (!parsed?.ok) return false;
    if (from !== null && parsed.date.latest < from) return false;
    if (to !== null && parsed.date.earliest > to) return false;
  }
  if (filters.minGrade) {
    if (kind !== 'claim' && kind !== 'source' && kind !== 'annotation') return false;
    if (!facts.reliability || !meetsMinGrade(facts.reliability, kind === 'claim' ? facts.credibility : null, filters.minGrade)) return false;
  }
  return true;
}

function resultOf(db: ProjectDb, match: Match, facts: ItemFacts, pattern: RegExp | null, exact: RegExp | null): SearchResult {
  const result: SearchResult = { kind: match.kind, id: match.id, title: facts.title, snippet: null, sourceId: facts.sourceId, start: facts.start, end: facts.end, detail: facts.detail };
  if (!pattern) return result;
  const doc = searchDocOf(db, match.kind, match.id);
  if (!doc) return result;
  const span = firstMatch(doc.body, pattern, exact ?? undefined);
  if (span) {
    result.snippet = snippetAt(doc.body, span);
    // A source's reader lands on the words; a highlight's on the highlight.
    if (match.kind === 'source') {
      result.start = span.start;
      result.end = span.end;
    }
  } else if (match.kind === 'entity') {
    // Matched a name or alias: show which one.
    const line = doc.title.split('\n').find((name) => name !== facts.title && firstMatch(name, pattern));
    if (line) result.snippet = { before: 'also ', match: line, after: '' };
  }
  return result;
}

/**
 * The other spellings of a name the registry knows: a term that is an
 * entity's whole name or alias (or a person's surname) also finds the
 * entity's other names and aliases — "Vorontsov" finds "Геннадий Воронцов".
 */
function registrySpellings(db: ProjectDb): (term: SearchTerm) => SearchTerm[] {
  const candidates = statement(
    db,
    `SELECT i.item_id FROM search_fts JOIN search_items i ON i.rowid = search_fts.rowid
     WHERE search_fts MATCH ? AND i.kind = 'entity' LIMIT 50`,
  ).pluck();
  const entity = statement(db, 'SELECT kind, name FROM entities WHERE id = ? AND deleted_at IS NULL AND merged_into IS NULL');
  const aliases = statement(db, 'SELECT alias FROM entity_aliases WHERE entity_id = ? AND deleted_at IS NULL').pluck();
  return (term) => {
    const wanted = term.tokens.join(' ');
    const out = new Map<string, SearchTerm>();
    for (const id of candidates.all(`title : "${wanted}"`) as string[]) {
      const row = entity.get(id) as { kind: string; name: string } | undefined;
      if (!row) continue;
      const names = [row.name, ...(aliases.all(id) as string[])].map(tokensOf).filter((t) => t.length > 0);
      const named = names.some((t) => {
        const joined = t.join(' ');
        return joined === wanted || (row.kind === 'person' && joined.endsWith(` ${wanted}`));
      });
      if (named) for (const tokens of names) out.set(tokens.join(' '), { tokens, prefix: false });
    }
    return [...out.values()];
  };
}

/**
 * Global search: the index is brought up to date first, then the query is
 * read (shared/search/parseSearchQuery: never an error), matched with FTS5,
 * filtered, grouped by kind with totals, and the first results of each kind
 * get a snippet of the original text and the exact span to open.
 */
export function searchProject(db: ProjectDb, q: string, filters: SearchFilters = {}, perKind = DEFAULT_PER_KIND): SearchResponse {
  flushSearchIndex(db);
  const parsed = parseSearchQuery(q, registrySpellings(db));
  if (!parsed.match) return { groups: [], total: 0 };
  const pattern = highlightPattern(parsed.highlight);
  // The same words, case aside, in the original text (no accents or other folding): the fast first try.
  const exact = pattern ? new RegExp(pattern.source, 'giu') : null;
  const from = edtfBounds(filters.from, 'earliest');
  const to = edtfBounds(filters.to, 'latest');
  const needsFacts = from !== null || to !== null || !!filters.minGrade;

  const groups = new Map<SearchKind, SearchGroup>(searchKinds.map((kind) => [kind, { kind, total: 0, results: [] }]));
  for (const match of matchesOf(db, parsed.match, filters)) {
    const group = groups.get(match.kind)!;
    const listed = group.results.length < perKind;
    if (!listed && !needsFacts) {
      group.total += 1;
      continue;
    }
    const facts = factsOf(db, match.kind, match.id);
    if (!facts || !passesFacts(facts, match.kind, filters, from, to)) continue;
    group.total += 1;
    if (listed) group.results.push(resultOf(db, match, facts, pattern, exact));
  }
  const list = [...groups.values()].filter((g) => g.total > 0);
  return { groups: list, total: list.reduce((n, g) => n + g.total, 0) };
}

