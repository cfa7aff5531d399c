import nlp from 'compromise';
import type { EntityKind, EntitySuggestion } from '../../../shared/api/types';
import { isNearDuplicate, spellingKey } from '../../../shared/entities/nearDuplicates';
import { nowIso } from '../db/nowIso';
import type { ProjectDb } from '../db/projectDatabase';
import { statement } from '../db/statement';
import { getSourceText } from '../sources/sourcesStore';
import { liveNames, nameKey } from './entityNames';

/** compromise is quick, but not on megabytes: suggestions look at the start of long texts. */
const MAX_CHARS = 150_000;
const TITLES =
  /^(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Lady|President|Prime Minister|Minister|Foreign Minister|Ambassador|Envoy|General|Colonel|Admiral|Senator|Governor|Mayor|King|Queen|Prince|Princess|Chancellor|Secretary|Spokesman|Spokeswoman|Spokesperson|Chairman|Chairwoman|Director|Judge)\.?\s+)+/iu;
const NOT_NAMES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|This|That|These|Those|It|He|She|They|We|I|You)$/iu;

const CAPITALISED_RUN = /\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+)+/gu;

function cleanName(raw: string): string | undefined {
  const name = raw
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.)]+$/gu, '')
    .replace(/'s$|’s$/u, '')
    .replace(TITLES, '')
    .replace(/^the\s+/iu, '')
    .trim();
  if (name.replace(/[^\p{L}]/gu, '').length < 2) return undefined;
  if (!/^\p{Lu}/u.test(name) || NOT_NAMES.test(name)) return undefined;
  return name;
}

interface Candidate {
  name: string;
  kind: EntityKind;
  count: number;
}

function candidatesIn(text: string): Candidate[] {
  const doc = nlp(text.slice(0, MAX_CHARS));
  const found = new Map<string, Candidate>();
  const add = (names: string[], kind: EntityKind): void => {
    for (const raw of names) {
      const name = cleanName(raw);
      if (!name) continue;
      const key = nameKey(name);
      const known = found.get(key);
      if (!known) found.set(key, { name, kind, count: 1 });
      else {
        known.count += 1;
        if (known.kind === 'other') known.kind = kind;
      }
    }
  };
  add(doc.people().out('array') as string[], 'person');
  add(doc.organizations().out('array') as string[], 'organization');
  add(doc.places().out('array') as string[], 'place');
  // Proper nouns the models did not classify (compromise misses many organizations and places).
  add(doc.match('#ProperNoun+').not('(#Date|#Month|#WeekDay)').out('array') as string[], 'other');
  // Runs of capitalised words in any script, which the models miss at the start of sentences.
  add([...text.slice(0, MAX_CHARS).matchAll(CAPITALISED_RUN)].map((m) => m[0]), 'other');
  return [...found.values()];
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
  const knownKeys = new Set(known.map((n) => nameKey(n.name)));
  const dismissed = new Set((statement(db, 'SELECT key FROM dismissed_suggestions').all() as { key: string }[]).map((r) => r.key));
  const entityNames = new Map(
    (statement(db, 'SELECT id, name FROM entities WHERE deleted_at IS NULL').all() as { id: string; name: string }[]).map((e) => [e.id, e.name]),
  );

  const suggestions: EntitySuggestion[] = [];
  for (const candidate of candidatesIn(text)) {
    const key = nameKey(candidate.name);
    if (knownKeys.has(key) || dismissed.has(key)) continue;
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
