import type { ClaimRow, Entity, EntityPage, EntitySummary, MentionInContext } from '../../../shared/api/types';
import type { NavigationApi } from '../../../renderer/app/Navigation';

export function summary(id: string, name: string, extra: Partial<EntitySummary> = {}): EntitySummary {
  return {
    id,
    kind: 'person',
    name,
    description: '',
    dateEdtf: '',
    aliases: [],
    mentionCount: 0,
    claimCount: 0,
    conflictCount: 0,
    updatedAt: '2026-03-30T10:00:00Z',
    ...extra,
  };
}

export function entity(id: string, name: string, extra: Partial<Entity> = {}): Entity {
  return {
    ...summary(id, name),
    notes: '',
    aliasRows: [],
    createdAt: '2026-03-30T10:00:00Z',
    createdBy: 'ana',
    ...extra,
  };
}

export function mention(sourceId: string, sourceTitle: string, start: number, match = 'Vorontsov'): MentionInContext {
  return { sourceId, sourceTitle, start, end: start + match.length, before: 'said that Mr ', match, after: ' would attend the talks' };
}

export function claimRow(id: string, statement: string, extra: Partial<ClaimRow> = {}): ClaimRow {
  return {
    id,
    statement,
    asserterEntityId: null,
    asserterName: 'senior official, unnamed',
    dateEdtf: '',
    status: 'unverified',
    reliability: 'B',
    credibility: 2,
    grade: 'B2',
    entities: [],
    citationCount: 1,
    sourceTitles: ['Herald'],
    missingEvidence: false,
    createdAt: '2026-03-30T10:00:00Z',
    updatedAt: '2026-03-30T10:00:00Z',
    createdBy: 'ana',
    ...extra,
  };
}

export function page(e: Entity, extra: Partial<EntityPage> = {}): EntityPage {
  return { entity: e, mentions: [], mentionTotal: 0, claimsBy: [], claimsAbout: [], cooccurring: [], ...extra };
}

/** The navigation the entity views use, recording where they send the person. */
export function fakeNavigation(overrides: Partial<NavigationApi> = {}) {
  const opened: { sourceId: string; reveal?: { start: number; end: number; annotationId?: string } }[] = [];
  const went: string[] = [];
  const nav = {
    view: 'entities',
    go: (view: string) => went.push(view),
    selectedSourceId: null,
    selectSource: () => {},
    openSource: (sourceId: string, reveal?: { start: number; end: number; annotationId?: string }) => opened.push({ sourceId, reveal }),
    reveal: null,
    focusRequest: null,
    focusDone: () => {},
    focusSearch: () => {},
    ...overrides,
  } as Partial<NavigationApi> as NavigationApi;
  return { nav, opened, went };
}
