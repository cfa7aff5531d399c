import { useEffect, useState, type RefObject } from 'react';
import { selectionToOffsets } from './selectionToOffsets';

export interface ReaderSelection {
  start: number;
  end: number;
  /** Where the selection ends on screen, for placing the floating button. */
  rect: { top: number; bottom: number; left: number; right: number };
}

/**
 * Follows the document selection and reports it as offsets into the text
 * while it lies in the reader. Only this state changes as the person selects;
 * the rendered text does not.
 */
export function useReaderSelection(rootRef: RefObject<HTMLElement | null>, text: string | null): ReaderSelection | null {
  const [selection, setSelection] = useState<ReaderSelection | null>(null);

  useEffect(() => {
    if (text === null) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const root = rootRef.current;
      const sel = window.getSelection();
      if (!root || !sel || sel.rangeCount === 0 || sel.isCollapsed) {
        setSelection(null);
        return;
      }
      const range = sel.getRangeAt(0);
      const offsets = selectionToOffsets(root, range, text);
      if (!offsets) {
        setSelection(null);
        return;
      }
      const rects = typeof range.getClientRects === 'function' ? Array.from(range.getClientRects()) : [];
      const last = rects.at(-1) ?? (typeof range.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : null);
      const rect = last ? { top: last.top, bottom: last.bottom, left: last.left, right: last.right } : { top: 0, bottom: 0, left: 0, right: 0 };
      setSelection((current) =>
        current && current.start === offsets.start && current.end === offsets.end && current.rect.bottom === rect.bottom && current.rect.right === rect.right
          ? current
          : { ...offsets, rect },
      );
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    document.addEventListener('selectionchange', schedule);
    // The button follows the text when the reader scrolls.
    const scroller = rootRef.current?.closest('.reader-scroll');
    scroller?.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      document.removeEventListener('selectionchange', schedule);
      scroller?.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [rootRef, text]);

  // No text yet (or a new one loading): nothing can be selected in it.
  return text === null ? null : selection;
}
