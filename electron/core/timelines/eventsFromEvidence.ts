import { DossierError } from '../../../shared/api/errors';
import type { DateSuggestion, TimelineEvent } from '../../../shared/api/timelineTypes';
import { getAnnotation } from '../annotations/annotationsStore';
import { getClaim } from '../claims/claimsStore';
import type { ProjectDb } from '../db/projectDatabase';
import { statement } from '../db/statement';
import { getSourceText } from '../sources/sourcesStore';
import { createEvent } from './eventsStore';
import type { EvidenceRef } from './eventsStore';
import { suggestDatesInText } from './suggestDates';

export interface EvidenceChoice {
  annotationId?: string;
  claimId?: string;
}

/** How far a passage's sentence is looked at around the quote, when the quote itself names no date. */
const CONTEXT_CHARS = 300;
const TITLE_MAX = 120;

function oneOf(choice: EvidenceChoice): { kind: 'annotation' | 'claim'; id: string } {
  if (choice.annotationId && !choice.claimId) return { kind: 'annotation', id: choice.annotationId };
  if (choice.claimId && !choice.annotationId) return { kind: 'claim', id: choice.claimId };
  throw new DossierError('BAD_INPUT', 'Choose either a passage or a claim.');
}

function publishedOf(db: ProjectDb, sourceId: string): string {
  return (statement(db, 'SELECT published FROM sources WHERE id = ?').get(sourceId) as { published: string } | undefined)?.published ?? '';
}

/** The sentence(s) around a passage: "on March 27" is often just outside the highlighted words. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  const after = text.slice(end, end + CONTEXT_CHARS);
  const opening = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const closing = after.search(/[.!?](?:\s|$)|\n/);
  return `${opening === -1 ? before : before.slice(opening + 1)}${text.slice(start, end)}${closing === -1 ? after : after.slice(0, closing + 1)}`.trim();
}

function passageSuggestions(db: ProjectDb, annotationId: string): DateSuggestion[] {
  const passage = getAnnotation(db, annotationId);
  const published = publishedOf(db, passage.sourceId);
  const fromQuote = suggestDatesInText(passage.exact, published);
  if (fromQuote.length > 0) return fromQuote;
  const { text } = getSourceText(db, passage.sourceId);
  return suggestDatesInText(sentenceAround(text, passage.start, passage.end), published);
}

function unique(suggestions: DateSuggestion[]): DateSuggestion[] {
  const seen = new Set<string>();
  return suggestions.filter((s) => !seen.has(s.edtf) && Boolean(seen.add(s.edtf)));
}

/**
 * Dates in a passage (its quote, or its sentence when the quote names none)
 * or a claim (its statement, then its cited passages), each resolved against
 * its own source's published date.
 */
export function suggestEventDates(db: ProjectDb, choice: EvidenceChoice): DateSuggestion[] {
  const chosen = oneOf(choice);
  if (chosen.kind === 'annotation') return passageSuggestions(db, chosen.id);
  const claim = getClaim(db, chosen.id);
  const cited = claim.citations.filter((c) => !c.missing);
  const published = cited[0] ? publishedOf(db, cited[0].sourceId) : '';
  return unique([...suggestDatesInText(claim.statement, published), ...cited.flatMap((c) => passageSuggestions(db, c.annotationId))]);
}

/** A title from a quote or statement: its first sentence when that is short enough, else cut at a word. */
export function shortTitle(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= TITLE_MAX) return flat;
  const sentence = /^.{20,}?[.!?](?=\s)/.exec(flat)?.[0];
  if (sentence && sentence.length <= TITLE_MAX) return sentence;
  const cut = flat.slice(0, TITLE_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * From text to event in one action: the passage (or the claim and its live
 * passages) becomes the evidence, the entities tagged there are involved, the
 * title defaults to the quote or statement and the date to the first
 * suggestion. The analyst edits it afterwards in the grid.
 */
export function createEventFromEvidence(
  db: ProjectDb,
  author: string,
  input: EvidenceChoice & { title?: string; dateEdtf?: string; typeId?: string | null; timelineIds?: string[] },
): TimelineEvent {
  const chosen = oneOf(input);
  let text: string;
  let evidence: EvidenceRef[];
  let entityIds: string[];
  if (chosen.kind === 'annotation') {
    const passage = getAnnotation(db, chosen.id);
    text = passage.exact;
    evidence = [{ kind: 'annotation', refId: passage.id }];
    entityIds = passage.entityIds;
  } else {
    const claim = getClaim(db, chosen.id);
    text = claim.statement;
    evidence = [
      { kind: 'claim', refId: claim.id },
      ...claim.citations.filter((c) => !c.missing).map((c): EvidenceRef => ({ kind: 'annotation', refId: c.annotationId })),
    ];
    entityIds = claim.entities.map((e) => e.entityId);
  }
  const dateEdtf = input.dateEdtf ?? suggestEventDates(db, input)[0]?.edtf ?? '';
  return createEvent(db, author, {
    title: input.title ?? shortTitle(text),
    dateEdtf,
    typeId: input.typeId ?? null,
    timelineIds: input.timelineIds,
    entityIds,
    evidence,
  });
}
