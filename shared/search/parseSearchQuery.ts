import { foldText } from './foldText';

/**
 * The search box's little language: words, "exact phrases", prefix*, and
 * AND / OR / NOT (in capitals) between them; words side by side must all be
 * there. Anything else is read as plain words, so no query is ever an error:
 * an unbalanced quote closes at the end, operators with nothing to join are
 * words, punctuation splits words as the index does.
 */

/** A word, a phrase (several words in a row) or a prefix; tokens are folded (foldText). */
export interface SearchTerm {
  tokens: string[];
  prefix: boolean;
}

export interface ParsedSearch {
  /** The FTS5 MATCH expression, every term quoted; null when nothing searchable was typed. */
  match: string | null;
  /** The terms to show as matches (not those after NOT). */
  highlight: SearchTerm[];
}

type Piece = { type: 'term'; term: SearchTerm } | { type: 'op'; op: 'AND' | 'OR' | 'NOT' };

const TOKEN = /[\p{L}\p{N}\p{Co}]+/gu;

export function tokensOf(text: string): string[] {
  return foldText(text).match(TOKEN) ?? [];
}

function lex(query: string): Piece[] {
  const pieces: Piece[] = [];
  const push = (text: string, quoted: boolean) => {
    if (!quoted && (text === 'AND' || text === 'OR' || text === 'NOT')) {
      pieces.push({ type: 'op', op: text });
      return;
    }
    const prefix = !quoted && text.endsWith('*');
    const tokens = tokensOf(text);
    if (tokens.length > 0) pieces.push({ type: 'term', term: { tokens, prefix: prefix && tokens.length > 0 } });
  };
  let i = 0;
  while (i < query.length) {
    const ch = query[i]!;
    if (/\s/.test(ch)) {
      i += 1;
    } else if (ch === '"') {
      const close = query.indexOf('"', i + 1);
      const end = close === -1 ? query.length : close;
      // An unbalanced quote: the rest is plain words.
      if (close === -1) for (const word of query.slice(i + 1).split(/\s+/)) push(word, false);
      else push(query.slice(i + 1, end), true);
      i = end + 1;
    } else {
      let end = i;
      while (end < query.length && !/\s/.test(query[end]!) && query[end] !== '"') end += 1;
      push(query.slice(i, end), false);
      i = end;
    }
  }
  return pieces;
}

function quote(term: SearchTerm): string {
  // Tokens hold only letters and digits, so quoting cannot be broken out of.
  return `"${term.tokens.join(' ')}"${term.prefix ? '*' : ''}`;
}

/**
 * Reads the query: never throws. `alternatives` may give other ways to write
 * a term (the other spellings of a name in the entity registry); the term then
 * matches any of them, and they are shown as matches too.
 */
export function parseSearchQuery(query: string, alternatives?: (term: SearchTerm) => SearchTerm[]): ParsedSearch {
  const pieces = lex(query.normalize('NFC'));
  // An operator is kept only between two terms; otherwise it is the word it spells.
  const out: Piece[] = [];
  for (let k = 0; k < pieces.length; k += 1) {
    const piece = pieces[k]!;
    if (piece.type === 'term') {
      out.push(piece);
      continue;
    }
    const before = out[out.length - 1];
    const after = pieces[k + 1];
    if (before?.type === 'term' && after?.type === 'term') out.push(piece);
    else out.push({ type: 'term', term: { tokens: [piece.op.toLowerCase()], prefix: false } });
  }
  // Two operators in a row: the second became a word above unless followed by a term; drop any op not between terms.
  const cleaned = out.filter((piece, k) => piece.type === 'term' || (out[k - 1]?.type === 'term' && out[k + 1]?.type === 'term'));
  if (!cleaned.some((p) => p.type === 'term')) return { match: null, highlight: [] };

  const parts: string[] = [];
  const highlight: SearchTerm[] = [];
  let negated = false;
  for (const piece of cleaned) {
    if (piece.type === 'op') {
      parts.push(piece.op);
      negated = piece.op === 'NOT';
      continue;
    }
    const others = (piece.term.prefix ? [] : (alternatives?.(piece.term) ?? [])).filter((alt) => alt.tokens.join(' ') !== piece.term.tokens.join(' '));
    parts.push(others.length === 0 ? quote(piece.term) : `(${[piece.term, ...others].map(quote).join(' OR ')})`);
    if (!negated) highlight.push(piece.term, ...others);
    negated = false;
  }
  return { match: parts.join(' '), highlight };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern that finds the highlighted terms in folded text (word boundaries as the index sees them). */
export function highlightPattern(terms: readonly SearchTerm[]): RegExp | null {
  if (terms.length === 0) return null;
  const alternatives = [...terms]
    .sort((a, b) => b.tokens.join(' ').length - a.tokens.join(' ').length)
    .map((term) => {
      const body = term.tokens.map(escape).join('[^\\p{L}\\p{N}\\p{Co}]+');
      return `(?<![\\p{L}\\p{N}\\p{Co}])${body}${term.prefix ? '[\\p{L}\\p{N}\\p{Co}]*' : '(?![\\p{L}\\p{N}\\p{Co}])'}`;
    });
  return new RegExp(alternatives.join('|'), 'gu');
}
