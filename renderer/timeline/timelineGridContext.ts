import type { EventType, Timeline } from '../../shared/api/timelineTypes';

export type SectionMode = 'none' | 'type' | 'year';

/**
 * What the grid's columns and editors read besides the row tuples: names of
 * types, entities and timelines, and the actions a cell can start. Passed as
 * AG Grid's context, so column definitions stay static.
 */
export interface TimelineGridContext {
  types: readonly EventType[];
  typeById: ReadonlyMap<string, EventType>;
  timelines: readonly Timeline[];
  timelineName: (id: string) => string;
  entityName: (id: string) => string;
  sections: SectionMode;
  /** Opens the evidence of an event (its list, the pickers, the reader links). */
  openEvidence: (eventId: string) => void;
}
