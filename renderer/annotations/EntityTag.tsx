import type { EntityKind } from '../../shared/api/types';
import { entitiesStrings } from '../entities/entitiesStrings';

/** An entity a highlight is tagged with: its name, marked in its kind's colour. */
export function EntityTag({ name, kind }: { name: string; kind: EntityKind }) {
  return (
    <span className={`entity-tag entity-kind-${kind}`} title={entitiesStrings.kinds[kind]} dir="auto">
      {name}
    </span>
  );
}
