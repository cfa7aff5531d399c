import type { MethodInput } from '../../shared/api/contract';
import type { Entity } from '../../shared/api/types';
import { entitiesStrings as s } from './entitiesStrings';

/** The fields of entities.update, without the id. */
export type EntityPatch = Omit<MethodInput<'entities.update'>, 'id'>;

const FIELDS = ['kind', 'name', 'description', 'dateEdtf', 'notes'] as const;
type Field = (typeof FIELDS)[number];

export interface EntityEdit {
  /** What the patch changes, with the values it had: the patch that undoes it. */
  before: EntityPatch;
  fields: Field[];
  /** The notice once saved, and the words for “Undone: …”. */
  message: string;
  description: string;
}

/** What applying `patch` to the entity as shown changes; null when it changes nothing (no notice, no undo). */
export function entityEdit(entity: Entity, patch: EntityPatch): EntityEdit | null {
  const fields = FIELDS.filter((f) => patch[f] !== undefined && patch[f] !== entity[f]);
  if (fields.length === 0) return null;
  const before: EntityPatch = {};
  for (const f of fields) Object.assign(before, { [f]: entity[f] });
  const name = patch.name ?? entity.name;
  const only = fields.length === 1 ? fields[0] : undefined;
  if (only === 'name') return { before, fields, message: s.renamed(entity.name, name), description: s.undoRename(entity.name, name) };
  if (only) return { before, fields, message: s.fieldSaved(s.fieldNames[only], name), description: s.undoField(s.fieldNames[only], name) };
  return { before, fields, message: s.edited(name), description: s.undoEdit(name) };
}
