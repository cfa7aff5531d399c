/** A run of the source text covered by the same set of highlights. */
export interface Segment {
  start: number;
  end: number;
  /** Covering highlights in order of their start (then id order); empty for plain text. */
  ids: string[];
}

export interface Span {
  id: string;
  start: number;
  end: number;
}

/**
 * Cuts the text at every highlight boundary, in one sweep over sorted
 * boundaries, so overlapping highlights each stay visible: every segment knows
 * all the highlights that cover it. Segments cover the whole text, in order.
 * Spans outside the text are clipped; empty ones are ignored.
 */
export function buildSegments(textLength: number, spans: readonly Span[]): Segment[] {
  const valid: Span[] = [];
  for (const span of spans) {
    const start = Math.max(0, Math.min(textLength, span.start));
    const end = Math.max(0, Math.min(textLength, span.end));
    if (end > start) valid.push({ id: span.id, start, end });
  }
  if (textLength === 0) return [];
  if (valid.length === 0) return [{ start: 0, end: textLength, ids: [] }];

  const byStart = [...valid].sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byEnd = [...valid].sort((a, b) => a.end - b.end);

  const boundaries = new Set<number>([0, textLength]);
  for (const span of valid) {
    boundaries.add(span.start);
    boundaries.add(span.end);
  }
  const points = Array.from(boundaries).sort((a, b) => a - b);

  const segments: Segment[] = [];
  // Insertion order of a Set is kept, so the active set stays in start order.
  const active = new Set<Span>();
  let nextStart = 0;
  let nextEnd = 0;
  for (let i = 0; i < points.length - 1; i += 1) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    while (nextEnd < byEnd.length && (byEnd[nextEnd] as Span).end <= from) {
      active.delete(byEnd[nextEnd] as Span);
      nextEnd += 1;
    }
    while (nextStart < byStart.length && (byStart[nextStart] as Span).start <= from) {
      const span = byStart[nextStart] as Span;
      if (span.end > from) active.add(span);
      nextStart += 1;
    }
    const ids: string[] = [];
    for (const span of active) ids.push(span.id);
    segments.push({ start: from, end: to, ids });
  }
  return segments;
}
