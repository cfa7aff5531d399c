import { memo, useEffect, useRef, useState } from 'react';
import type { Annotation, EntitySummary, Label } from '../../shared/api/types';
import { LabelChip } from '../labels/LabelChip';
import { annotationsStrings as s } from './annotationsStrings';
import { EntityTag } from './EntityTag';
import { excerpt } from './excerpt';
import { pageAt } from '../../shared/sources/pdfText';

interface Props {
  /** In text order. */
  annotations: readonly Annotation[];
  labelsById: ReadonlyMap<string, Label>;
  entitiesById: ReadonlyMap<string, EntitySummary>;
  selectedId: string | null;
  onSelect: (annotationId: string) => void;
  onEdit: (annotationId: string) => void;
  onDelete: (annotationId: string) => void;
  onMakeClaim: (annotationId: string) => void;
  onCite: (annotationId: string) => void;
  onAddToTimeline: (annotationId: string) => void;
  /** A PDF's page starts: each entry says its page. */
  pageStarts?: readonly number[];
}

/** The source's highlights beside the text; the chosen one shows its actions. */
/** Entries drawn with the text; the rest follow in batches right after, so a long list never delays the reader. */
const FIRST_BATCH = 60;
const NEXT_BATCH = 400;

export const HighlightList = memo(function HighlightList({
  annotations,
  labelsById,
  entitiesById,
  selectedId,
  onSelect,
  onEdit,
  onDelete,
  onMakeClaim,
  onCite,
  onAddToTimeline,
  pageStarts,
}: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  const [shown, setShown] = useState(FIRST_BATCH);

  useEffect(() => {
    if (shown >= annotations.length) return;
    const timer = setTimeout(() => setShown((n) => n + NEXT_BATCH), 30);
    return () => clearTimeout(timer);
  }, [shown, annotations.length]);

  // When a highlight is chosen in the text, bring its entry into view.
  useEffect(() => {
    if (!selectedId) return;
    const item = listRef.current?.querySelector<HTMLElement>(`[data-annotation-id="${selectedId.replace(/["\\]/g, '')}"]`);
    item?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedId]);

  if (annotations.length === 0) return <p className="muted highlight-list-empty">{s.listEmpty}</p>;

  // A highlight chosen in the text is always in the list, even before its batch is drawn.
  const selectedIndex = selectedId ? annotations.findIndex((a) => a.id === selectedId) : -1;
  const visible = annotations.slice(0, Math.max(shown, selectedIndex + 1));

  return (
    <ol className="highlight-list" ref={listRef} aria-label={s.listTitle}>
      {visible.map((a) => (
        <HighlightItem
          key={a.id}
          annotation={a}
          labelsById={labelsById}
          entitiesById={entitiesById}
          selected={a.id === selectedId}
          onSelect={onSelect}
          onEdit={onEdit}
          onDelete={onDelete}
          onMakeClaim={onMakeClaim}
          onCite={onCite}
          onAddToTimeline={onAddToTimeline}
          page={pageStarts && pageStarts.length > 1 ? pageAt(pageStarts, a.start) : undefined}
        />
      ))}
    </ol>
  );
});

interface ItemProps {
  annotation: Annotation;
  labelsById: ReadonlyMap<string, Label>;
  entitiesById: ReadonlyMap<string, EntitySummary>;
  selected: boolean;
  onSelect: (annotationId: string) => void;
  onEdit: (annotationId: string) => void;
  onDelete: (annotationId: string) => void;
  onMakeClaim: (annotationId: string) => void;
  onCite: (annotationId: string) => void;
  onAddToTimeline: (annotationId: string) => void;
  page?: number;
}

/** One entry; memoized so choosing a highlight redraws two entries, not thousands. */
const HighlightItem = memo(function HighlightItem({
  annotation: a,
  labelsById,
  entitiesById,
  selected,
  onSelect,
  onEdit,
  onDelete,
  onMakeClaim,
  onCite,
  onAddToTimeline,
  page,
}: ItemProps) {
  const labels = a.labelIds.map((id) => labelsById.get(id)).filter((l): l is Label => l !== undefined);
  const entities = a.entityIds.map((id) => entitiesById.get(id)).filter((e): e is EntitySummary => e !== undefined);
  return (
    <li data-annotation-id={a.id} className={`highlight-item${selected ? ' selected' : ''}`}>
      <button type="button" className="highlight-quote" aria-current={selected ? 'true' : undefined} onClick={() => onSelect(a.id)}>
        <span className="highlight-bar" aria-hidden="true" style={labels[0] ? { background: labels[0].color } : undefined} />
        <q>{excerpt(a.exact, 160)}</q>
        {page !== undefined && <span className="highlight-page muted">{s.page(page)}</span>}
      </button>
      {a.note && <p className="highlight-note">{selected ? a.note : excerpt(a.note, 200)}</p>}
      {labels.length > 0 && (
        <div className="chip-row">
          {labels.map((label) => (
            <LabelChip key={label.id} label={label} />
          ))}
        </div>
      )}
      {entities.length > 0 && (
        <ul className="entity-tag-row" aria-label={s.taggedWith}>
          {entities.map((entity) => (
            <li key={entity.id}>
              <EntityTag name={entity.name} kind={entity.kind} />
            </li>
          ))}
        </ul>
      )}
      {selected && (
        <div className="highlight-actions">
          <button type="button" className="small" onClick={() => onEdit(a.id)}>
            {s.edit}
          </button>
          <button type="button" className="small" title={s.makeClaimHint} onClick={() => onMakeClaim(a.id)}>
            {s.makeClaim}
          </button>
          <button type="button" className="small" title={s.citeInClaimHint} onClick={() => onCite(a.id)}>
            {s.citeInClaim}
          </button>
          <button type="button" className="small" title={s.addToTimelineHint} onClick={() => onAddToTimeline(a.id)}>
            {s.addToTimeline}
          </button>
          <button type="button" className="small danger-quiet" onClick={() => onDelete(a.id)}>
            {s.delete}
          </button>
        </div>
      )}
    </li>
  );
});
