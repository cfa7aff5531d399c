import type { EntityKind } from '../../shared/api/types';

/** The kinds in the order pickers list them. */
export const entityKinds: readonly EntityKind[] = ['person', 'organization', 'place', 'event', 'other'];

export function isEntityKind(value: string): value is EntityKind {
  return (entityKinds as readonly string[]).includes(value);
}
