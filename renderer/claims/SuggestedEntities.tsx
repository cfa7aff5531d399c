import type { EntityKind } from '../../shared/api/types';

export interface SuggestedEntity {
  id: string;
  name: string;
  kind: EntityKind;
}

interface Props {
  /** What the suggestions are, e.g. "Named in the passage:". */
  label: string;
  entities: readonly SuggestedEntity[];
  /** Accessible name of each button, e.g. "Add Dravik". */
  addLabel: (name: string) => string;
  onAdd: (entity: SuggestedEntity) => void;
}

/** One-click additions (the entities named in a passage); nothing is shown when there are none. */
export function SuggestedEntities({ label, entities, addLabel, onAdd }: Props) {
  if (entities.length === 0) return null;
  return (
    <div className="suggested-entities" role="group" aria-label={label}>
      <span className="muted small-text">{label}</span>
      {entities.map((entity) => (
        <button
          key={entity.id}
          type="button"
          className={`small quiet suggested-entity entity-kind-${entity.kind}`}
          aria-label={addLabel(entity.name)}
          title={addLabel(entity.name)}
          onClick={() => onAdd(entity)}
        >
          <span aria-hidden="true">+ </span>
          <span dir="auto">{entity.name}</span>
        </button>
      ))}
    </div>
  );
}
