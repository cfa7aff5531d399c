import { pointToOffset, SEGMENT_START_ATTRIBUTE } from './selectionToOffsets';

const FLASH_MS = 1800;
const FLASH_HIGHLIGHT = 'dossier-flash';

/** The segment element that holds a text offset: a binary search over the ordered segments. */
export function findSegmentAt(root: HTMLElement, offset: number): HTMLElement | null {
  const children = root.children;
  let low = 0;
  let high = children.length - 1;
  let found: HTMLElement | null = null;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const child = children[mid] as HTMLElement;
    const start = Number(child.getAttribute(SEGMENT_START_ATTRIBUTE));
    if (start <= offset) {
      found = child;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/** A DOM range over [start, end) of the text, for measuring and flashing. */
export function rangeForSpan(root: HTMLElement, start: number, end: number): Range | null {
  const first = findSegmentAt(root, start);
  const last = findSegmentAt(root, Math.max(start, end - 1));
  const firstText = first?.firstChild;
  const lastText = last?.firstChild;
  if (!first || !last || !(firstText instanceof Text) || !(lastText instanceof Text)) return null;
  const range = document.createRange();
  range.setStart(firstText, Math.min(firstText.length, start - Number(first.getAttribute(SEGMENT_START_ATTRIBUTE))));
  range.setEnd(lastText, Math.min(lastText.length, end - Number(last.getAttribute(SEGMENT_START_ATTRIBUTE))));
  return range;
}

function scrollContainerOf(root: HTMLElement): HTMLElement {
  return root.closest<HTMLElement>('.reader-scroll') ?? root;
}

/** Scrolls so that the span sits a third of the way down the reader. */
export function scrollToSpan(root: HTMLElement, start: number, end: number): void {
  const range = rangeForSpan(root, start, end);
  const container = scrollContainerOf(root);
  const rect = typeof range?.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : null;
  if (rect && (rect.top !== 0 || rect.height !== 0)) {
    const box = container.getBoundingClientRect();
    container.scrollTo({ top: container.scrollTop + rect.top - box.top - container.clientHeight / 3, behavior: 'smooth' });
    return;
  }
  findSegmentAt(root, start)?.scrollIntoView?.({ block: 'center' });
}

/**
 * Scrolls the reader just enough to show a span with some room around it (keyboard
 * moves: no jump to the middle, no smooth scrolling lagging behind key repeat).
 */
export function scrollSpanIntoView(root: HTMLElement, start: number, end: number, margin = 48): void {
  const range = rangeForSpan(root, start, end);
  const rects = range && typeof range.getClientRects === 'function' ? Array.from(range.getClientRects()) : [];
  const first = rects[0];
  const last = rects.at(-1);
  if (!first || !last) return;
  const container = scrollContainerOf(root);
  const box = container.getBoundingClientRect();
  const room = Math.min(margin, box.height / 4);
  if (last.bottom - first.top > box.height - 2 * room || first.top < box.top + room) {
    container.scrollTop += first.top - box.top - room;
  } else if (last.bottom > box.bottom - room) {
    container.scrollTop += last.bottom - (box.bottom - room);
  }
}

/** True when some of the span is on screen in the reader. */
export function isSpanInView(root: HTMLElement, start: number, end: number): boolean {
  const box = scrollContainerOf(root).getBoundingClientRect();
  // Not laid out (hidden, or a test without layout): there is no view to be out of.
  if (box.height === 0) return true;
  const range = rangeForSpan(root, start, end);
  const rect = range && typeof range.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : null;
  if (!rect || (rect.width === 0 && rect.height === 0)) return false;
  return rect.bottom > box.top && rect.top < box.bottom;
}

/** The text offset at a point on screen (a click, the top of the view), or null. */
export function offsetAtPoint(root: HTMLElement, x: number, y: number, textLength: number): number | null {
  const doc = root.ownerDocument as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position && root.contains(position.offsetNode)) return pointToOffset(root, position.offsetNode, position.offset, textLength);
  const range = doc.caretRangeFromPoint?.(x, y);
  if (range && root.contains(range.startContainer)) return pointToOffset(root, range.startContainer, range.startOffset, textLength);
  return null;
}

/** The offset of the text at the top of the reader's view. */
export function firstVisibleOffset(root: HTMLElement, textLength: number): number {
  const box = scrollContainerOf(root).getBoundingClientRect();
  const rootBox = root.getBoundingClientRect();
  return offsetAtPoint(root, rootBox.left + 2, Math.max(box.top, rootBox.top) + 12, textLength) ?? 0;
}

/** The elements that draw one highlight. */
export function elementsOfAnnotation(root: HTMLElement, annotationId: string): HTMLElement[] {
  if (/^[A-Za-z0-9_-]+$/.test(annotationId)) {
    return Array.from(root.querySelectorAll<HTMLElement>(`[data-annotation-ids~="${annotationId}"]`));
  }
  return Array.from(root.querySelectorAll<HTMLElement>('[data-annotation-ids]')).filter((el) =>
    (el.getAttribute('data-annotation-ids') ?? '').split(' ').includes(annotationId),
  );
}

/** Adds a class to one highlight's elements and returns them, so the caller can take it off again. */
export function markAnnotation(root: HTMLElement, annotationId: string, className: string): HTMLElement[] {
  const elements = elementsOfAnnotation(root, annotationId);
  for (const el of elements) el.classList.add(className);
  return elements;
}

/** Briefly marks the elements of one highlight. */
export function flashAnnotation(root: HTMLElement, annotationId: string): void {
  const elements = elementsOfAnnotation(root, annotationId);
  for (const el of elements) el.classList.remove('flash');
  // Restart the animation when the same highlight is flashed twice in a row.
  requestAnimationFrame(() => {
    for (const el of elements) el.classList.add('flash');
    setTimeout(() => elements.forEach((el) => el.classList.remove('flash')), FLASH_MS);
  });
}

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

/** The CSS Custom Highlight API, where the browser has it. */
export function highlightApi(): { registry: HighlightRegistry; Highlight: new (...ranges: Range[]) => unknown } | null {
  const registry = (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const Highlight = (globalThis as unknown as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  return registry && Highlight ? { registry, Highlight } : null;
}

/** Paints (or, with null, removes) a named CSS custom highlight over a span: no re-rendering of the text. */
export function paintSpan(name: string, root: HTMLElement, span: { start: number; end: number } | null): void {
  const api = highlightApi();
  if (!api) return;
  const range = span ? rangeForSpan(root, span.start, span.end) : null;
  if (range) api.registry.set(name, new api.Highlight(range));
  else api.registry.delete(name);
}

/**
 * Briefly marks any span of the text (a search hit need not be a highlight),
 * with the CSS Custom Highlight API so the text is not re-rendered.
 */
export function flashSpan(root: HTMLElement, start: number, end: number): void {
  const api = highlightApi();
  const range = rangeForSpan(root, start, end);
  if (!range || !api) return;
  api.registry.set(FLASH_HIGHLIGHT, new api.Highlight(range));
  setTimeout(() => api.registry.delete(FLASH_HIGHLIGHT), FLASH_MS);
}
