import { useLayoutEffect, type RefObject } from 'react';
import { clearMentions, paintMentions, type MentionLook } from './mentionMarks';
import type { MentionSpan } from './mentionSpans';

/**
 * Keeps the mention underlines on the text: painted after each drawing of the
 * text (`drawn` changes with it, as the highlights do), in the same frame, and
 * taken off when hidden or when the reader closes. Marks the moment for the
 * reader benchmark.
 */
export function useMentionMarks(
  rootRef: RefObject<HTMLElement | null>,
  sourceId: string,
  drawn: readonly unknown[] | null,
  spans: readonly MentionSpan[] | null,
  lookOf: (span: MentionSpan) => MentionLook | null,
  shown: boolean,
): void {
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root || !drawn || !spans || !shown) return;
    const painted = paintMentions(root, spans, lookOf);
    performance.mark('dossier:reader-mentions', { detail: { sourceId, mentions: painted } });
    return clearMentions;
  }, [rootRef, sourceId, drawn, spans, lookOf, shown]);
}
