import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DossierError } from '../../../shared/api/errors';
import type { ProjectDb } from '../../../electron/core/db/projectDatabase';
import { closeProjectDatabase } from '../../../electron/core/db/projectDatabase';
import { createAnnotation, deleteAnnotation, updateAnnotation } from '../../../electron/core/annotations/annotationsStore';
import { createClaim, deleteClaim, updateClaim } from '../../../electron/core/claims/claimsStore';
import { createEntity, deleteEntity, mergeEntities, updateEntity } from '../../../electron/core/entities/entitiesStore';
import { createLabel, deleteLabel, updateLabel } from '../../../electron/core/labels/labelsStore';
import { createMemo, deleteMemo, getMemo, saveMemo } from '../../../electron/core/memos/memosStore';
import { deleteSource, insertSource } from '../../../electron/core/sources/sourcesStore';
import { restoreFromTrash } from '../../../electron/core/trash/trashStore';
import { createEvent, deleteEvents, updateEvent } from '../../../electron/core/timelines/eventsStore';
import { tempDir } from '../../helpers/tempDir';
import { canonicalDump, mergeFile, newProject, previewFile, snapshot } from '../../helpers/exchangeProjects';

/** Both analysts draw from the same few texts, so the same article is often imported on both sides. */
const TEXTS = [
  'Minister Ivanov met the envoy in the harbor city on Tuesday; the talks ended without a deal.',
  'A ceasefire was announced at noon. Observers reported shelling near the bridge an hour later.',
  'The envoy said the prisoner exchange would go ahead next week, according to two officials.',
];

type Side = 0 | 1;
const side = fc.constantFrom<Side>(0, 1);
const pick = fc.nat(50);

const op = fc.oneof(
  { arbitrary: fc.record({ t: fc.constant('source' as const), side, text: fc.nat(TEXTS.length - 1) }), weight: 2 },
  { arbitrary: fc.record({ t: fc.constant('label' as const), side }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('renameLabel' as const), side, pick }), weight: 2 },
  { arbitrary: fc.record({ t: fc.constant('deleteLabel' as const), side, pick }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('annotate' as const), side, pick, start: fc.nat(80), length: fc.integer({ min: 1, max: 12 }), label: pick }), weight: 3 },
  { arbitrary: fc.record({ t: fc.constant('note' as const), side, pick }), weight: 2 },
  { arbitrary: fc.record({ t: fc.constant('deleteAnnotation' as const), side, pick }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('entity' as const), side, tagOn: pick }), weight: 2 },
  { arbitrary: fc.record({ t: fc.constant('describe' as const), side, pick }), weight: 2 },
  { arbitrary: fc.record({ t: fc.constant('mergeEntities' as const), side, pick, into: pick }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('deleteEntity' as const), side, pick }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('claim' as const), side, cite: pick, asserter: pick }), weight: 2 },
  { arbitrary: fc.record({ t: fc.constant('restate' as const), side, pick }), weight: 2 },
  { arbitrary: fc.record({ t: fc.constant('deleteClaim' as const), side, pick }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('memo' as const), side }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('writeMemo' as const), side, pick }), weight: 2 },
  { arbitrary: fc.record({ t: fc.constant('deleteMemo' as const), side, pick }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('event' as const), side, place: pick }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('retitle' as const), side, pick }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('deleteEvent' as const), side, pick }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('deleteSource' as const), side, pick }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('restore' as const), side, pick, kind: fc.constantFrom('entity' as const, 'claim' as const, 'source' as const, 'label' as const) }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('exchange' as const), from: side }), weight: 3 },
  { arbitrary: fc.record({ t: fc.constant('crossExchange' as const) }), weight: 1 },
);

/** The field each kind's edits write a unique token into. */
const tokenField: Record<string, string> = {
  labels: 'name',
  annotations: 'note',
  entities: 'description',
  claims: 'statement',
  memos: 'doc',
  events: 'title',
};

class History {
  private n = 0;
  readonly written = new Set<string>();
  /** Tokens of the operation under way: written only if it succeeds. */
  private pending: string[] = [];
  /** Tokens a side replaced or deleted while it could see them: gone on purpose. */
  readonly dropped = new Set<string>();
  token(prefix: string): string {
    this.n += 1;
    const t = `${prefix}${this.n}x`;
    this.pending.push(t);
    return t;
  }
  settle(succeeded: boolean): void {
    if (succeeded) for (const t of this.pending) this.written.add(t);
    this.pending = [];
  }
  /** The analyst on `db` overwrites or deletes the row: whatever token it shows now is dropped on purpose. */
  drop(db: ProjectDb, table: string, id: string): void {
    const field = tokenField[table];
    if (!field) return;
    const value = db.prepare(`SELECT ${field} FROM ${table} WHERE id = ?`).pluck().get(id);
    for (const t of String(value ?? '').match(/[A-Z][a-z]?\d+x/g) ?? []) this.dropped.add(t);
  }
}

function live(db: ProjectDb, table: string, n: number): string | undefined {
  const ids = db.prepare(`SELECT id FROM ${table} WHERE deleted_at IS NULL ORDER BY id`).pluck().all() as string[];
  return ids.length === 0 ? undefined : ids[n % ids.length];
}

function docOf(text: string): never {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } as never;
}

const whoOf = ['ana', 'ben'];

function run(db: ProjectDb, who: string, h: History, o: Exclude<OpValue, { t: 'exchange' } | { t: 'crossExchange' }>): void {
  switch (o.t) {
    case 'source':
      if (insertSource(db, who, { text: TEXTS[o.text] as string, format: 'paste', title: h.token('S') }, 'pasted').status !== 'imported') {
        throw new DossierError('DUPLICATE', 'already there');
      }
      return;
    case 'label':
      createLabel(db, who, { name: h.token('L'), color: '#336699' });
      return;
    case 'renameLabel': {
      const id = live(db, 'labels', o.pick);
      if (!id) return;
      h.drop(db, 'labels', id);
      updateLabel(db, who, { id, name: h.token('L') });
      return;
    }
    case 'deleteLabel': {
      const id = live(db, 'labels', o.pick);
      if (!id) return;
      h.drop(db, 'labels', id);
      deleteLabel(db, who, id);
      return;
    }
    case 'annotate': {
      const sourceId = live(db, 'sources', o.pick);
      if (!sourceId) return;
      const length = (db.prepare('SELECT char_count FROM sources WHERE id = ?').pluck().get(sourceId) as number) - 1;
      const start = o.start % length;
      const label = live(db, 'labels', o.label);
      createAnnotation(db, who, { sourceId, start, end: Math.min(length, start + o.length), note: h.token('N'), labelIds: label ? [label] : [] });
      return;
    }
    case 'note': {
      const id = live(db, 'annotations', o.pick);
      if (!id) return;
      h.drop(db, 'annotations', id);
      updateAnnotation(db, who, { id, note: h.token('N') });
      return;
    }
    case 'deleteAnnotation': {
      const id = live(db, 'annotations', o.pick);
      if (!id) return;
      h.drop(db, 'annotations', id);
      deleteAnnotation(db, who, id);
      return;
    }
    case 'entity': {
      const entity = createEntity(db, who, { kind: 'person', name: h.token('P'), description: h.token('D') });
      const annotationId = live(db, 'annotations', o.tagOn);
      if (annotationId) {
        const current = db
          .prepare('SELECT entity_id FROM annotation_entities WHERE annotation_id = ? AND deleted_at IS NULL')
          .pluck()
          .all(annotationId) as string[];
        h.drop(db, 'annotations', annotationId);
        updateAnnotation(db, who, { id: annotationId, entityIds: [...current, entity.id] });
      }
      return;
    }
    case 'describe': {
      const id = live(db, 'entities', o.pick);
      if (!id) return;
      h.drop(db, 'entities', id);
      updateEntity(db, who, { id, description: h.token('D') });
      return;
    }
    case 'mergeEntities': {
      const from = live(db, 'entities', o.pick);
      const into = live(db, 'entities', o.into);
      if (!from || !into || from === into) return;
      h.drop(db, 'entities', from);
      mergeEntities(db, who, from, into);
      return;
    }
    case 'deleteEntity': {
      const id = live(db, 'entities', o.pick);
      if (!id) return;
      h.drop(db, 'entities', id);
      deleteEntity(db, who, id);
      return;
    }
    case 'claim': {
      const cited = live(db, 'annotations', o.cite);
      const asserter = live(db, 'entities', o.asserter);
      createClaim(db, who, { statement: h.token('C'), annotationIds: cited ? [cited] : [], asserterEntityId: asserter ?? null });
      return;
    }
    case 'restate': {
      const id = live(db, 'claims', o.pick);
      if (!id) return;
      h.drop(db, 'claims', id);
      updateClaim(db, who, id, { statement: h.token('C') });
      return;
    }
    case 'deleteClaim': {
      const id = live(db, 'claims', o.pick);
      if (!id) return;
      h.drop(db, 'claims', id);
      deleteClaim(db, who, id);
      return;
    }
    case 'memo':
      createMemo(db, who, { title: 'Brief' });
      return;
    case 'writeMemo': {
      const id = live(db, 'memos', o.pick);
      if (!id) return;
      h.drop(db, 'memos', id);
      saveMemo(db, who, { id, doc: docOf(h.token('M')), baseRevision: getMemo(db, id).revision });
      return;
    }
    case 'deleteMemo': {
      const id = live(db, 'memos', o.pick);
      if (!id) return;
      h.drop(db, 'memos', id);
      deleteMemo(db, who, id);
      return;
    }
    case 'event': {
      const place = live(db, 'entities', o.place);
      createEvent(db, who, { title: h.token('V'), placeEntityId: place ?? null });
      return;
    }
    case 'retitle': {
      const id = live(db, 'events', o.pick);
      if (!id) return;
      h.drop(db, 'events', id);
      updateEvent(db, who, id, { title: h.token('V') });
      return;
    }
    case 'deleteSource': {
      const id = live(db, 'sources', o.pick);
      if (!id) return;
      deleteSource(db, who, id);
      return;
    }
    case 'restore': {
      const table = { entity: 'entities', claim: 'claims', source: 'sources', label: 'labels' }[o.kind];
      const ids = db.prepare(`SELECT id FROM ${table} WHERE deleted_at IS NOT NULL ORDER BY id`).pluck().all() as string[];
      const id = ids[o.pick % Math.max(1, ids.length)];
      if (!id) return;
      restoreFromTrash(db, who, o.kind, id);
      return;
    }
    case 'deleteEvent': {
      const id = live(db, 'events', o.pick);
      if (!id) return;
      h.drop(db, 'events', id);
      deleteEvents(db, who, [id]);
      return;
    }
  }
}

type OpValue = typeof op extends fc.Arbitrary<infer T> ? T : never;

/** Merges `file` into `db`, then checks that merging it again changes nothing (idempotent). */
function mergeChecked(db: ProjectDb, file: string): void {
  mergeFile(db, file);
  const once = canonicalDump(db);
  expect(previewFile(db, file).changes).toBe(0);
  mergeFile(db, file);
  expect(canonicalDump(db)).toEqual(once);
}

function conflictText(dbs: ProjectDb[]): string {
  return dbs.map((db) => JSON.stringify(db.prepare('SELECT mine, theirs FROM merge_conflicts').all())).join('\n');
}

describe('merge properties over random edit histories on two real projects', () => {
  it('is idempotent, convergent, and loses no edit', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 5, maxLength: 28 }), (ops) => {
        const dir = tempDir('dossier-merge-prop-');
        const dbs = [newProject(dir, 'ana'), newProject(dir, 'ben')] as [ProjectDb, ProjectDb];
        const h = new History();
        try {
          for (const o of ops) {
            if (o.t === 'exchange') {
              mergeChecked(dbs[o.from === 0 ? 1 : 0], snapshot(dbs[o.from], dir));
            } else if (o.t === 'crossExchange') {
              const files = [snapshot(dbs[0], dir), snapshot(dbs[1], dir)];
              mergeChecked(dbs[0], files[1] as string);
              mergeChecked(dbs[1], files[0] as string);
            } else {
              try {
                run(dbs[o.side], whoOf[o.side] as string, h, o);
                h.settle(true);
              } catch (error) {
                h.settle(false);
                if (!(error instanceof DossierError)) throw error;
              }
            }
          }

          // Both analysts send each other their files at the same moment, then once more: the same content.
          const files = [snapshot(dbs[0], dir), snapshot(dbs[1], dir)];
          mergeChecked(dbs[0], files[1] as string);
          mergeChecked(dbs[1], files[0] as string);
          const again = [snapshot(dbs[0], dir), snapshot(dbs[1], dir)];
          mergeChecked(dbs[0], again[1] as string);
          mergeChecked(dbs[1], again[0] as string);
          expect(canonicalDump(dbs[0])).toEqual(canonicalDump(dbs[1]));

          // Every token written is still in the project, or in a conflict, or was replaced or deleted by someone who saw it.
          const content = JSON.stringify(canonicalDump(dbs[0]));
          const conflicts = conflictText(dbs);
          const lost = [...h.written].filter((t) => !h.dropped.has(t) && !content.includes(t) && !conflicts.includes(t));
          expect(lost).toEqual([]);
          // No row an analyst edited without seeing the deletion ends deleted, unless the edit sits in the conflicts list.
          const deletedUnseen = Object.entries(tokenField).flatMap(([table, field]) =>
            (dbs[0].prepare(`SELECT ${field} AS v FROM ${table} WHERE deleted_at IS NOT NULL`).pluck().all() as string[])
              .flatMap((value) => String(value).match(/[A-Z][a-z]?\d+x/g) ?? [])
              .filter((t) => !h.dropped.has(t) && !conflicts.includes(t))
              .map((t) => `${table}: ${t}`),
          );
          expect(deletedUnseen).toEqual([]);
        } finally {
          for (const db of dbs) closeProjectDatabase(db);
        }
      }),
      { numRuns: Number(process.env.MERGE_PROPERTY_RUNS ?? 80) },
    );
  }, 600_000);
});
