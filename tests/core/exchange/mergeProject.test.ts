import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { closeProjectDatabase, openProjectDatabase } from '../../../electron/core/db/projectDatabase';
import { createAnnotation, deleteAnnotation } from '../../../electron/core/annotations/annotationsStore';
import { createClaim, deleteClaim, getClaim, updateClaim } from '../../../electron/core/claims/claimsStore';
import { createEntity, mergeEntities } from '../../../electron/core/entities/entitiesStore';
import { listConflicts, resolveConflict } from '../../../electron/core/exchange/conflictsStore';
import { listExchangeHistory } from '../../../electron/core/exchange/exchangeHistory';
import { createLabel, updateLabel } from '../../../electron/core/labels/labelsStore';
import { createMemo, getMemo, saveMemo } from '../../../electron/core/memos/memosStore';
import { countTrash, listTrash } from '../../../electron/core/trash/trashStore';
import { insertSource } from '../../../electron/core/sources/sourcesStore';
import { createEvent, getEvent, listEvents } from '../../../electron/core/timelines/eventsStore';
import { tempDir } from '../../helpers/tempDir';
import { canonicalDump, exchange, liveCount, mergeFile, newProject, previewFile, snapshot } from '../../helpers/exchangeProjects';

const TEXT = 'The talks in the harbor city ended on Tuesday. Minister Ivanov said the ceasefire would hold.';

function source(db: Database.Database, author: string, text: string = TEXT): string {
  const r = insertSource(db, author, { text, format: 'paste', title: 'Harbor report' }, 'pasted');
  if (r.status !== 'imported' || !r.sourceId) throw new Error('not imported');
  return r.sourceId;
}

function docOf(text: string) {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

function summitOf(db: Database.Database): string {
  return db.prepare("SELECT id FROM event_types WHERE name = 'Summit' AND deleted_at IS NULL").pluck().get() as string;
}

describe('merging a colleague’s project file', () => {
  it('previews new items per kind without writing, adds them, and changes nothing when the same file is merged again', () => {
    const dir = tempDir();
    const a = newProject(dir, 'ana');
    const b = newProject(dir, 'ben');
    const s = source(b, 'ben');
    const label = createLabel(b, 'ben', { name: 'Key', color: '#112233' });
    createAnnotation(b, 'ben', { sourceId: s, start: 4, end: 9, labelIds: [label.id] });
    const file = snapshot(b, dir);

    const before = canonicalDump(a);
    const preview = previewFile(a, file);
    expect(canonicalDump(a)).toEqual(before);
    const kinds = Object.fromEntries(preview.kinds.map((k) => [k.kind, k]));
    expect(kinds.sources?.added).toBe(1);
    expect(kinds.sources?.lists.added[0]?.title).toBe('Harbor report');
    expect(kinds.labels?.added).toBe(1);
    expect(kinds.annotations?.added).toBe(1);
    expect(kinds.annotations?.linkChanges).toBe(1); // its label
    expect(preview.peerName).toBe('ben');
    expect(preview.lastExchange).toBeNull();

    mergeFile(a, file);
    expect(liveCount(a, 'sources')).toBe(1);
    expect(a.prepare('SELECT text FROM source_texts WHERE source_id = ?').get(s)).toEqual({ text: TEXT });
    const afterFirst = canonicalDump(a);

    const again = previewFile(a, file);
    expect(again.changes).toBe(0);
    expect(again.lastExchange?.peerName).toBe('ben');
    mergeFile(a, file);
    expect(canonicalDump(a)).toEqual(afterFirst);
    expect(listExchangeHistory(a)).toHaveLength(2);
  });

  it('makes the same text imported by both analysts one source, re-anchoring the other side’s highlights, the same way in both directions', () => {
    const dir = tempDir();
    const a = newProject(dir, 'ana');
    const b = newProject(dir, 'ben');
    const sa = source(a, 'ana');
    const sb = source(b, 'ben');
    const start = TEXT.indexOf('Ivanov');
    const hb = createAnnotation(b, 'ben', { sourceId: sb, start, end: start + 6, note: 'who?' });
    const ha = createAnnotation(a, 'ana', { sourceId: sa, start: 0, end: 9 });
    const fileA = snapshot(a, dir);
    const fileB = snapshot(b, dir);

    const preview = previewFile(a, fileB);
    expect(preview.duplicateSources).toBe(1);
    // The same article is not "added": it was already here.
    expect(preview.kinds.find((k) => k.kind === 'sources')?.added).toBe(0);
    mergeFile(a, fileB);
    mergeFile(b, fileA);

    const canonicalId = [sa, sb].sort()[0] as string;
    for (const db of [a, b]) {
      expect(db.prepare('SELECT id FROM sources WHERE deleted_at IS NULL').pluck().all()).toEqual([canonicalId]);
      const rows = db.prepare('SELECT id, source_id, start_pos, end_pos, exact FROM annotations ORDER BY id').all();
      expect(rows).toEqual(
        [
          { id: hb.id, source_id: canonicalId, start_pos: start, end_pos: start + 6, exact: 'Ivanov' },
          { id: ha.id, source_id: canonicalId, start_pos: 0, end_pos: 9, exact: 'The talks' },
        ].sort((x, y) => (x.id < y.id ? -1 : 1)),
      );
    }
    expect(canonicalDump(a)).toEqual(canonicalDump(b));
    // The duplicate is kept as a tombstone, but nobody deleted it: the Trash does not offer it.
    for (const db of [a, b]) {
      expect(listTrash(db)).toEqual([]);
      expect(countTrash(db)).toBe(0);
    }
    // And again both ways: nothing left to do.
    expect(previewFile(a, snapshot(b, dir)).changes).toBe(0);
    expect(previewFile(b, snapshot(a, dir)).changes).toBe(0);
  });

  it('ignores duplicate pairs in a file that are not the same text (a forged pair would move our highlights)', () => {
    const dir = tempDir();
    const a = newProject(dir, 'ana');
    const sa = source(a, 'ana');
    const h = createAnnotation(a, 'ana', { sourceId: sa, start: 0, end: 9 });
    const b = newProject(dir, 'ben');
    const sb = source(b, 'ben', 'A different article altogether, about something else.');
    const file = snapshot(b, dir);
    const raw = new Database(file);
    raw.prepare("INSERT INTO exchange_aliases (table_name, alias_id, canonical_id) VALUES ('sources', ?, ?)").run(sa, sb);
    raw.close();
    mergeFile(a, file);
    expect(a.prepare('SELECT source_id FROM annotations WHERE id = ?').pluck().get(h.id)).toBe(sa);
    expect(liveCount(a, 'sources')).toBe(2);
    expect(a.prepare("SELECT count(*) FROM exchange_aliases WHERE table_name = 'sources'").pluck().get()).toBe(0);
  });

  it('treats rows a file leaves out (an export limited to some sources) as unknown, not deleted, and keeps their base', () => {
    const dir = tempDir();
    const a = newProject(dir, 'ana');
    const kept = createLabel(a, 'ana', { name: 'Kept', color: '#112233' });
    const other = createLabel(a, 'ana', { name: 'Other', color: '#112233' });
    const b = newProject(dir, 'ben');
    exchange(a, b, dir);
    exchange(b, a, dir);
    updateLabel(b, 'ben', { id: kept.id, name: 'Kept (Ben)' });
    updateLabel(b, 'ben', { id: other.id, name: 'Other (Ben)' });

    const partial = snapshot(b, dir);
    const raw = new Database(partial);
    raw.prepare('DELETE FROM labels WHERE id = ?').run(kept.id);
    raw.close();
    mergeFile(a, partial);
    expect(a.prepare('SELECT name FROM labels ORDER BY name').pluck().all()).toEqual(['Kept', 'Other (Ben)']);

    exchange(b, a, dir);
    expect(a.prepare('SELECT name FROM labels ORDER BY name').pluck().all()).toEqual(['Kept (Ben)', 'Other (Ben)']);
    expect(listConflicts(a)).toEqual([]);
  });

  it('takes a deletion made on one side, but never lets a deletion remove an edit the other side made later', () => {
    const dir = tempDir();
    const a = newProject(dir, 'ana');
    const s = source(a, 'ana');
    const h1 = createAnnotation(a, 'ana', { sourceId: s, start: 0, end: 9 });
    const c1 = createClaim(a, 'ana', { statement: 'Talks ended', annotationIds: [h1.id] });
    const b = newProject(dir, 'ben');
    exchange(a, b, dir);
    exchange(b, a, dir);

    deleteAnnotation(b, 'ben', h1.id); // only Ben touches the highlight
    deleteClaim(a, 'ana', c1.id); // Ana deletes the claim...
    updateClaim(b, 'ben', c1.id, { statement: 'Talks ended on Tuesday' }); // ...Ben edits it later

    const result = exchange(b, a, dir);
    expect(a.prepare('SELECT deleted_at IS NOT NULL FROM annotations WHERE id = ?').pluck().get(h1.id)).toBe(1);
    expect(getClaim(a, c1.id).statement).toBe('Talks ended on Tuesday');
    expect(result.kinds.find((k) => k.kind === 'annotations')?.deleted).toBe(1);
    expect(result.kinds.find((k) => k.kind === 'claims')?.conflicts).toBe(1);
    const conflicts = listConflicts(a);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ kind: 'claims', table: 'claims', kept: 'theirs', title: 'Talks ended on Tuesday' });
    expect(conflicts[0]?.mine?.deleted_at).not.toBeNull();

    exchange(a, b, dir);
    expect(canonicalDump(a)).toEqual(canonicalDump(b));
  });

  it('replays an entity merge made on one side onto links the other side made meanwhile', () => {
    const dir = tempDir();
    const a = newProject(dir, 'ana');
    const s = source(a, 'ana');
    const ivanov = createEntity(a, 'ana', { kind: 'person', name: 'Ivanov' });
    const ivanow = createEntity(a, 'ana', { kind: 'person', name: 'Ivanow' });
    const b = newProject(dir, 'ben');
    exchange(a, b, dir);

    mergeEntities(a, 'ana', ivanow.id, ivanov.id);
    const start = TEXT.indexOf('Ivanov');
    const tagged = createAnnotation(b, 'ben', { sourceId: s, start, end: start + 6, entityIds: [ivanow.id] });
    const claim = createClaim(b, 'ben', { statement: 'Ceasefire holds', annotationIds: [], asserterEntityId: ivanow.id });

    exchange(b, a, dir);
    exchange(a, b, dir);
    for (const db of [a, b]) {
      expect(db.prepare('SELECT entity_id FROM annotation_entities WHERE annotation_id = ? AND deleted_at IS NULL').pluck().all(tagged.id)).toEqual([
        ivanov.id,
      ]);
      expect(getClaim(db, claim.id).asserterEntityId).toBe(ivanov.id);
      expect(db.prepare('SELECT merged_into FROM entities WHERE id = ?').pluck().get(ivanow.id)).toBe(ivanov.id);
      expect(db.prepare('SELECT count(*) FROM entity_merges').pluck().get()).toBe(1);
    }
    expect(canonicalDump(a)).toEqual(canonicalDump(b));
  });

  it('keeps the newer of two edits, records the other, and resolves the conflict either way', () => {
    const dir = tempDir();
    const a = newProject(dir, 'ana');
    const label = createLabel(a, 'ana', { name: 'Key', color: '#112233' });
    const memo = createMemo(a, 'ana', { title: 'Brief' });
    const b = newProject(dir, 'ben');
    exchange(a, b, dir);

    updateLabel(a, 'ana', { id: label.id, name: 'Key (Ana)' });
    updateLabel(b, 'ben', { id: label.id, name: 'Key (Ben)' }); // newer
    saveMemo(b, 'ben', { id: memo.id, doc: docOf('Ben wrote this') as never, baseRevision: getMemo(b, memo.id).revision });
    saveMemo(a, 'ana', { id: memo.id, doc: docOf('Ana wrote this') as never, baseRevision: getMemo(a, memo.id).revision }); // newer

    exchange(b, a, dir);
    const conflicts = listConflicts(a);
    expect(conflicts.map((c) => [c.table, c.kept]).sort()).toEqual([
      ['labels', 'theirs'],
      ['memos', 'mine'],
    ]);
    expect(a.prepare('SELECT name FROM labels WHERE id = ?').pluck().get(label.id)).toBe('Key (Ben)');
    expect(JSON.stringify(getMemo(a, memo.id).doc)).toContain('Ana wrote this');

    const labelConflict = conflicts.find((c) => c.table === 'labels');
    const memoConflict = conflicts.find((c) => c.table === 'memos');
    expect(String(memoConflict?.theirs?.doc)).toContain('Ben wrote this');
    resolveConflict(a, 'ana', labelConflict?.id ?? '', 'mine');
    resolveConflict(a, 'ana', memoConflict?.id ?? '', 'theirs');
    expect(a.prepare('SELECT name FROM labels WHERE id = ?').pluck().get(label.id)).toBe('Key (Ana)');
    expect(JSON.stringify(getMemo(a, memo.id).doc)).toContain('Ben wrote this');
    expect(listConflicts(a)).toEqual([]);
    expect(listConflicts(a, { includeResolved: true }).map((c) => c.resolution).sort()).toEqual(['mine', 'theirs']);

    // The resolution is an edit: it travels back to Ben without a new conflict.
    exchange(a, b, dir);
    expect(b.prepare('SELECT name FROM labels WHERE id = ?').pluck().get(label.id)).toBe('Key (Ana)');
    expect(listConflicts(b)).toEqual([]);
    expect(canonicalDump(a)).toEqual(canonicalDump(b));
  });

  it('makes the seeded event types of two projects one set, keeping events’ types', () => {
    const dir = tempDir();
    const a = newProject(dir, 'ana');
    const b = newProject(dir, 'ben');
    const event = createEvent(b, 'ben', { title: 'Harbor summit', typeId: summitOf(b) });
    exchange(a, b, dir);
    exchange(b, a, dir);
    for (const db of [a, b]) {
      expect(liveCount(db, 'event_types')).toBe(5);
      expect(getEvent(db, event.id).typeId).toBe(summitOf(db));
      expect(listEvents(db).rows).toHaveLength(1);
    }
    expect(summitOf(a)).toBe(summitOf(b));
    expect(canonicalDump(a)).toEqual(canonicalDump(b));
  });

  it('refuses a file that breaks links and leaves the project byte-for-byte as it was', () => {
    const dir = tempDir();
    const a = newProject(dir, 'ana');
    source(a, 'ana');
    const b = newProject(dir, 'ben');
    source(b, 'ben', 'Another text entirely.');
    const bad = snapshot(b, dir);
    const raw = new Database(bad);
    raw.pragma('foreign_keys = OFF');
    raw
      .prepare(
        `INSERT INTO annotations (id, source_id, start_pos, end_pos, exact, prefix, suffix, created_at, updated_at, created_by, updated_by)
         VALUES ('0190aaaa-0000-7000-8000-000000000000', 'no-such-source', 0, 3, 'Ano', '', '', 'x', 'x', 'ben', 'ben')`,
      )
      .run();
    raw.close();

    const aPath = a.name;
    closeProjectDatabase(a);
    const bytes = fs.readFileSync(aPath);
    const reopened = openProjectDatabase(aPath);
    expect(() => mergeFile(reopened, bad)).toThrow(/it is inconsistent: 1 row\(s\) of “annotations” point at “sources” rows that do not exist/);
    expect(() => mergeFile(reopened, path.join(dir, 'missing.dossier'))).toThrow(/does not exist/);
    const notProject = path.join(dir, 'notes.dossier');
    fs.writeFileSync(notProject, 'just some text, not a database at all, long enough to be read as a header.......................');
    expect(() => mergeFile(reopened, notProject)).toThrow(/not a Dossier project/);
    expect(() => mergeFile(reopened, snapshot(reopened, dir))).toThrow(/copy of the open project itself/);
    // A source whose text does not match its hash (it would re-anchor our highlights onto another text).
    const forged = snapshot(b, dir);
    const forge = new Database(forged);
    forge.prepare('UPDATE sources SET sha256 = ?').run(reopened.prepare('SELECT sha256 FROM sources').pluck().get() ?? 'x');
    forge.close();
    expect(() => mergeFile(reopened, forged)).toThrow(/does not match its content hash/);
    closeProjectDatabase(reopened);
    expect(fs.readFileSync(aPath).equals(bytes)).toBe(true);
  });

  it('brings a PDF’s page boundaries with its text', () => {
    const dir = tempDir();
    const a = newProject(dir, 'ana');
    const b = newProject(dir, 'ben');
    const s = source(b, 'ben');
    b.prepare('INSERT INTO source_pages (source_id, page, start_pos) VALUES (?, 1, 0), (?, 2, 47)').run(s, s);
    mergeFile(a, snapshot(b, dir));
    expect(a.prepare('SELECT page, start_pos FROM source_pages WHERE source_id = ? ORDER BY page').all(s)).toEqual([
      { page: 1, start_pos: 0 },
      { page: 2, start_pos: 47 },
    ]);
  });
});
