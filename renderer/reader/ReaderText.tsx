import { memo, useLayoutEffect, useMemo, type CSSProperties, type MouseEvent, type RefObject } from 'react';
import type { Annotation, Label } from '../../shared/api/types';
import { buildSegments } from './buildSegments';
import { assignLanes, MAX_LANES } from './highlightLanes';
import { readerStrings as s } from './readerStrings';

interface Props {
  sourceId: string;
  text: string;
  annotations: readonly Annotation[];
  labelsById: ReadonlyMap<string, Label>;
  /** Called with the highlights under a click, innermost first. */
  onHighlightClick: (annotationIds: string[]) => void;
  rootRef: RefObject<HTMLDivElement | null>;
}

/** Above this many covering highlights the tint no longer gets stronger. */
const MAX_DEPTH = 3;
const SAFE_ID = /^[A-Za-z0-9_-]+$/;
const SAFE_COLOR = /^#[0-9a-fA-F]{6}$/;
const LANES = Array.from({ length: MAX_LANES }, (_, n) => n);

/**
 * The source text with its highlights. Rendered once per text/highlight
 * change (selection and the side list never re-render it): one element per
 * segment carrying its start offset, highlights as <mark> with the ids of all
 * covering highlights, and one click handler on the container.
 */
export const ReaderText = memo(function ReaderText({ sourceId, text, annotations, labelsById, onHighlightClick, rootRef }: Props) {
  const segments = useMemo(() => buildSegments(text.length, annotations), [text, annotations]);

  // A highlight's colour is its first label's; the tint of a segment is its innermost highlight's.
  const labelById = useMemo(() => {
    const map = new Map<string, Label | undefined>();
    for (const a of annotations) {
      map.set(a.id, a.labelIds.map((id) => labelsById.get(id)).find((l) => l !== undefined));
    }
    return map;
  }, [annotations, labelsById]);
  // Each highlight keeps its own stripe height, so overlapping ones all stay visible.
  const stripeById = useMemo(() => {
    const lanes = assignLanes(annotations);
    const map = new Map<string, { lane: number; className: string }>();
    for (const a of annotations) {
      const lane = lanes.get(a.id) ?? 0;
      const label = labelById.get(a.id);
      const safe = label && SAFE_ID.test(label.id) && SAFE_COLOR.test(label.color);
      map.set(a.id, { lane, className: ` l${lane}-${safe ? label.id : 'x'}` });
    }
    return map;
  }, [annotations, labelById]);
  // A few CSS rules per label instead of an inline style on each of thousands of marks.
  const labelCss = useMemo(
    () =>
      Array.from(labelsById.values())
        .filter((l) => SAFE_ID.test(l.id) && SAFE_COLOR.test(l.color))
        .map((l) => `.reader-text .lc-${l.id}{--hl:${l.color}}${LANES.map((n) => `.reader-text .l${n}-${l.id}{--l${n}:${l.color}}`).join('')}`)
        .join('\n'),
    [labelsById],
  );
  const lengthById = useMemo(() => new Map(annotations.map((a) => [a.id, a.end - a.start])), [annotations]);

  // The reader benchmark waits for this mark: text and highlights are in the DOM.
  // It fires after every new set of segments.
  useLayoutEffect(() => {
    performance.mark('dossier:reader-ready', {
      detail: { sourceId, highlights: annotations.length, segments: segments.length },
    });
  }, [sourceId, segments, annotations.length]);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    // A click that ends a drag-selection is for highlighting, not for choosing a highlight.
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    const mark = (event.target as Element).closest?.('[data-annotation-ids]');
    if (!mark) return;
    const ids = (mark.getAttribute('data-annotation-ids') ?? '').split(' ').filter(Boolean);
    ids.sort((a, b) => (lengthById.get(a) ?? 0) - (lengthById.get(b) ?? 0));
    onHighlightClick(ids);
  };

  const children = segments.map((segment) => {
    const content = text.slice(segment.start, segment.end);
    if (segment.ids.length === 0) {
      return (
        <span key={segment.start} data-start={segment.start}>
          {content}
        </span>
      );
    }
    let innermost = segment.ids[0] as string;
    let stripes = 0;
    let classes = '';
    for (const id of segment.ids) {
      if ((lengthById.get(id) ?? 0) < (lengthById.get(innermost) ?? 0)) innermost = id;
      const stripe = stripeById.get(id);
      if (!stripe) continue;
      classes += stripe.className;
      if (stripe.lane + 1 > stripes) stripes = stripe.lane + 1;
    }
    const label = labelById.get(innermost);
    const depth = Math.min(MAX_DEPTH, segment.ids.length);
    const byClass = label && SAFE_ID.test(label.id) && SAFE_COLOR.test(label.color);
    return (
      <mark
        key={segment.start}
        data-start={segment.start}
        data-annotation-ids={segment.ids.join(' ')}
        className={`hl hl-d${depth} hl-s${stripes}${byClass ? ` lc-${label.id}` : ''}${classes}`}
        style={label && !byClass ? ({ '--hl': label.color } as CSSProperties) : undefined}
      >
        {content}
      </mark>
    );
  });

  return (
    <>
      {labelCss && <style>{labelCss}</style>}
      <div
      ref={rootRef}
      className="reader-text"
      data-testid="reader-text"
      role="document"
      aria-label={s.textLabel}
      tabIndex={0}
      onClick={onClick}
    >
      {text.length === 0 ? <p className="muted">{s.emptyText}</p> : children}
      </div>
    </>
  );
});
