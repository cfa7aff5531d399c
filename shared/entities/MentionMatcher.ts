import { foldName, WORD_PATTERN } from './foldName';

export interface NamePattern {
  entityId: string;
  /** A name or alias, matched literally (never as a regular expression). */
  name: string;
}

export interface FoundMention {
  entityId: string;
  start: number;
  end: number;
}

interface CompiledPattern {
  entityId: string;
  tokens: string[];
  /** What stands between the words, compared loosely (see gapKey). */
  gaps: string[];
  /** Symbols the name starts or ends with ("C++", "(a+b)*"), required literally. */
  prefix: string;
  suffix: string;
}

/** Spaces, line breaks and hyphens between words are interchangeable: "New York", "New-York". */
function gapKey(gap: string): string {
  return gap.replace(/[\s\-\u2010\u2011\u2013]+/gu, '').replace(/\u2019/gu, "'");
}

const MAX_GAP = 4;

/** Invisible direction marks (pasted from right-to-left text) are never required to match. */
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

function compile(entityId: string, name: string): CompiledPattern | undefined {
  const trimmed = name.replace(BIDI_CONTROLS, '').trim();
  const words = [...trimmed.matchAll(WORD_PATTERN)];
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return undefined;
  const gaps: string[] = [];
  for (let k = 1; k < words.length; k++) {
    const previous = words[k - 1] as RegExpExecArray;
    gaps.push(gapKey(trimmed.slice(previous.index + previous[0].length, (words[k] as RegExpExecArray).index)));
  }
  return {
    entityId,
    tokens: words.map((w) => foldName(w[0])),
    gaps,
    prefix: trimmed.slice(0, first.index),
    suffix: trimmed.slice(last.index + last[0].length),
  };
}

/**
 * Finds every whole-word occurrence of many names in a text at once. Words
 * are compared folded (case, diacritics); where names overlap the longest
 * wins; the same name on two entities yields a mention for each (a conflict
 * for the analyst to see, never a silent choice). Possessives match: in
 * "Merkel's" the word "Merkel" stands alone.
 */
export class MentionMatcher {
  private readonly byFirstToken = new Map<string, CompiledPattern[]>();

  constructor(patterns: readonly NamePattern[]) {
    const seen = new Set<string>();
    for (const { entityId, name } of patterns) {
      const pattern = compile(entityId, name);
      if (!pattern) continue;
      const key = [entityId, pattern.prefix, ...pattern.tokens, ...pattern.gaps, pattern.suffix].join('\u0000');
      if (seen.has(key)) continue;
      seen.add(key);
      const first = pattern.tokens[0] as string;
      const list = this.byFirstToken.get(first) ?? [];
      list.push(pattern);
      this.byFirstToken.set(first, list);
    }
    for (const list of this.byFirstToken.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  }

  get isEmpty(): boolean {
    return this.byFirstToken.size === 0;
  }

  find(text: string): FoundMention[] {
    if (this.isEmpty) return [];
    const starts: number[] = [];
    const ends: number[] = [];
    const folded: string[] = [];
    const foldCache = new Map<string, string>();
    for (const match of text.matchAll(WORD_PATTERN)) {
      const word = match[0];
      let f = foldCache.get(word);
      if (f === undefined) {
        f = foldName(word);
        foldCache.set(word, f);
      }
      starts.push(match.index);
      ends.push(match.index + word.length);
      folded.push(f);
    }

    const mentions: FoundMention[] = [];
    for (let i = 0; i < folded.length; ) {
      const candidates = this.byFirstToken.get(folded[i] as string);
      let matchedLength = 0;
      if (candidates) {
        for (const candidate of candidates) {
          const n = candidate.tokens.length;
          if (matchedLength > n) break;
          if (!matchesAt(text, candidate, i, starts, ends, folded)) continue;
          matchedLength = n;
          mentions.push({
            entityId: candidate.entityId,
            start: (starts[i] as number) - candidate.prefix.length,
            end: (ends[i + n - 1] as number) + candidate.suffix.length,
          });
        }
      }
      i += Math.max(1, matchedLength);
    }
    return mentions;
  }
}

function matchesAt(
  text: string,
  pattern: CompiledPattern,
  at: number,
  starts: readonly number[],
  ends: readonly number[],
  folded: readonly string[],
): boolean {
  const { tokens, gaps, prefix, suffix } = pattern;
  const lastIndex = at + tokens.length - 1;
  if (lastIndex >= folded.length) return false;
  for (let k = 1; k < tokens.length; k++) {
    if (folded[at + k] !== tokens[k]) return false;
    const gapStart = ends[at + k - 1] as number;
    const gapEnd = starts[at + k] as number;
    if (gapEnd - gapStart > MAX_GAP || gapKey(text.slice(gapStart, gapEnd)) !== gaps[k - 1]) return false;
  }
  const start = starts[at] as number;
  const end = ends[lastIndex] as number;
  return text.slice(start - prefix.length, start) === prefix && text.startsWith(suffix, end);
}
