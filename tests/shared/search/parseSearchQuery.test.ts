import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, foldWithMap } from '../../../shared/search/foldText';
import { highlightPattern, parseSearchQuery } from '../../../shared/search/parseSearchQuery';

describe('foldText', () => {
  it('ignores case, accents and compatibility forms in every script', () => {
    expect(foldText('Ålesund ÉLYSÉE')).toBe('alesund elysee');
    expect(foldText('Σύνοδος ΚΟΡΥΦΉΣ')).toBe('συνοδοσ κορυφησ');
    expect(foldText('Воронцов Ёлкин')).toBe('воронцов елкин');
    expect(foldText('ﬁnance Straße')).toBe('finance straße');
  });

  it('maps every folded unit back to where it came from', () => {
    const text = 'Le Président Zelenskyy 🙂 à Kyiv';
    const { folded, map } = foldWithMap(text, 100);
    expect(folded).toBe(foldText(text));
    const at = folded.indexOf('president');
    expect(text.slice(map[at]! - 100, map[at + 'president'.length]! - 100)).toBe('Président');
    expect(map[folded.length]).toBe(100 + text.length);
  });
});

/** The registry's other spelling of one name, as core gives it. */
const alternatives = (term: { tokens: string[] }) => (term.tokens.join(' ') === 'vorontsov' ? [{ tokens: ['геннадий', 'воронцов'], prefix: false }] : []);

describe('parseSearchQuery', () => {
  it('reads words, phrases, prefixes and operators into a quoted FTS5 expression', () => {
    expect(parseSearchQuery('port talks').match).toBe('"port" "talks"');
    expect(parseSearchQuery('"joint statement" Dravik*').match).toBe('"joint statement" "dravik"*');
    expect(parseSearchQuery('ceasefire OR truce NOT rumour').match).toBe('"ceasefire" OR "truce" NOT "rumour"');
    expect(parseSearchQuery('Σύνοδος Воронцов').match).toBe('"συνοδοσ" "воронцов"');
    expect(parseSearchQuery('U.S.-led').match).toBe('"u s led"');
  });

  it('reads unbalanced quotes and operators with nothing to join as plain words', () => {
    expect(parseSearchQuery('"joint statement').match).toBe('"joint" "statement"');
    expect(parseSearchQuery('AND').match).toBe('"and"');
    expect(parseSearchQuery('OR NOT').match).toBe('"or" "not"');
    expect(parseSearchQuery('NOT talks').match).toBe('"not" "talks"');
    expect(parseSearchQuery('talks AND').match).toBe('"talks" "and"');
    expect(parseSearchQuery('talks AND OR port').match).toBe('"talks" "and" OR "port"');
    expect(parseSearchQuery('  "" *** ()  ').match).toBeNull();
  });

  it('widens a term to the other spellings given for it, and FTS5 takes the result', () => {
    const parsed = parseSearchQuery('Vorontsov NOT rumour', alternatives);
    expect(parsed.match).toBe('("vorontsov" OR "геннадий воронцов") NOT "rumour"');
    expect(parsed.highlight.map((t) => t.tokens.join(' '))).toEqual(['vorontsov', 'геннадий воронцов']);
    const db = new Database(':memory:');
    db.exec("CREATE VIRTUAL TABLE f USING fts5(body, tokenize = 'unicode61 remove_diacritics 0')");
    db.prepare('INSERT INTO f (body) VALUES (?)').run('геннадий воронцов said');
    expect(db.prepare('SELECT count(*) FROM f WHERE f MATCH ?').pluck().get(parsed.match)).toBe(1);
  });

  it('highlights what was asked for, not what was excluded', () => {
    const parsed = parseSearchQuery('"joint statement" OR minist* NOT rumour');
    const pattern = highlightPattern(parsed.highlight)!;
    const text = foldText('The Ministry issued a joint  statement; a rumour said otherwise. Ministers met.');
    expect([...text.matchAll(pattern)].map((m) => m[0])).toEqual(['ministry', 'joint  statement', 'ministers']);
  });

  it('never builds an expression FTS5 refuses, whatever is typed', () => {
    const db = new Database(':memory:');
    db.exec("CREATE VIRTUAL TABLE f USING fts5(body, tokenize = 'unicode61 remove_diacritics 0')");
    db.prepare('INSERT INTO f (body) VALUES (?)').run('port talks in dravik');
    const query = db.prepare('SELECT count(*) FROM f WHERE f MATCH ?').pluck();
    const pieces = fc.constantFrom('AND', 'OR', 'NOT', '"', '*', '(', ')', 'port', 'tal*', 'Σ', '-', ':', '^', 'NEAR', '+', '""', ' ');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const { match } = parseSearchQuery(parts.join(' '));
        // Nothing searchable typed is no query at all; anything else FTS5 takes.
        expect(() => query.get(match ?? '"x"')).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});

describe('foldText and foldWithMap agree', () => {
  it('folds a whole string exactly as character by character, in any script', () => {
    const alphabet = fc.constantFrom(...'aÅéßﬁİΣσςΆώЁйж 🙂.-\u0301'.split(''), 'Σ', 'ΣΑΣ', 'ǅ', 'ᾼ');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        expect(foldWithMap(text).folded).toBe(foldText(text));
      }),
      { numRuns: 500 },
    );
  });
});
