import { SEGMENT_START_ATTRIBUTE } from './selectionToOffsets';

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

/**
 * Briefly marks any span of the text (a search hit need not be a highlight),
 * with the CSS Custom Highlight API so the text is not re-rendered.
 */
export function flashSpan(root: HTMLElement, start: number, end: number): void {
  const range = rangeForSpan(root, start, end);
  const registry = (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const HighlightCtor = (globalThis as unknown as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (!range || !registry || !HighlightCtor) return;
  registry.set(FLASH_HIGHLIGHT, new HighlightCtor(range));
  setTimeout(() => registry.delete(FLASH_HIGHLIGHT), FLASH_MS);
}
