import { trimSpan } from '../../shared/anchors/textSelectors';

/** Attribute every segment element of the reader carries: its start offset in the source text. */
export const SEGMENT_START_ATTRIBUTE = 'data-start';

function segmentOf(root: HTMLElement, node: Node): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : node.parentElement;
  const segment = element?.closest<HTMLElement>(`[${SEGMENT_START_ATTRIBUTE}]`) ?? null;
  return segment && segment !== root && root.contains(segment) ? segment : null;
}

function segmentStart(segment: Element): number {
  return Number(segment.getAttribute(SEGMENT_START_ATTRIBUTE));
}

/**
 * The text offset of a DOM point (node, offset) inside the reader root, using
 * the data-start of the segment that holds it plus the characters before the
 * point within that segment.
 */
export function pointToOffset(root: HTMLElement, node: Node, offset: number, textLength: number): number {
  const segment = segmentOf(root, node);
  if (segment) {
    const range = document.createRange();
    range.setStart(segment, 0);
    range.setEnd(node, offset);
    return Math.min(textLength, segmentStart(segment) + range.toString().length);
  }
  // A point between segments (on the root itself): the next segment's start, or the end of the text.
  const children = node === root ? Array.from(root.childNodes).slice(offset) : [];
  for (const child of children) {
    if (child instanceof Element && child.hasAttribute(SEGMENT_START_ATTRIBUTE)) return segmentStart(child);
  }
  return textLength;
}

/**
 * Turns a DOM selection range into start/end offsets in the source text,
 * clipped to the reader and trimmed of surrounding whitespace. Null when the
 * range does not touch the text or holds only whitespace.
 */
export function selectionToOffsets(root: HTMLElement, range: Range, text: string): { start: number; end: number } | null {
  if (range.collapsed || !range.intersectsNode(root)) return null;
  const startInside = root.contains(range.startContainer);
  const endInside = root.contains(range.endContainer);
  const start = startInside ? pointToOffset(root, range.startContainer, range.startOffset, text.length) : 0;
  const end = endInside ? pointToOffset(root, range.endContainer, range.endOffset, text.length) : text.length;
  if (end <= start) return null;
  const trimmed = trimSpan(text, start, end);
  return trimmed.end > trimmed.start ? trimmed : null;
}
