import type { EntityKind } from '../../shared/api/types';
import type { MentionSpan } from './mentionSpans';
import { SEGMENT_START_ATTRIBUTE } from './selectionToOffsets';

/** Where a span starts and ends among the reader's segments (one text node each). */
export interface SegmentPoints {
  startSegment: number;
  /** Characters into the start segment. */
  startOffset: number;
  endSegment: number;
  /** Characters into the end segment: a span ending on a boundary ends in the segment before it. */
  endOffset: number;
}

/**
 * Places spans on the segments the highlights cut the text into, in one sweep
 * over both (spans in text order, not overlapping): a mention may begin in
 * plain text and end inside a highlight, or cross several highlights.
 * Null for a span outside the segments.
 */
export function locateSpans(segmentStarts: readonly number[], spans: readonly { start: number; end: number }[]): (SegmentPoints | null)[] {
  const located: (SegmentPoints | null)[] = [];
  let s = 0;
  let e = 0;
  const last = segmentStarts.length - 1;
  for (const span of spans) {
    if (last < 0 || span.end <= span.start || span.start < (segmentStarts[0] as number)) {
      located.push(null);
      continue;
    }
    while (s < last && (segmentStarts[s + 1] as number) <= span.start) s++;
    if (e < s) e = s;
    while (e < last && (segmentStarts[e + 1] as number) <= span.end - 1) e++;
    located.push({
      startSegment: s,
      startOffset: span.start - (segmentStarts[s] as number),
      endSegment: e,
      endOffset: span.end - (segmentStarts[e] as number),
    });
  }
  return located;
}

/** One look per entity kind; a name two entities share has its own. */
export type MentionLook = EntityKind | 'conflict';
export const MENTION_LOOKS: readonly MentionLook[] = ['person', 'organization', 'place', 'event', 'other', 'conflict'];
export const mentionHighlightName = (look: MentionLook) => `dossier-mention-${look}`;

interface HighlightApi {
  registry: { set(name: string, highlight: unknown): void; delete(name: string): void };
  Highlight: new () => { add(range: AbstractRange): void };
}

function highlightApi(): HighlightApi | null {
  const registry = (globalThis.CSS as unknown as { highlights?: HighlightApi['registry'] } | undefined)?.highlights;
  const Highlight = (globalThis as unknown as { Highlight?: HighlightApi['Highlight'] }).Highlight;
  return registry && Highlight && typeof StaticRange === 'function' ? { registry, Highlight } : null;
}

/**
 * Underlines the mentions with CSS custom highlights, one per look: the text's
 * elements stay as they are, so thousands of mentions add no nodes to lay out
 * and hiding them redraws nothing. Static ranges: the text is drawn anew (and
 * the marks painted again) whenever it changes. Returns how many were painted.
 */
export function paintMentions(root: HTMLElement, spans: readonly MentionSpan[], lookOf: (span: MentionSpan) => MentionLook | null): number {
  clearMentions();
  const api = highlightApi();
  if (!api || spans.length === 0) return 0;
  const segments = Array.from(root.children).filter((el) => el.hasAttribute(SEGMENT_START_ATTRIBUTE));
  const located = locateSpans(
    segments.map((el) => Number(el.getAttribute(SEGMENT_START_ATTRIBUTE))),
    spans,
  );
  const byLook = new Map<MentionLook, StaticRange[]>();
  let painted = 0;
  located.forEach((points, i) => {
    const look = lookOf(spans[i] as MentionSpan);
    const startText = points && segments[points.startSegment]?.firstChild;
    const endText = points && segments[points.endSegment]?.firstChild;
    if (!points || !look || !(startText instanceof Text) || !(endText instanceof Text)) return;
    const range = new StaticRange({
      startContainer: startText,
      startOffset: Math.min(startText.length, points.startOffset),
      endContainer: endText,
      endOffset: Math.min(endText.length, points.endOffset),
    });
    const list = byLook.get(look) ?? [];
    list.push(range);
    byLook.set(look, list);
    painted++;
  });
  for (const [look, ranges] of byLook) {
    // Added one by one: a spread of tens of thousands of arguments can overflow the stack.
    const highlight = new api.Highlight();
    for (const range of ranges) highlight.add(range);
    api.registry.set(mentionHighlightName(look), highlight);
  }
  return painted;
}

export function clearMentions(): void {
  const api = highlightApi();
  if (!api) return;
  for (const look of MENTION_LOOKS) api.registry.delete(mentionHighlightName(look));
}
