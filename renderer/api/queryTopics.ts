import type { MethodName } from '../../shared/api/contract';
import { allTopics, type Topic } from './QueryCache';

/**
 * What each read call depends on: when core reports (or we make) a change to
 * one of these topics, the query is fetched again. Listed once so every view
 * reading the same call agrees.
 */
export const queryTopics: Partial<Record<MethodName, readonly Topic[]>> = {
  'app.info': ['project'],
  'projects.list': ['project'],
  'projects.recent': ['project'],
  'projects.current': allTopics,
  'sources.list': ['sources', 'annotations'],
  'sources.get': ['sources'],
  'annotations.list': ['annotations', 'labels'],
  'annotations.byLabel': ['annotations', 'labels', 'sources'],
  'labels.list': ['labels', 'annotations'],
  'trash.list': ['trash'],
  'search.query': ['sources', 'annotations', 'labels', 'claims', 'entities', 'events', 'memos'],
  'search.saved.list': ['savedSearches'],
  // Mention counts follow the sources (imported, deleted); claim counts the claims.
  'entities.list': ['entities', 'claims', 'sources'],
  'entities.get': ['entities', 'claims', 'sources', 'annotations'],
  'entities.suggest': ['entities', 'sources'],
  'mentions.forSource': ['entities'],
  // A claim row shows entity names, source titles and whether a cited passage is in the Trash.
  'claims.list': ['claims', 'entities', 'annotations', 'sources', 'trash'],
  'claims.get': ['claims', 'entities', 'annotations', 'sources', 'trash'],
  // Counts per timeline follow its events; an event's evidence shows claims, passages and sources.
  'timelines.list': ['timelines', 'events'],
  'eventTypes.list': ['eventTypes'],
  'events.get': ['events', 'claims', 'annotations', 'sources', 'trash'],
  'events.suggestDates': ['annotations', 'claims', 'sources'],
  // Memos: the list and templates follow the memos; citations and live blocks what they show.
  'memos.list': ['memos'],
  'templates.list': ['memos'],
  'memos.versions.list': ['memos'],
  'memos.citations': ['claims', 'annotations', 'sources', 'trash'],
  // Team exchange: conflicts and the merge history change only with merges and resolutions.
  'exchange.conflicts': ['exchange'],
  'exchange.history': ['exchange'],
  'backups.list': ['backups'],
  'memos.liveBlock': ['claims', 'entities', 'events', 'timelines', 'eventTypes', 'annotations', 'sources', 'trash'],
};

export function topicsFor(method: MethodName): readonly Topic[] {
  return queryTopics[method] ?? allTopics;
}
