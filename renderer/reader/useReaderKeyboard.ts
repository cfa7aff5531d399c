import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { excerpt } from '../annotations/excerpt';
import { hasModKey, isModalOpen } from '../ui/keyboard';
import { readerStrings as s } from './readerStrings';
import { firstVisibleOffset, isSpanInView, paintSpan, rangeForSpan, scrollSpanIntoView } from './revealInReader';
import { pointToOffset, selectionToOffsets } from './selectionToOffsets';
import {
  extendBySentence,
  moveEdgeByWord,
  sentenceIndexAt,
  sentenceIndexOfSelection,
  sentenceSpans,
  wordEndFrom,
  type KeySelection,
  type TextSpan,
} from './textBoundaries';

const CURSOR_HIGHLIGHT = 'dossier-cursor';

function focusVisible(element: HTMLElement): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    // Environments without :focus-visible: treat focus as keyboard focus.
    return true;
  }
}

export interface ReaderKeyboard {
  /** The text has keyboard focus (the key hints show). */
  focused: boolean;
  /** What a screen reader should hear after the last key: the sentence reached, or what is selected. */
  announcement: string;
  /** Puts the cursor on the sentence at an offset (a search hit, a highlight) before focus arrives. */
  placeCursor(offset: number): void;
}

/**
 * Reading and selecting with the keyboard while the reader text has focus: a
 * sentence cursor (Up/Down or J/K), selection by sentences (Shift+Up/Down) and
 * by words at either end (Shift+Left/Right, Alt for the other end), Home/End,
 * Esc to clear, Ctrl/Cmd+A for the whole text only. The selection is the
 * document's own, so the Highlight button and H work as after a mouse drag.
 * `drawn` (the highlights) changes whenever the text is drawn anew.
 */
export function useReaderKeyboard(rootRef: RefObject<HTMLElement | null>, text: string | null, drawn: readonly unknown[] | null): ReaderKeyboard {
  const [focused, setFocused] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  // The cursor is the start offset of its sentence: offsets survive redrawing the text.
  const cursor = useRef<number | null>(null);
  // The last keyboard selection, to know which end moves; a mouse selection replaces it.
  const keySelection = useRef<KeySelection | null>(null);
  // A place given by placeCursor wins over "the first sentence on screen" when focus arrives.
  const placed = useRef(false);
  // The cursor and the key hints are for keyboard use: a mouse click into the text shows neither until a key is pressed.
  const keyboardMode = useRef(false);

  const domSelection = useCallback((): KeySelection | null => {
    const root = rootRef.current;
    const sel = window.getSelection();
    if (!root || text === null || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const offsets = selectionToOffsets(root, sel.getRangeAt(0), text);
    if (!offsets) return null;
    const kept = keySelection.current;
    if (kept && kept.start === offsets.start && kept.end === offsets.end) return kept;
    // A mouse selection: the end where the drag stopped is the one that moves.
    let active: KeySelection['active'] = 'end';
    if (sel.anchorNode && sel.focusNode && root.contains(sel.anchorNode) && root.contains(sel.focusNode)) {
      const anchor = pointToOffset(root, sel.anchorNode, sel.anchorOffset, text.length);
      const focus = pointToOffset(root, sel.focusNode, sel.focusOffset, text.length);
      if (focus < anchor) active = 'start';
    }
    return { ...offsets, active };
  }, [rootRef, text]);

  const cursorSpan = useCallback((): TextSpan | null => {
    if (text === null || cursor.current === null) return null;
    const sentences = sentenceSpans(text);
    return sentences[sentenceIndexAt(sentences, cursor.current)] ?? null;
  }, [text]);

  /** Shows the cursor while the text has focus and nothing is selected. */
  const paint = useCallback(() => {
    const root = rootRef.current;
    if (!root) return;
    const span = document.activeElement === root && keyboardMode.current && !domSelection() ? cursorSpan() : null;
    paintSpan(CURSOR_HIGHLIGHT, root, span);
    if (span) {
      root.dataset.cursorStart = String(span.start);
      root.dataset.cursorEnd = String(span.end);
    } else {
      delete root.dataset.cursorStart;
      delete root.dataset.cursorEnd;
    }
  }, [rootRef, domSelection, cursorSpan]);

  /** The sentence to start from: the cursor's, unless it was scrolled out of view; then the first one on screen. */
  const startIndex = useCallback((): number => {
    const root = rootRef.current;
    if (!root || text === null) return -1;
    const sentences = sentenceSpans(text);
    const span = cursorSpan();
    if (span && isSpanInView(root, span.start, span.end)) return sentenceIndexAt(sentences, span.start);
    let index = sentenceIndexAt(sentences, firstVisibleOffset(root, text.length));
    const first = sentences[index];
    const next = sentences[index + 1];
    // A sentence that starts above the view is mostly out of sight: take the next one.
    if (first && next && !isSpanInView(root, first.start, Math.min(first.end, first.start + 1)) && isSpanInView(root, next.start, next.start + 1)) {
      index += 1;
    }
    return index;
  }, [rootRef, text, cursorSpan]);

  // The text was drawn anew (highlights changed): the cursor's range points into old nodes.
  useLayoutEffect(() => {
    if (drawn) paint();
  }, [paint, drawn]);

  useEffect(() => {
    const root = rootRef.current;
    if (!root || text === null) return;
    const sentences = () => sentenceSpans(text);

    const select = (next: KeySelection | null, scroll = true) => {
      const sel = window.getSelection();
      if (!sel || !next) return;
      keySelection.current = next;
      const range = rangeForSpan(root, next.start, next.end);
      sel.removeAllRanges();
      if (!range) return;
      if (next.active === 'start') sel.setBaseAndExtent(range.endContainer, range.endOffset, range.startContainer, range.startOffset);
      else sel.addRange(range);
      const edge = next.active === 'end' ? next.end : next.start;
      cursor.current = sentences()[sentenceIndexOfSelection(sentences(), next)]?.start ?? cursor.current;
      if (scroll) scrollSpanIntoView(root, Math.max(0, edge - 1), Math.max(edge, 1));
      setAnnouncement(s.keyboard.selected(excerpt(text.slice(next.start, next.end), 200)));
      paint();
    };

    const moveCursor = (index: number) => {
      const span = sentences()[Math.max(0, Math.min(sentences().length - 1, index))];
      if (!span) return;
      window.getSelection()?.removeAllRanges();
      keySelection.current = null;
      cursor.current = span.start;
      scrollSpanIntoView(root, span.start, span.end);
      setAnnouncement(excerpt(text.slice(span.start, span.end), 300));
      paint();
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.target !== root || isModalOpen() || sentences().length === 0) return;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      if (hasModKey(event) && !event.altKey && !event.shiftKey && key === 'a') {
        // The whole source text, not the whole window.
        event.preventDefault();
        const all = sentences();
        select({ start: (all[0] as TextSpan).start, end: (all.at(-1) as TextSpan).end, active: 'end' }, false);
        return;
      }
      if (event.ctrlKey || event.metaKey) return;
      if (!keyboardMode.current) {
        keyboardMode.current = true;
        setFocused(true);
      }
      const current = domSelection();
      const down = key === 'ArrowDown' || key === 'j';
      const up = key === 'ArrowUp' || key === 'k';
      if ((down || up) && !event.altKey) {
        const direction = down ? 1 : -1;
        if (event.shiftKey) {
          const from = current ? sentenceIndexOfSelection(sentences(), current) : startIndex();
          select(extendBySentence(sentences(), current, from, direction));
        } else if (current) {
          moveCursor(sentenceIndexOfSelection(sentences(), current) + direction);
        } else {
          const span = cursorSpan();
          const from = startIndex();
          // From out of view, the first press lands on the first sentence on screen.
          moveCursor(span && sentenceIndexAt(sentences(), span.start) === from ? from + direction : from);
        }
      } else if ((key === 'ArrowRight' || key === 'ArrowLeft') && event.shiftKey) {
        const direction = key === 'ArrowRight' ? 1 : -1;
        if (current) {
          select(moveEdgeByWord(text, current, direction, event.altKey ? 'other' : 'active'));
        } else if (direction === 1) {
          const span = sentences()[startIndex()];
          const end = span ? wordEndFrom(text, span.start, 1) : null;
          if (span && end !== null) select({ start: span.start, end, active: 'end' });
        }
      } else if ((key === 'Home' || key === 'End') && !event.shiftKey && !event.altKey) {
        moveCursor(key === 'Home' ? 0 : sentences().length - 1);
      } else if (key === 'Escape' && current) {
        window.getSelection()?.removeAllRanges();
        keySelection.current = null;
        setAnnouncement(s.keyboard.cleared);
        paint();
      } else {
        return;
      }
      event.preventDefault();
    };

    const onFocus = () => {
      keyboardMode.current = focusVisible(root);
      setFocused(keyboardMode.current);
      if (placed.current) placed.current = false;
      else if (!domSelection()) {
        const index = startIndex();
        const span = sentences()[index];
        if (span) cursor.current = span.start;
      }
      paint();
    };
    const onBlur = () => {
      keyboardMode.current = false;
      setFocused(false);
      paint();
    };
    // A click in the text puts the cursor on the sentence clicked.
    const onSelectionChange = () => {
      if (document.activeElement !== root) return;
      const sel = window.getSelection();
      if (sel && sel.isCollapsed && sel.anchorNode && root.contains(sel.anchorNode)) {
        const offset = pointToOffset(root, sel.anchorNode, sel.anchorOffset, text.length);
        const span = sentences()[sentenceIndexAt(sentences(), offset)];
        if (span) cursor.current = span.start;
      }
      paint();
    };

    root.addEventListener('keydown', onKeyDown);
    root.addEventListener('focus', onFocus);
    root.addEventListener('blur', onBlur);
    document.addEventListener('selectionchange', onSelectionChange);
    if (document.activeElement === root) onFocus();
    return () => {
      root.removeEventListener('keydown', onKeyDown);
      root.removeEventListener('focus', onFocus);
      root.removeEventListener('blur', onBlur);
      document.removeEventListener('selectionchange', onSelectionChange);
      paintSpan(CURSOR_HIGHLIGHT, root, null);
    };
  }, [rootRef, text, domSelection, cursorSpan, startIndex, paint]);

  const placeCursor = useCallback(
    (offset: number) => {
      if (text === null) return;
      const sentences = sentenceSpans(text);
      const span = sentences[sentenceIndexAt(sentences, offset)];
      if (!span) return;
      cursor.current = span.start;
      placed.current = true;
      paint();
    },
    [text, paint],
  );

  return { focused, announcement, placeCursor };
}
