import type { KeyboardEvent } from 'react';
import type { EntitySummary } from '../../shared/api/types';
import { foldName } from '../../shared/entities/foldName';
import { entitiesStrings } from '../entities/entitiesStrings';
import type { MentionCardTarget } from './useMentionCard';
import { readerStrings as s } from './readerStrings';

const CARD_WIDTH = 320;
/** Below this much room above the name, the card opens under it. */
const ROOM_ABOVE = 150;

interface Props {
  target: MentionCardTarget;
  text: string;
  entitiesById: ReadonlyMap<string, EntitySummary>;
  onOpenEntity: (entityId: string) => void;
  /** The pointer entered or left the card: it stays while the pointer is on it. */
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  /** Esc on the card: close it and go back to the text. */
  onDismiss: () => void;
}

/**
 * What a marked name stands for: each entity using it (a name two entities
 * share shows both), its kind and role, and the way to its page. Placed in
 * the page right after the text, so Tab from the text reaches its links.
 */
export function MentionCard({ target, text, entitiesById, onOpenEntity, onPointerEnter, onPointerLeave, onDismiss }: Props) {
  const entities = target.span.entityIds.map((id) => entitiesById.get(id)).filter((e): e is EntitySummary => e !== undefined);
  if (entities.length === 0) return null;
  const here = text.slice(target.span.start, target.span.end);
  const { anchor } = target;
  const left = Math.max(8, anchor.paneLeft + 8, Math.min(anchor.paneRight - CARD_WIDTH - 8, window.innerWidth - CARD_WIDTH - 8, anchor.left - 12));
  const above = anchor.top > ROOM_ABOVE;
  const style = above ? { left, bottom: window.innerHeight - anchor.top + 6 } : { left, top: anchor.bottom + 6 };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onDismiss();
  };

  return (
    <div
      className={`mention-card${above ? ' above' : ''}`}
      role="group"
      aria-label={s.mentions.cardLabel(entities.map((e) => e.name).join(', '))}
      style={style}
      onMouseEnter={onPointerEnter}
      onMouseLeave={onPointerLeave}
      onKeyDown={onKeyDown}
    >
      {entities.length > 1 && <p className="mention-card-shared">{s.mentions.shared(entities.length)}</p>}
      {entities.map((entity) => (
        <section key={entity.id} className="mention-card-entity">
          <div className="mention-card-head">
            <strong className="mention-card-name" dir="auto">
              {entity.name}
            </strong>
            <span className={`kind-badge entity-kind-${entity.kind}`}>{entitiesStrings.kinds[entity.kind]}</span>
          </div>
          {entity.description && (
            <p className="mention-card-description" dir="auto">
              {entity.description}
            </p>
          )}
          {foldName(here) !== foldName(entity.name) && (
            <p className="mention-card-here muted" dir="auto">
              {s.mentions.here(here)}
            </p>
          )}
          <button type="button" className="link-button" aria-label={s.mentions.openPageOf(entity.name)} onClick={() => onOpenEntity(entity.id)}>
            {s.mentions.openPage}
          </button>
        </section>
      ))}
    </div>
  );
}
