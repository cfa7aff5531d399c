import { useRef, useState } from 'react';
import type { EntityKind, EntitySummary } from '../../shared/api/types';
import { EntityPicker } from '../claims/EntityPicker';
import { SuggestedEntities } from '../claims/SuggestedEntities';
import { annotationsStrings as s } from './annotationsStrings';
import { EntityTag } from './EntityTag';

type Known = Pick<EntitySummary, 'id' | 'name' | 'kind'>;

interface Props {
  value: readonly string[];
  onChange: (entityIds: string[]) => void;
  entitiesById: ReadonlyMap<string, Known>;
  /** Entities named in the passage, offered with one click. */
  suggestedIds: readonly string[];
}

/** The entities a highlight is tagged with: add with the picker (or create one there) or a suggestion, remove with ×. */
export function EntityTagsField({ value, onChange, entitiesById, suggestedIds }: Props) {
  const pickerRef = useRef<HTMLInputElement>(null);
  // Entities made in the picker are tagged before the list of entities has them.
  const [picked, setPicked] = useState<ReadonlyMap<string, Known>>(new Map());
  const known = (id: string): Known | undefined => entitiesById.get(id) ?? picked.get(id);
  const add = (entity: Known) => {
    if (!entitiesById.has(entity.id)) setPicked(new Map(picked).set(entity.id, entity));
    onChange([...value, entity.id]);
  };
  const suggested = suggestedIds.filter((id) => !value.includes(id)).flatMap((id) => known(id) ?? []);

  return (
    <fieldset className="entity-tags">
      <legend>{s.entities}</legend>
      {value.length === 0 ? (
        <p className="muted small-text entity-tags-empty">{s.noEntities}</p>
      ) : (
        <ul className="entity-tag-list" aria-label={s.taggedWith}>
          {value.map((id) => {
            const entity = known(id);
            const name = entity?.name ?? '…';
            return (
              <li key={id}>
                <EntityTag name={name} kind={entity?.kind ?? ('other' satisfies EntityKind)} />
                <button
                  type="button"
                  className="icon-button"
                  aria-label={s.removeEntity(name)}
                  title={s.removeEntity(name)}
                  onClick={() => {
                    onChange(value.filter((x) => x !== id));
                    pickerRef.current?.focus();
                  }}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <EntityPicker
        label={s.addEntity}
        hideLabel
        placeholder={s.addEntityPlaceholder}
        allowCreate
        inputRef={pickerRef}
        excludeIds={value}
        onPick={(choice) => {
          if (choice.type === 'entity') add(choice.entity);
        }}
      />
      <SuggestedEntities label={s.inPassage} entities={suggested} addLabel={s.addSuggested} onAdd={add} />
    </fieldset>
  );
}
