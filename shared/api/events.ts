/**
 * Push events from core to every connected UI. Kept free of zod so that the
 * sandboxed preload can import the names.
 */
import type { ImportJobProgress, ProjectInfo } from './types';

/** What a change can touch, declared once: core names these, the renderer's queries depend on them. */
export const changeTopics = ['project', 'sources', 'annotations', 'labels', 'trash', 'entities', 'claims', 'events', 'timelines', 'eventTypes', 'memos', 'savedSearches', 'exchange', 'backups'] as const;
export type ChangeTopic = (typeof changeTopics)[number];

export interface DossierEvents {
  /** Something in the open project changed; views reload what they show. */
  'project.changed': {
    topics: ChangeTopic[];
  };
  /** The open project was closed or another was opened. */
  'project.switched': { project: ProjectInfo | null };
  /** A batch import moved: a file started or finished, or the job ended. */
  'import.progress': ImportJobProgress;
}
export type EventName = keyof DossierEvents;
export const eventNames: EventName[] = ['project.changed', 'project.switched', 'import.progress'];
