import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { closeProjectDatabase, openProjectDatabase } from '../../../electron/core/db/projectDatabase';
import { flushSearchIndex } from '../../../electron/core/search/searchIndex';
import { searchProject } from '../../../electron/core/search/searchProject';
import { deleteSource, insertSource } from '../../../electron/core/sources/sourcesStore';
import type { SearchResponse } from '../../../shared/api/types';
import { mergeFile, newProject, snapshot } from '../../helpers/exchangeProjects';
import { tempDir } from '../../helpers/tempDir';
import { testWorkbench, type TestWorkbench } from '../../helpers/testWorkbench';

const herald = `Port talks resume in Dravik

Negotiators from Karvenia and Selmara met again at the port this week. A senior official, who asked not to be named, said a joint statement was “close”.
Gennady Vorontsov (Геннадий Воронцов) led the Karvenian side; the Σύνοδος κορυφής was mentioned by the Greek envoy. Officials at the Élysée were briefed.`;
const ministry = `Ministry statement on shipping

No more than eight vessels per week were foreseen, the ministry said. A ceasefire was not discussed.`;

async function project(): Promise<{ t: TestWorkbench; a: string; b: string; path: string }> {
  const t = testWorkbench({ userName: 'lee' });
  const info = await t.call('projects.create', { name: 'Search' });
  const a = (await t.call('sources.addText', { text: herald, title: 'Herald: port talks', outlet: 'Herald', reliability: 'B', published: '2026-03-27' })).sourceId!;
  const b = (await t.call('sources.addText', { text: ministry, title: 'Ministry statement', outlet: 'Ministry', reliability: 'A', published: '2026-04-02' })).sourceId!;
  return { t, a, b, path: info.path };
}

const kinds = (r: SearchResponse) => Object.fromEntries(r.groups.map((g) => [g.kind, g.total]));
const titles = (r: SearchResponse, kind: string) => r.groups.find((g) => g.kind === kind)?.results.map((x) => x.title) ?? [];

describe('global search', () => {
  it('finds words, phrases, prefixes and AND/OR/NOT, and lands on the exact span in the source', async () => {
    const { t, a } = await project();
    const port = await t.call('search.query', { q: 'port talks' });
    expect(kinds(port)).toEqual({ source: 1 });
    const hit = port.groups[0]!.results[0]!;
    expect(hit).toMatchObject({ kind: 'source', id: a, sourceId: a, title: 'Herald: port talks' });
    expect(herald.slice(hit.start!, hit.end!)).toBe('Port');
    expect(hit.snippet).toEqual({ before: '', match: 'Port', after: ' talks resume in Dravik Negotiators from Karvenia and Selmara met…' });

    const phrase = await t.call('search.query', { q: '"joint statement"' });
    const span = phrase.groups[0]!.results[0]!;
    expect(herald.slice(span.start!, span.end!)).toBe('joint statement');
    expect(kinds(await t.call('search.query', { q: '"statement joint"' }))).toEqual({});

    expect(titles(await t.call('search.query', { q: 'minist*' }), 'source')).toEqual(['Ministry statement']);
    expect(kinds(await t.call('search.query', { q: 'vessels OR negotiators' }))).toEqual({ source: 2 });
    expect(titles(await t.call('search.query', { q: 'statement NOT ceasefire' }), 'source')).toEqual(['Herald: port talks']);
    expect(kinds(await t.call('search.query', { q: 'vessels AND negotiators' }))).toEqual({});
  });

  it('ignores case and accents in every script, and shows the original text', async () => {
    const { t } = await project();
    const greek = await t.call('search.query', { q: 'ΣΥΝΟΔΟΣ' });
    expect(greek.groups[0]!.results[0]!.snippet!.match).toBe('Σύνοδος');
    const cyrillic = await t.call('search.query', { q: 'воронцов' });
    expect(cyrillic.groups[0]!.results[0]!.snippet!.match).toBe('Воронцов');
    const french = await t.call('search.query', { q: 'elysee' });
    expect(french.groups[0]!.results[0]!.snippet!.match).toBe('Élysée');
  });

  it('never fails on what is typed: unbalanced quotes and lone operators are words', async () => {
    const { t } = await project();
    expect(kinds(await t.call('search.query', { q: '"joint statement' }))).toEqual({ source: 1 });
    expect(kinds(await t.call('search.query', { q: 'AND' }))).toEqual({ source: 1 });
    expect(kinds(await t.call('search.query', { q: 'NOT' }))).toEqual({ source: 2 });
    expect(kinds(await t.call('search.query', { q: 'OR NOT' }))).toEqual({});
    expect(await t.call('search.query', { q: ' *** "" ( ' })).toEqual({ groups: [], total: 0 });
  });

  it('covers highlight notes, claims, entities with their aliases, events and memos, grouped with totals', async () => {
    const { t, a } = await project();
    const start = herald.indexOf('A senior official');
    const note = await t.call('annotations.create', { sourceId: a, start, end: start + 17, note: 'Anonymous source; check with the Karvenian desk' });
    const claim = await t.call('claims.create', { statement: 'A joint statement is close', annotationIds: [note.id], credibility: 3 });
    const entity = await t.call('entities.create', { kind: 'person', name: 'Gennady Vorontsov' });
    await t.call('entities.addAlias', { entityId: entity.id, alias: 'Воронцов' });
    await t.call('events.create', { title: 'Karvenian delegation arrives', dateEdtf: '2026-03-26' });
    const memo = await t.call('memos.create', { title: 'Weekly brief', templateId: 'builtin:blank' });
    await t.call('memos.save', {
      id: memo.id,
      baseRevision: 0,
      doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The Karvenian position hardened.' }] }] },
    });

    const all = await t.call('search.query', { q: 'karvenian' });
    expect(kinds(all)).toEqual({ source: 1, annotation: 1, event: 1, memo: 1 });
    const highlight = all.groups.find((g) => g.kind === 'annotation')!.results[0]!;
    expect(highlight).toMatchObject({ id: note.id, sourceId: a, start, end: start + 17, title: 'A senior official', detail: 'Herald: port talks' });
    expect(highlight.snippet!.match).toBe('Karvenian');
    expect(all.groups.find((g) => g.kind === 'memo')!.results[0]!.snippet).toMatchObject({ match: 'Karvenian' });

    expect(titles(await t.call('search.query', { q: 'joint' }), 'claim')).toEqual(['A joint statement is close']);
    // A highlight is found by the words it marks too, not only by its note.
    expect(titles(await t.call('search.query', { q: '"senior official"', filters: { kinds: ['annotation'] } }), 'annotation')).toEqual(['A senior official']);
    const byAlias = await t.call('search.query', { q: 'воронцов', filters: { kinds: ['entity'] } });
    expect(byAlias.groups).toEqual([expect.objectContaining({ kind: 'entity', total: 1 })]);
    expect(byAlias.groups[0]!.results[0]).toMatchObject({ id: entity.id, title: 'Gennady Vorontsov', snippet: { match: 'Воронцов' } });

    // The registry's other spellings widen a name: "Vorontsov" also finds the source that writes only "Воронцов",
    // and a word that is no one's name is not widened.
    const other = await t.call('sources.addText', { title: 'Karvinform', text: 'Геннадий Воронцов заявил, что соглашение близко.', reliability: 'D' });
    const widened = await t.call('search.query', { q: 'Vorontsov', filters: { kinds: ['source'] } });
    expect(widened.groups[0]!.results.map((r) => r.title).sort()).toEqual(['Herald: port talks', 'Karvinform']);
    const karvinform = widened.groups[0]!.results.find((r) => r.id === other.sourceId)!;
    expect(karvinform.snippet!.match).toBe('Воронцов');
    expect(titles(await t.call('search.query', { q: 'Gennady', filters: { kinds: ['source'] } }), 'source')).toEqual(['Herald: port talks']);

    // The index follows every write: edits, deletes, restores.
    await t.call('claims.update', { id: claim.id, statement: 'Talks are stalled' });
    expect(kinds(await t.call('search.query', { q: 'joint', filters: { kinds: ['claim'] } }))).toEqual({});
    await t.call('sources.delete', { id: a });
    expect(kinds(await t.call('search.query', { q: 'karvenian' }))).toEqual({ event: 1, memo: 1 });
    await t.call('trash.restore', { kind: 'source', id: a });
    expect(kinds(await t.call('search.query', { q: 'karvenian' }))).toEqual({ source: 1, annotation: 1, event: 1, memo: 1 });
  });

  it('filters by kind, source, label, date range and grade', async () => {
    const { t, a, b } = await project();
    const label = await t.call('labels.create', { name: 'Shipping', color: '#336699' });
    const at = ministry.indexOf('eight vessels');
    const passage = await t.call('annotations.create', { sourceId: b, start: at, end: at + 13, note: 'Shipping cap: eight', labelIds: [label.id] });
    await t.call('claims.create', { statement: 'Shipping capped at eight', annotationIds: [passage.id], credibility: 2 });
    const other = herald.indexOf('port this week');
    const heraldPassage = await t.call('annotations.create', { sourceId: a, start: other, end: other + 4, note: 'Shipping through the port' });
    await t.call('claims.create', { statement: 'Shipping through the port continues', annotationIds: [heraldPassage.id], credibility: 4 });

    expect(kinds(await t.call('search.query', { q: 'shipping' }))).toEqual({ source: 1, annotation: 2, claim: 2 });
    expect(kinds(await t.call('search.query', { q: 'shipping', filters: { sourceId: b } }))).toEqual({ source: 1, annotation: 1, claim: 1 });
    expect(kinds(await t.call('search.query', { q: 'shipping', filters: { labelId: label.id } }))).toEqual({ annotation: 1, claim: 1 });
    expect(kinds(await t.call('search.query', { q: 'shipping', filters: { kinds: ['claim'], minGrade: 'B2' } }))).toEqual({ claim: 1 });
    expect(kinds(await t.call('search.query', { q: 'shipping OR port', filters: { from: '2026-04', to: '2026-04-30', kinds: ['source'] } }))).toEqual({ source: 1 });
    expect(titles(await t.call('search.query', { q: 'shipping OR port', filters: { from: '2026-04', kinds: ['source'] } }), 'source')).toEqual(['Ministry statement']);
  });

  it('keeps searches to run again; a deleted one goes to the Trash', async () => {
    const { t } = await project();
    const saved = await t.call('search.saved.save', { name: 'Vessels', query: 'vessels OR ships', filters: { kinds: ['source'] } });
    expect(await t.call('search.saved.list', {})).toEqual([saved]);
    const again = await t.call('search.saved.save', { name: 'vessels', query: 'vessels', filters: {} });
    expect(again.id).toBe(saved.id);
    expect(await t.call('search.saved.list', {})).toEqual([again]);
    await t.call('search.saved.delete', { id: saved.id });
    expect(await t.call('search.saved.list', {})).toEqual([]);
    expect(await t.call('trash.list', {})).toMatchObject([{ kind: 'savedSearch', id: saved.id, title: 'vessels' }]);
    await t.call('trash.restore', { kind: 'savedSearch', id: saved.id });
    expect(await t.call('search.saved.list', {})).toHaveLength(1);
  });

  it('marks every write for indexing in its own transaction, so a crash before the index catches up loses nothing', async () => {
    const { t, path } = await project();
    await t.call('search.query', { q: 'port' });
    // A write made by something else (a merge, another tool) with no chance to index: the triggers mark it.
    const db = new Database(path);
    db.prepare("UPDATE sources SET title = 'Harbour negotiations' WHERE title = 'Ministry statement'").run();
    expect(db.prepare('SELECT count(*) FROM search_dirty').pluck().get()).toBe(1);
    db.close();
    expect(titles(await t.call('search.query', { q: 'harbour' }), 'source')).toEqual(['Harbour negotiations']);
  });
});

describe('the search index after a merge', () => {
  it('finds what a colleague’s file brought in, and loses what their deletion took away', () => {
    const dir = tempDir();
    const mine = newProject(dir, 'ana');
    const theirs = newProject(dir, 'ben');
    const shared = insertSource(mine, 'ana', { text: 'Harbour pilots went on strike in Lindhaven.', format: 'paste', title: 'Strike' }, 'pasted').sourceId!;
    expect(searchProject(mine, 'lindhaven').total).toBe(1);
    mergeFile(theirs, snapshot(mine, dir));
    insertSource(theirs, 'ben', { text: 'The Karvenian delegation left Veltra early.', format: 'paste', title: 'Delegation' }, 'pasted');
    deleteSource(theirs, 'ben', shared);

    mergeFile(mine, snapshot(theirs, dir));
    const found = searchProject(mine, 'karvenian');
    expect(found.groups[0]?.results.map((r) => r.title)).toEqual(['Delegation']);
    expect(searchProject(mine, 'lindhaven').total).toBe(0);
  });
});

describe('indexing in the background', () => {
  it('takes small steps within its time, and every step leaves the index consistent with what it covered', async () => {
    const { t, path } = await project();
    const db = new Database(path);
    db.prepare('DELETE FROM search_dirty').run();
    db.prepare("INSERT INTO search_dirty (kind, item_id) SELECT 'source', id FROM sources").run();
    // And 30 marks for items that are gone: 32 to look at in all.
    const gone = db.prepare("INSERT INTO search_dirty (kind, item_id) VALUES ('claim', ?)");
    for (let i = 0; i < 30; i += 1) gone.run(`gone-${i}`);
    db.close();
    await t.call('projects.close', {});
    const own = openProjectDatabase(path);
    // No time at all: one small batch (25), not everything; the next step takes the rest.
    expect(flushSearchIndex(own, { maxMs: 0 })).toBe(25);
    expect(flushSearchIndex(own, { maxMs: 0 })).toBe(7);
    expect(flushSearchIndex(own, { maxMs: 0 })).toBe(0);
    expect(searchProject(own, 'vessels').total).toBe(1);
    closeProjectDatabase(own);
  });
});
