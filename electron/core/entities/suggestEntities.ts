import nlp from 'compromise';
import type { EntityKind, EntitySuggestion } from '../../../shared/api/types';
import { nameKey, nameTokens } from '../../../shared/entities/foldName';
import { MentionMatcher } from '../../../shared/entities/MentionMatcher';
import { isNearDuplicate, spellingKey } from '../../../shared/entities/nearDuplicates';
import { nowIso } from '../db/nowIso';
import type { ProjectDb } from '../db/projectDatabase';
import { statement } from '../db/statement';
import { getSourceText } from '../sources/sourcesStore';
import { candidateNames } from './candidateNames';
import { liveNames } from './entityNames';

/** compromise is quick, but not on megabytes: suggestions look at the start of long texts. */
const MAX_CHARS = 150_000;
const NOT_NAMES =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/iu;
/** Institutions named by a common noun alone ("the Ministry said") are no particular one. */
const GENERIC = new Set([
  'ministry', 'office', 'department', 'agency', 'committee', 'council', 'government', 'parliament', 'court', 'army', 'police',
  'service', 'embassy', 'republic', 'kingdom', 'state', 'union', 'party', 'group', 'company', 'bank', 'university', 'press',
  'news', 'desk', 'bureau', 'delegation', 'secretariat', 'commission', 'cabinet', 'navy', 'city', 'port', 'street', 'north',
  'south', 'east', 'west', 'transcript', 'statement', 'excerpt', 'update', 'editor', 'source', 'sources',
]);
/** What compromise calls a word that names someone or something in particular. */
const NAME_TAGS = '(#ProperNoun|#Person|#Place|#Organization|#Demonym)';
/** What it calls words of the language itself: a capital on them only means they start a sentence. */
const COMMON_TAGS = '(#Verb|#Adjective|#Adverb|#Plural|#Conjunction|#Preposition|#Determiner|#Pronoun|#QuestionWord|#Expression|#Modal|#Value)';

/** Words of grammar that compromise knows, beyond the fixed list in candidateNames ("Now", "Meanwhile", "Perhaps"). */
const GRAMMAR_TAGS = '(#Conjunction|#Adverb|#Preposition|#Determiner|#Pronoun|#QuestionWord|#Expression|#Modal)';

function knownWord(lower: string): boolean {
  return Object.hasOwn((nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon, lower);
}

/** "Now Dravik" is Dravik: a first word that is a known word of grammar is not part of a name; null when nothing is left. */
function withoutLeadingFunctionWord(name: string): string | null {
  const [first, ...rest] = name.split(' ');
  const lower = (first ?? '').toLowerCase();
  if (rest.length === 0 || !knownWord(lower) || !nlp(lower).has(GRAMMAR_TAGS)) return name;
  const remaining = rest.join(' ');
  return /^\p{Lu}/u.test(remaining) && remaining.replace(/[^\p{L}]/gu, '').length >= 2 ? remaining : null;
}

/** Capitalised words in any script, joined by spaces or by "of": "Ministry of Foreign Affairs". */
const CAPITALISED_RUN = /\p{Lu}[\p{Ll}\p{M}'’-]+(?:(?:[ \t]+of)?[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+)+/gu;

interface Candidate {
  name: string;
  kind: EntityKind;
}

/** Everything the NLP pass and the capitalised-run scan find, cut down to the names in it; first kind found wins. */
function rawCandidates(text: string): Candidate[] {
  const doc = nlp(text);
  const found = new Map<string, Candidate>();
  const add = (phrases: string[], kind: EntityKind): void => {
    for (const phrase of phrases) {
      for (const name of candidateNames(phrase).map(withoutLeadingFunctionWord)) {
        if (name === null) continue;
        const key = nameKey(name);
        const known = found.get(key);
        if (!known) found.set(key, { name, kind });
        else if (known.kind === 'other') known.kind = kind;
      }
    }
  };
  add(doc.people().out('array') as string[], 'person');
  add(doc.organizations().out('array') as string[], 'organization');
  add(doc.places().out('array') as string[], 'place');
  // Proper nouns the models did not classify (compromise misses many organizations and places).
  add(doc.match('#ProperNoun+').not('(#Date|#Month|#WeekDay)').out('array') as string[], 'other');
  // Runs of capitalised words in any script, which the models miss at the start of sentences.
  add([...text.matchAll(CAPITALISED_RUN)].map((m) => m[0]), 'other');
  return [...found.values()];
}

/** Whether the word at `start` begins a sentence, a heading or a line: its capital says nothing then. */
function startsSentence(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text[i] as string;
    if (c === '\n' || /[.!?:]/u.test(c)) return true;
    if (!/[\s"“”'‘’*#_([>\-–—]/u.test(c)) return false;
  }
  return true;
}

/**
 * A single word that is a common word of the language rather than a name:
 * a generic institution ("Ministry"), a word the text also writes in lower
 * case, one compromise knows as an ordinary word, or one that is capitalised
 * only where a sentence starts and is not a noun ("Good", "Will", "Negotiators").
 */
function isCommonWord(word: string, starts: readonly number[], text: string, lowerWords: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  if (GENERIC.has(lower) || lowerWords.has(lower)) return true;
  const alone = nlp(lower);
  if (alone.has(NAME_TAGS)) return false;
  if (knownWord(lower)) return true;
  return starts.length > 0 && starts.every((start) => startsSentence(text, start)) && alone.has(COMMON_TAGS);
}

interface CountedCandidate extends Candidate {
  count: number;
}

/**
 * The names worth suggesting, with how often the text has them. Every name,
 * known or found, is looked for in the text at once (longest match wins), so a
 * fragment that only ever occurs inside a longer name ("Foreign Affairs" in
 * "Ministry of Foreign Affairs") or inside a known name finds nothing and goes.
 */
function candidatesIn(fullText: string, known: readonly { name: string }[]): CountedCandidate[] {
  const text = fullText.slice(0, MAX_CHARS);
  const knownKeys = new Set(known.map((n) => nameKey(n.name)));
  const candidates = rawCandidates(text).filter((c) => !knownKeys.has(nameKey(c.name)) && !NOT_NAMES.test(c.name));
  const matcher = new MentionMatcher([
    ...known.map((n) => ({ entityId: 'known', name: n.name })),
    ...candidates.map((c, i) => ({ entityId: String(i), name: c.name })),
  ]);
  const starts = new Map<number, number[]>();
  for (const m of matcher.find(text)) {
    if (m.entityId === 'known') continue;
    const index = Number(m.entityId);
    const list = starts.get(index);
    if (list) list.push(m.start);
    else starts.set(index, [m.start]);
  }
  const lowerWords = new Set(text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}\p{M}]+/gu) ?? []);
  const properKeys = new Set([...(text.match(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}]+/gu) ?? []).map(nameKey), ...knownKeys]);
  const counted: CountedCandidate[] = [];
  candidates.forEach((c, i) => {
    const at = starts.get(i) ?? [];
    if (at.length === 0) return;
    if (nameTokens(c.name).length === 1 && isCommonWord(c.name, at, text, lowerWords)) return;
    if (isDemonym(c.name, properKeys)) return;
    counted.push({ ...c, count: at.length });
  });
  return counted;
}

/**
 * "Karvenian", "Selmaran", "Chinese": the adjective of a place the text (or
 * the registry) names, not a name of its own. Only when that place is there,
 * so that a surname such as "Morgan" stays.
 */
function isDemonym(name: string, properKeys: ReadonlySet<string>): boolean {
  if (nameTokens(name).length !== 1) return false;
  const stems = [name.replace(/n$/u, ''), name.replace(/an$/u, ''), name.replace(/ese$/u, 'a')].filter((stem) => stem !== name && stem.length >= 3);
  return stems.some((stem) => properKeys.has(nameKey(stem)));
}

/** A known name this candidate probably is: another spelling, or a multi-word name's last word (a surname). */
function closestKnownName(
  candidate: string,
  known: readonly { entityId: string; name: string }[],
): { entityId: string; name: string; reason: string } | undefined {
  for (const n of known) {
    if (isNearDuplicate(candidate, n.name)) return { ...n, reason: `spelled like “${n.name}”` };
  }
  const candidateKey = spellingKey(candidate);
  for (const n of known) {
    const words = n.name.trim().split(/\s+/u);
    const last = words[words.length - 1];
    if (words.length < 2 || !last) continue;
    if (spellingKey(last) === candidateKey || isNearDuplicate(candidate, last)) {
      return { ...n, reason: `the last name of “${n.name}”` };
    }
  }
  return undefined;
}

/**
 * Names in a source that the registry does not know yet, offline: new
 * entities, or probable other spellings of existing ones ("Genady" for
 * "Gennady", "Воронцов" for "Vorontsov"). Dismissed names stay dismissed.
 */
export function suggestEntities(db: ProjectDb, sourceId: string): EntitySuggestion[] {
  const { text } = getSourceText(db, sourceId);
  const known = liveNames(db);
  const dismissed = new Set((statement(db, 'SELECT key FROM dismissed_suggestions').all() as { key: string }[]).map((r) => r.key));
  const entityNames = new Map(
    (statement(db, 'SELECT id, name FROM entities WHERE deleted_at IS NULL').all() as { id: string; name: string }[]).map((e) => [e.id, e.name]),
  );

  const suggestions: EntitySuggestion[] = [];
  for (const candidate of candidatesIn(text, known)) {
    const key = nameKey(candidate.name);
    if (dismissed.has(key)) continue;
    const near = closestKnownName(candidate.name, known);
    if (near) {
      suggestions.push({
        key,
        type: 'alias',
        name: candidate.name,
        kind: candidate.kind,
        count: candidate.count,
        entityId: near.entityId,
        entityName: entityNames.get(near.entityId) ?? near.name,
        reason: near.reason,
      });
    } else {
      suggestions.push({ key, type: 'new', name: candidate.name, kind: candidate.kind, count: candidate.count });
    }
  }
  return suggestions.sort((a, b) => (a.type === b.type ? b.count - a.count || a.name.localeCompare(b.name) : a.type === 'alias' ? -1 : 1));
}

export function dismissSuggestion(db: ProjectDb, author: string, key: string): void {
  statement(db, 'INSERT OR IGNORE INTO dismissed_suggestions (key, created_at, created_by) VALUES (?, ?, ?)').run(key, nowIso(), author);
}

/** Dismissals are a preference, not content the analyst wrote: taking one back simply forgets it. */
export function undismissSuggestion(db: ProjectDb, key: string): void {
  statement(db, 'DELETE FROM dismissed_suggestions WHERE key = ?').run(key);
}
