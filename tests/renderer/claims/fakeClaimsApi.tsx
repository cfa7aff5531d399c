import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { MethodInput } from '../../../shared/api/contract';
import { DossierError } from '../../../shared/api/errors';
import type { Annotation, Claim, ClaimRow, ClaimTable, EntityKind, EntitySummary, ProjectInfo, SourceSummary } from '../../../shared/api/types';
import { admiraltyGrade } from '../../../shared/grades/admiraltyGrade';
import { ApiProvider } from '../../../renderer/api/ApiContext';
import { QueryProvider } from '../../../renderer/api/QueryContext';
import { NavigationContext, type NavigationApi } from '../../../renderer/app/Navigation';
import { NoticeProvider } from '../../../renderer/ui/Notices';
import { createFakeClient } from '../fakeClient';

const project: ProjectInfo = {
  id: 'p1',
  name: 'Dravik',
  path: '/tmp/Dravik.dossier',
  fileName: 'Dravik.dossier',
  schemaVersion: 20,
  createdAt: '2026-03-01T00:00:00Z',
  counts: { sources: 2, annotations: 3, labels: 0, claims: 0, entities: 0, timelines: 0, memos: 0, trash: 0 },
};

function entity(id: string, kind: EntityKind, name: string, aliases: string[] = []): EntitySummary {
  return { id, kind, name, description: '', dateEdtf: '', aliases, mentionCount: 0, claimCount: 0, conflictCount: 0, updatedAt: '' };
}

function source(id: string, title: string, reliability: SourceSummary['reliability']): SourceSummary {
  return {
    id,
    title,
    outlet: '',
    author: '',
    published: '',
    url: '',
    reliability,
    format: 'paste',
    originalName: '',
    charCount: 100,
    annotationCount: 1,
    createdAt: '',
    updatedAt: '',
    createdBy: 'lee',
  };
}

function passage(id: string, sourceId: string, exact: string, start: number): Annotation {
  return { id, sourceId, start, end: start + exact.length, exact, prefix: '', suffix: '', note: '', labelIds: [], entityIds: [], createdAt: '', updatedAt: '', createdBy: 'lee' };
}

interface StoredClaim {
  id: string;
  statement: string;
  asserterEntityId: string | null;
  asserterText: string;
  entities: { entityId: string; role: 'subject' | 'object' | 'mentioned' }[];
  dateEdtf: string;
  status: ClaimRow['status'];
  reliability: ClaimRow['reliability'];
  credibility: ClaimRow['credibility'];
  notes: string;
  citations: string[];
  deleted: boolean;
  createdAt: string;
}

/**
 * An in-memory stand-in for core's claims, entities, sources and highlights,
 * answering like createWorkbench (including its project.changed events), so
 * that the claims views can be tested through their real API calls.
 */
export function fakeClaimsApi() {
  const entities = [
    entity('e-karvenia', 'place', 'Karvenia'),
    entity('e-dravik', 'place', 'Dravik'),
    entity('e-vorontsov', 'person', 'Gennady Vorontsov', ['Геннадий Воронцов']),
  ];
  const sources = [source('s-herald', 'Meridian Herald', 'B'), source('s-ministry', 'Ministry statement', 'A')];
  const passages = [
    passage('a-twelve', 's-herald', 'up to twelve vessels a week', 10),
    passage('a-eight', 's-ministry', 'no more than eight vessels per week', 20),
    passage('a-removed', 's-herald', 'a passage later deleted', 60),
  ];
  const removed = new Set(['a-removed']);
  const links: { id: string; fromId: string; toId: string; relation: 'supports' | 'contradicts'; deleted: boolean }[] = [];
  const claims: StoredClaim[] = [];
  let next = 1;
  let fake: ReturnType<typeof createFakeClient> | null = null;
  const changed = (...topics: ('claims' | 'entities' | 'trash' | 'annotations')[]) => fake?.emit('project.changed', { topics });

  const toRow = (c: StoredClaim): ClaimRow => {
    const cited = c.citations.map((id) => passages.find((p) => p.id === id) as Annotation);
    const asserter = c.asserterEntityId ? entities.find((e) => e.id === c.asserterEntityId) : undefined;
    return {
      id: c.id,
      statement: c.statement,
      asserterEntityId: c.asserterEntityId,
      asserterName: asserter?.name ?? c.asserterText,
      dateEdtf: c.dateEdtf,
      status: c.status,
      reliability: c.reliability,
      credibility: c.credibility,
      grade: admiraltyGrade(c.reliability, c.credibility),
      entities: c.entities.map((ref) => {
        const e = entities.find((x) => x.id === ref.entityId) as EntitySummary;
        return { entityId: e.id, name: e.name, kind: e.kind, role: ref.role };
      }),
      citationCount: cited.length,
      sourceTitles: [...new Set(cited.filter((p) => !removed.has(p.id)).map((p) => sources.find((s) => s.id === p.sourceId)?.title ?? ''))],
      missingEvidence: cited.some((p) => removed.has(p.id)),
      createdAt: c.createdAt,
      updatedAt: c.createdAt,
      createdBy: 'lee',
    };
  };

  // claims.list's compact form, as core encodes it.
  const toTable = (rows: ClaimRow[], total = rows.length): ClaimTable => {
    const table: ClaimTable = { rows: [], entities: [], sourceTitles: [], total };
    const entityIndex = (id: string): number => {
      const at = table.entities.findIndex((e) => e.id === id);
      if (at >= 0) return at;
      const e = entities.find((x) => x.id === id) as EntitySummary;
      return table.entities.push({ id, name: e.name, kind: e.kind }) - 1;
    };
    const titleIndex = (title: string): number => {
      const at = table.sourceTitles.indexOf(title);
      return at >= 0 ? at : table.sourceTitles.push(title) - 1;
    };
    table.rows = rows.map((r) => [
      r.id,
      r.statement,
      r.asserterEntityId ? entityIndex(r.asserterEntityId) : -1,
      (claims.find((c) => c.id === r.id) as StoredClaim).asserterText,
      r.dateEdtf,
      r.status,
      r.reliability,
      r.credibility,
      r.entities.map((e) => [entityIndex(e.entityId), e.role]),
      r.citationCount,
      r.sourceTitles.map(titleIndex),
      r.missingEvidence ? 1 : 0,
      r.createdAt,
      r.updatedAt === r.createdAt ? '' : r.updatedAt,
      r.createdBy,
    ]);
    return table;
  };

  const live = (id: string): StoredClaim => {
    const c = claims.find((x) => x.id === id && !x.deleted);
    if (!c) throw new DossierError('NOT_FOUND', 'That claim no longer exists (it may have been moved to the Trash).');
    return c;
  };

  const full = (c: StoredClaim): Claim => ({
    ...toRow(c),
    asserterText: c.asserterText,
    notes: c.notes,
    citations: c.citations.map((id) => {
      const p = passages.find((x) => x.id === id) as Annotation;
      return {
        annotationId: p.id,
        sourceId: p.sourceId,
        sourceTitle: sources.find((s) => s.id === p.sourceId)?.title ?? '',
        exact: p.exact,
        start: p.start,
        end: p.end,
        missing: removed.has(p.id),
      };
    }),
    links: links
      .filter((l) => !l.deleted && (l.fromId === c.id || l.toId === c.id))
      .map((l) => {
        const outgoing = l.fromId === c.id;
        const other = live(outgoing ? l.toId : l.fromId);
        return { id: l.id, relation: l.relation, direction: outgoing ? 'outgoing' : 'incoming', otherClaimId: other.id, otherStatement: other.statement };
      }),
  });

  const create = (input: MethodInput<'claims.create'>): Claim => {
    const first = passages.find((p) => p.id === input.annotationIds[0]);
    const c: StoredClaim = {
      id: `c${next++}`,
      statement: input.statement,
      asserterEntityId: input.asserterEntityId ?? null,
      asserterText: input.asserterText ?? '',
      entities: input.entities ?? [],
      dateEdtf: input.dateEdtf ?? '',
      status: input.status ?? 'unverified',
      reliability: input.reliability ?? sources.find((s) => s.id === first?.sourceId)?.reliability ?? 'F',
      credibility: (input.credibility ?? 6) as ClaimRow['credibility'],
      notes: input.notes ?? '',
      citations: [...input.annotationIds],
      deleted: false,
      createdAt: `2026-03-0${next}T10:00:00Z`,
    };
    claims.push(c);
    changed('claims', 'entities');
    return full(c);
  };

  // Lets a test see the first screenful of claims on its own: the whole list waits until released.
  let wholeListHeld: Promise<void> = Promise.resolve();
  const holdWholeList = (): (() => void) => {
    const { promise, resolve } = Promise.withResolvers<void>();
    wholeListHeld = promise;
    return resolve;
  };

  fake = createFakeClient({
    'projects.current': () => project,
    'entities.list': () => entities,
    'entities.create': (input) => {
      const e = entity(`e${next++}`, input.kind, input.name);
      entities.push(e);
      changed('entities');
      return { ...e, notes: '', aliasRows: [], createdAt: '', createdBy: 'lee' };
    },
    'sources.list': () => sources,
    'annotations.list': ({ sourceId }) => passages.filter((p) => p.sourceId === sourceId && !removed.has(p.id)),
    'claims.list': async ({ entityId, limit, orderBy }) => {
      if (limit === undefined) await wholeListHeld;
      if (orderBy && (orderBy.field !== 'createdAt' || !orderBy.descending)) throw new Error('the fake lists claims newest first only');
      const listed = claims
        .filter((c) => !c.deleted && (!entityId || c.asserterEntityId === entityId || c.entities.some((e) => e.entityId === entityId)))
        .map(toRow)
        .toReversed();
      return toTable(listed.slice(0, limit ?? listed.length), listed.length);
    },
    'claims.get': ({ id }) => full(live(id)),
    'claims.create': create,
    'claims.update': ({ id, ...patch }) => {
      const c = live(id);
      if (patch.statement !== undefined) c.statement = patch.statement;
      if (patch.asserterEntityId !== undefined) c.asserterEntityId = patch.asserterEntityId;
      if (patch.asserterText !== undefined) c.asserterText = patch.asserterText;
      if (patch.entities !== undefined) c.entities = patch.entities;
      if (patch.dateEdtf !== undefined) c.dateEdtf = patch.dateEdtf;
      if (patch.status !== undefined) c.status = patch.status;
      if (patch.reliability !== undefined) c.reliability = patch.reliability;
      if (patch.credibility !== undefined) c.credibility = patch.credibility as ClaimRow['credibility'];
      if (patch.notes !== undefined) c.notes = patch.notes;
      changed('claims', 'entities');
      return full(c);
    },
    'claims.cite': ({ claimId, annotationId }) => {
      const c = live(claimId);
      if (!c.citations.includes(annotationId)) c.citations.push(annotationId);
      changed('claims');
      return full(c);
    },
    'claims.uncite': ({ claimId, annotationId }) => {
      const c = live(claimId);
      c.citations = c.citations.filter((x) => x !== annotationId);
      changed('claims');
      return full(c);
    },
    'claims.link': ({ fromId, toId, relation }) => {
      live(toId);
      links.push({ id: `l${next++}`, fromId, toId, relation, deleted: false });
      changed('claims');
      return full(live(fromId));
    },
    'claims.unlink': ({ claimId, linkId }) => {
      const link = links.find((l) => l.id === linkId);
      if (link) link.deleted = true;
      changed('claims');
      return full(live(claimId));
    },
    'claims.delete': ({ id }) => {
      live(id).deleted = true;
      changed('claims', 'entities', 'trash');
      return null;
    },
    'trash.restore': ({ id }) => {
      const c = claims.find((x) => x.id === id);
      if (c) c.deleted = false;
      changed('claims', 'entities', 'trash');
      return null;
    },
  });

  const opened: { sourceId: string; reveal?: { start: number; end: number; annotationId?: string }; focus?: boolean }[] = [];
  const nav: NavigationApi = {
    projectId: project.id,
    view: 'claims',
    go: () => {},
    selectedSourceId: null,
    selectSource: () => {},
    openSource: (sourceId, reveal, options) => opened.push({ sourceId, reveal, focus: options?.focus }),
    reveal: null,
    focusRequest: null,
    focusDone: () => {},
    focusSearch: () => {},
  };

  const renderWithApi = (ui: ReactNode) =>
    render(
      <ApiProvider client={fake.client}>
        <NoticeProvider>
          <QueryProvider>
            <NavigationContext.Provider value={nav}>{ui}</NavigationContext.Provider>
          </QueryProvider>
        </NoticeProvider>
      </ApiProvider>,
    );

  return { fake, claims, create, passages, removed, opened, renderWithApi, holdWholeList };
}
