/**
 * Push events from core to every connected UI. Kept free of zod so that the
 * sandboxed preload can import the names.
 */
import type { ProjectInfo } from './types';

export interface DossierEvents {
  /** Something in the open project changed; views reload what they show. */
  'project.changed': {
    topics: ('project' | 'sources' | 'annotations' | 'labels' | 'trash' | 'entities' | 'claims' | 'events' | 'timelines' | 'eventTypes')[];
  };
  /** The open project was closed or another was opened. */
  'project.switched': { project: ProjectInfo | null };
}
export type EventName = keyof DossierEvents;
export const eventNames: EventName[] = ['project.changed', 'project.switched'];
