import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { mentionAt, mentionForSelection, type MentionSpan } from './mentionSpans';
import { offsetAtPoint, rangeForSpan } from './revealInReader';
import { selectionToOffsets } from './selectionToOffsets';

export interface MentionCardTarget {
  span: MentionSpan;
  /** The line of the name the card stands by, on screen, and the edges of the text's pane it stays within. */
  anchor: { top: number; bottom: number; left: number; paneLeft: number; paneRight: number };
  /** Shown for the pointer (goes when it leaves) or for a selection on the name (goes with the selection). */
  via: 'hover' | 'selection';
}

/** Hover intent: a pointer passing over a name shows nothing. */
const SHOW_DELAY_MS = 300;
/** Moving from one name to the next, or from a name onto its card. */
const SWITCH_DELAY_MS = 80;
const HIDE_DELAY_MS = 250;

function lineRects(root: HTMLElement, span: MentionSpan): DOMRect[] {
  const range = rangeForSpan(root, span.start, span.end);
  if (!range) return [];
  // Environments without layout (tests) have no boxes: the card then stands at the corner.
  return typeof range.getClientRects === 'function' ? Array.from(range.getClientRects()) : [new DOMRect()];
}

/** The card stays over the text's pane: over the side panel it would hide the highlights and their buttons. */
function anchorOf(root: HTMLElement, rect: DOMRect): MentionCardTarget['anchor'] {
  const pane = (root.closest('.reader-scroll') ?? root).getBoundingClientRect();
  return { top: rect.top, bottom: rect.bottom, left: rect.left, paneLeft: pane.left, paneRight: pane.right || window.innerWidth };
}

/**
 * Which mention's card to show: the name under the pointer (after a short
 * rest, kept while the pointer moves onto the card), or the name the
 * selection lies on, so that keyboard selection (Shift+arrows) shows it too.
 * Listens on the text's own events; the text is never re-rendered.
 */
export function useMentionCard(rootRef: RefObject<HTMLElement | null>, text: string | null, spans: readonly MentionSpan[] | null) {
  const [card, setCard] = useState<MentionCardTarget | null>(null);
  // The listeners below read the card shown now without being set up again for each one.
  const cardRef = useRef(card);
  useLayoutEffect(() => {
    cardRef.current = card;
  });
  const showTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const cancelHide = useCallback(() => clearTimeout(hideTimer.current), []);
  const hideSoon = useCallback(() => {
    clearTimeout(showTimer.current);
    clearTimeout(hideTimer.current);
    if (cardRef.current?.via !== 'hover') return;
    hideTimer.current = setTimeout(() => setCard(null), HIDE_DELAY_MS);
  }, []);
  const close = useCallback(() => {
    clearTimeout(showTimer.current);
    clearTimeout(hideTimer.current);
    setCard(null);
  }, []);

  useEffect(() => {
    const root = rootRef.current;
    if (!root || text === null || !spans || spans.length === 0) {
      setCard(null);
      return;
    }
    let frame = 0;
    let pointer: { x: number; y: number } | null = null;

    const onPointerFrame = () => {
      frame = 0;
      if (!pointer) return;
      const { x, y } = pointer;
      const offset = offsetAtPoint(root, x, y, text.length);
      const span = offset === null ? null : mentionAt(spans, offset);
      // The caret lands on the nearest character even beside the text: check the name's own boxes.
      const rect = span ? lineRects(root, span).find((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) : undefined;
      const current = cardRef.current;
      if (!span || !rect) {
        if (current?.via === 'hover') hideSoon();
        else clearTimeout(showTimer.current);
        return;
      }
      cancelHide();
      if (current?.span === span) return;
      // A card for the selection stays until the selection changes.
      if (current?.via === 'selection') return;
      clearTimeout(showTimer.current);
      showTimer.current = setTimeout(() => setCard({ span, anchor: anchorOf(root, rect), via: 'hover' }), current ? SWITCH_DELAY_MS : SHOW_DELAY_MS);
    };
    const onMove = (event: MouseEvent) => {
      pointer = { x: event.clientX, y: event.clientY };
      if (!frame) frame = requestAnimationFrame(onPointerFrame);
    };
    const onLeave = () => {
      pointer = null;
      hideSoon();
    };

    const onSelectionChange = () => {
      const sel = window.getSelection();
      const offsets = sel && sel.rangeCount > 0 && !sel.isCollapsed ? selectionToOffsets(root, sel.getRangeAt(0), text) : null;
      const span = offsets ? mentionForSelection(spans, text, offsets.start, offsets.end) : null;
      const current = cardRef.current;
      if (span) {
        const rect = lineRects(root, span)[0];
        if (rect && (current?.span !== span || current.via !== 'selection')) {
          clearTimeout(showTimer.current);
          cancelHide();
          setCard({ span, anchor: anchorOf(root, rect), via: 'selection' });
        }
      } else if (current?.via === 'selection') {
        setCard(null);
      }
    };
    // A card stays by its name while the text scrolls; one shown for the pointer goes.
    const onScroll = () => {
      const current = cardRef.current;
      if (!current) return;
      if (current.via === 'hover') return close();
      const rect = lineRects(root, current.span)[0];
      if (rect) setCard({ ...current, anchor: anchorOf(root, rect) });
    };

    const scroller = root.closest('.reader-scroll');
    root.addEventListener('mousemove', onMove, { passive: true });
    root.addEventListener('mouseleave', onLeave);
    document.addEventListener('selectionchange', onSelectionChange);
    scroller?.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      root.removeEventListener('mousemove', onMove);
      root.removeEventListener('mouseleave', onLeave);
      document.removeEventListener('selectionchange', onSelectionChange);
      scroller?.removeEventListener('scroll', onScroll);
      if (frame) cancelAnimationFrame(frame);
      clearTimeout(showTimer.current);
      clearTimeout(hideTimer.current);
      // The spans (or the text) changed: a card for an old span would point nowhere.
      setCard(null);
    };
  }, [rootRef, text, spans, hideSoon, cancelHide, close]);

  /** The card itself: the pointer on it keeps it; leaving it lets it go. */
  return { card, keep: cancelHide, letGo: hideSoon, close };
}
