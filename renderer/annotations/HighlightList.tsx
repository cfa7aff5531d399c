import { memo, useEffect, useRef } from 'react';
import type { Annotation, Label } from '../../shared/api/types';
import { LabelChip } from '../labels/LabelChip';
import { annotationsStrings as s } from './annotationsStrings';
import { excerpt } from './excerpt';

interface Props {
  /** In text order. */
  annotations: readonly Annotation[];
  labelsById: ReadonlyMap<string, Label>;
  selectedId: string | null;
  onSelect: (annotationId: string) => void;
  onEdit: (annotationId: string) => void;
  onDelete: (annotationId: string) => void;
}

/** The source's highlights beside the text; the chosen one shows its actions. */
export const HighlightList = memo(function HighlightList({ annotations, labelsById, selectedId, onSelect, onEdit, onDelete }: Props) {
  const listRef = useRef<HTMLOListElement>(null);

  // When a highlight is chosen in the text, bring its entry into view.
  useEffect(() => {
    if (!selectedId) return;
    const item = listRef.current?.querySelector<HTMLElement>(`[data-annotation-id="${selectedId.replace(/["\\]/g, '')}"]`);
    item?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedId]);

  if (annotations.length === 0) return <p className="muted highlight-list-empty">{s.listEmpty}</p>;

  return (
    <ol className="highlight-list" ref={listRef} aria-label={s.listTitle}>
      {annotations.map((a) => {
        const selected = a.id === selectedId;
        const labels = a.labelIds.map((id) => labelsById.get(id)).filter((l): l is Label => l !== undefined);
        return (
          <li key={a.id} data-annotation-id={a.id} className={`highlight-item${selected ? ' selected' : ''}`}>
            <button type="button" className="highlight-quote" aria-current={selected ? 'true' : undefined} onClick={() => onSelect(a.id)}>
              <span
                className="highlight-bar"
                aria-hidden="true"
                style={labels[0] ? { background: labels[0].color } : undefined}
              />
              <q>{excerpt(a.exact, 160)}</q>
            </button>
            {a.note && <p className="highlight-note">{selected ? a.note : excerpt(a.note, 200)}</p>}
            {labels.length > 0 && (
              <div className="chip-row">
                {labels.map((label) => (
                  <LabelChip key={label.id} label={label} />
                ))}
              </div>
            )}
            {selected && (
              <div className="highlight-actions">
                <button type="button" className="small" onClick={() => onEdit(a.id)}>
                  {s.edit}
                </button>
                <button type="button" className="small danger-quiet" onClick={() => onDelete(a.id)}>
                  {s.delete}
                </button>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
});
