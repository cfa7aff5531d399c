import type { SourceMention } from '../../shared/api/types';

/**
 * One marked name in the text. The matcher yields a mention per entity, so a
 * name two entities share (a conflict) comes twice over the same span: here it
 * is one span with both entities, and its card shows both.
 */
export interface MentionSpan {
  start: number;
  end: number;
  /** In the order the matcher gave them; never empty. */
  entityIds: string[];
}

/**
 * Mentions as spans in text order, one per distinct span, clipped to the text.
 * The matcher already lets the longest name win; a span that still overlaps an
 * earlier one (a name starting or ending in symbols) is left out, so spans never
 * overlap and can be searched by position.
 */
export function groupMentions(mentions: readonly SourceMention[], textLength: number): MentionSpan[] {
  const sorted = mentions
    .map((m) => ({ entityId: m.entityId, start: Math.max(0, m.start), end: Math.min(textLength, m.end) }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const spans: MentionSpan[] = [];
  for (const m of sorted) {
    const last = spans.at(-1);
    if (last && last.start === m.start && last.end === m.end) {
      if (!last.entityIds.includes(m.entityId)) last.entityIds.push(m.entityId);
    } else if (!last || m.start >= last.end) {
      spans.push({ start: m.start, end: m.end, entityIds: [m.entityId] });
    }
  }
  return spans;
}

/** The index of the first span that ends after `offset` (binary search over spans in text order). */
function firstEndingAfter(spans: readonly MentionSpan[], offset: number): number {
  // Spans do not overlap, so their ends rise with their starts.
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((spans[mid] as MentionSpan).end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The span that holds the character at `offset`, or null. */
export function mentionAt(spans: readonly MentionSpan[], offset: number): MentionSpan | null {
  const span = spans[firstEndingAfter(spans, offset)];
  return span && span.start <= offset ? span : null;
}

/** The spans that overlap [start, end), in text order. */
export function mentionsWithin(spans: readonly MentionSpan[], start: number, end: number): MentionSpan[] {
  const found: MentionSpan[] = [];
  for (let i = firstEndingAfter(spans, start); i < spans.length; i++) {
    const span = spans[i] as MentionSpan;
    if (span.start >= end) break;
    found.push(span);
  }
  return found;
}

/** The entities named in a passage, each once, in the order they first appear. */
export function entitiesInPassage(spans: readonly MentionSpan[], start: number, end: number): string[] {
  const ids = new Set<string>();
  for (const span of mentionsWithin(spans, start, end)) for (const id of span.entityIds) ids.add(id);
  return [...ids];
}

/**
 * The mention a selection is on, for showing its card from the keyboard: a
 * selection inside one name, or one that holds exactly one name and nothing
 * but spaces and punctuation around it ("Vorontsov," selected by words).
 */
export function mentionForSelection(spans: readonly MentionSpan[], text: string, start: number, end: number): MentionSpan | null {
  const touched = mentionsWithin(spans, start, end);
  if (touched.length !== 1) return null;
  const span = touched[0] as MentionSpan;
  if (span.start <= start && end <= span.end) return span;
  const outside = text.slice(start, Math.max(start, span.start)) + text.slice(Math.min(end, span.end), end);
  return /^[\s\p{P}]*$/u.test(outside) ? span : null;
}
