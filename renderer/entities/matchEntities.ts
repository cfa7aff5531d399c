import type { EntityKind, EntitySummary } from '../../shared/api/types';
import { foldName, sameName } from '../../shared/entities/foldName';

/** Case- and diacritic-insensitive, as matching in the reader is: "voronts" finds "Vorontsov", "zurich" finds "Zürich". */
function folded(text: string): string {
  return foldName(text).replace(/\s+/gu, ' ').trim();
}

/** The first of the entity's names that contains the query, or null: its name first, then its aliases. */
export function matchingName(entity: EntitySummary, query: string): string | null {
  const q = folded(query);
  if (!q) return entity.name;
  if (folded(entity.name).includes(q)) return entity.name;
  return entity.aliases.find((alias) => folded(alias).includes(q)) ?? null;
}

/** The entities of a kind (or all) whose name or an alias contains the query. */
export function filterEntities(entities: readonly EntitySummary[], query: string, kind: EntityKind | 'all'): EntitySummary[] {
  return entities.filter((e) => (kind === 'all' || e.kind === kind) && matchingName(e, query) !== null);
}

/** Other entities that use this name as their name or an alias (the same after folding, as core counts them). */
export function otherUsersOf(name: string, entityId: string, entities: readonly EntitySummary[]): EntitySummary[] {
  return entities.filter((e) => e.id !== entityId && [e.name, ...e.aliases].some((other) => sameName(other, name)));
}
