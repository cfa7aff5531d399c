import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MemoDoc } from '../../../shared/memos/memoDoc';
import { fullMemoDoc, memoProject, paragraphsDoc } from './memoTestProject';

const para = (value: string): MemoDoc => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: value }] }] });

afterEach(() => {
  vi.useRealTimers();
});

describe('memos', () => {
  it('are created from templates, listed with word and citation counts, renamed and duplicated', async () => {
    const p = await memoProject();
    const { t } = p;
    const brief = await t.call('memos.create', { title: 'Dravik brief', templateId: 'builtin:situation-brief' });
    expect(brief).toMatchObject({ title: 'Dravik brief', revision: 0, citationCount: 0, templateId: 'builtin:situation-brief', createdBy: 'lee' });
    expect(brief.doc.content.filter((b) => b.type === 'heading').length).toBeGreaterThanOrEqual(8);
    const blank = await t.call('memos.create', { title: 'Notes' });
    expect(blank.doc).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });

    const saved = await t.call('memos.save', { id: brief.id, doc: fullMemoDoc(p), baseRevision: 0 });
    expect(saved).toMatchObject({ revision: 1, citationCount: 4, autoVersionId: null });
    expect(saved.wordCount).toBeGreaterThan(30);

    const list = await t.call('memos.list', {});
    expect(list.map((m) => m.title)).toEqual(['Dravik brief', 'Notes']);
    expect(list[0]).toMatchObject({ wordCount: saved.wordCount, citationCount: 4, revision: 1 });
    expect(list[0]).not.toHaveProperty('doc');

    expect(await t.call('memos.rename', { id: blank.id, title: '  Scratch  ' })).toMatchObject({ title: 'Scratch' });
    expect((await t.fail('memos.rename', { id: blank.id, title: '   ' })).code).toBe('BAD_INPUT');
    const copy = await t.call('memos.duplicate', { id: brief.id });
    expect(copy).toMatchObject({ title: 'Dravik brief (copy)', revision: 0, citationCount: 4, wordCount: saved.wordCount });
    expect(copy.doc).toEqual((await t.call('memos.get', { id: brief.id })).doc);
    expect(await t.call('memos.versions.list', { memoId: copy.id })).toEqual([]);
    expect((await t.fail('memos.create', { title: 'x', templateId: 'builtin:nope' })).code).toBe('NOT_FOUND');
  });

  it('refuses a save against an older revision, and keeps the refused text as a conflict version', async () => {
    const { t } = await memoProject();
    const memo = await t.call('memos.create', { title: 'Shared memo' });
    await t.call('memos.save', { id: memo.id, doc: para('from window one'), baseRevision: 0 });
    const error = await t.fail('memos.save', { id: memo.id, doc: para('from window two'), baseRevision: 0 });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/saved elsewhere.*revision 1.*kept in the memo’s history/s);

    const stored = await t.call('memos.get', { id: memo.id });
    expect(stored.doc).toEqual(para('from window one'));
    expect(stored.revision).toBe(1);
    const versions = await t.call('memos.versions.list', { memoId: memo.id });
    expect(versions).toMatchObject([{ kind: 'conflict', revision: 0, title: 'Shared memo' }]);
    expect((await t.call('memos.versions.get', { id: versions[0]!.id })).doc).toEqual(para('from window two'));
  });

  it('keeps at most one automatic version per ten minutes of editing, the memo as it was before the save', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T09:00:00Z'));
    const { t } = await memoProject();
    const memo = await t.call('memos.create', { title: 'Long session' });
    let revision = 0;
    const type = async (words: string) => {
      const result = await t.call('memos.save', { id: memo.id, doc: para(words), baseRevision: revision });
      revision = result.revision;
      return result;
    };
    await type('one');
    vi.setSystemTime(new Date('2030-01-01T09:05:00Z'));
    expect((await type('one two')).autoVersionId).toBeNull();
    vi.setSystemTime(new Date('2030-01-01T09:10:30Z'));
    const third = await type('one two three');
    expect(third.autoVersionId).not.toBeNull();
    vi.setSystemTime(new Date('2030-01-01T09:15:00Z'));
    expect((await type('one two three four')).autoVersionId).toBeNull();

    const versions = await t.call('memos.versions.list', { memoId: memo.id });
    expect(versions).toMatchObject([{ kind: 'auto', revision: 2, wordCount: 2 }]);
    expect((await t.call('memos.versions.get', { id: third.autoVersionId! })).doc).toEqual(para('one two'));
  });

  it('takes named snapshots and restores a version, keeping the memo as it was first', async () => {
    const { t } = await memoProject();
    const memo = await t.call('memos.create', { title: 'Versions' });
    await t.call('memos.save', { id: memo.id, doc: para('first draft'), baseRevision: 0 });
    const named = await t.call('memos.snapshot', { id: memo.id, name: 'Sent to desk' });
    expect(named).toMatchObject({ kind: 'named', name: 'Sent to desk', revision: 1, wordCount: 2 });
    await t.call('memos.save', { id: memo.id, doc: para('second draft, much longer'), baseRevision: 1 });

    const restored = await t.call('memos.restoreVersion', { versionId: named.id });
    expect(restored).toMatchObject({ revision: 3, wordCount: 2, title: 'Versions' });
    expect(restored.doc).toEqual(para('first draft'));
    const versions = await t.call('memos.versions.list', { memoId: memo.id });
    expect(versions.map((v) => [v.kind, v.revision])).toEqual([
      ['beforeRestore', 2],
      ['named', 1],
    ]);
    expect((await t.call('memos.versions.get', { id: versions[0]!.id })).doc).toEqual(para('second draft, much longer'));
    // The editor's base revision is now stale: a save from before the restore is refused, not lost.
    expect((await t.fail('memos.save', { id: memo.id, doc: para('stale'), baseRevision: 2 })).code).toBe('CONFLICT');
  });

  it('go to the Trash with their versions and come back with trash.restore', async () => {
    const { t } = await memoProject();
    const memo = await t.call('memos.create', { title: 'To bin' });
    await t.call('memos.save', { id: memo.id, doc: para('some words here'), baseRevision: 0 });
    const snapshot = await t.call('memos.snapshot', { id: memo.id });
    await t.call('memos.delete', { id: memo.id });
    expect(await t.call('memos.list', {})).toEqual([]);
    expect((await t.fail('memos.get', { id: memo.id })).code).toBe('NOT_FOUND');
    expect((await t.fail('memos.save', { id: memo.id, doc: para('x'), baseRevision: 1 })).code).toBe('NOT_FOUND');
    expect((await t.fail('memos.versions.get', { id: snapshot.id })).code).toBe('NOT_FOUND');
    expect(await t.call('trash.list', {})).toMatchObject([{ kind: 'memo', id: memo.id, title: 'To bin', detail: 'memo of 3 words', deletedBy: 'lee' }]);
    expect((await t.call('projects.current', {}))?.counts.trash).toBe(1);

    await t.call('trash.restore', { kind: 'memo', id: memo.id });
    expect((await t.call('memos.get', { id: memo.id })).doc).toEqual(para('some words here'));
    expect(await t.call('memos.versions.list', { memoId: memo.id })).toHaveLength(1);
    expect(await t.call('trash.list', {})).toEqual([]);
  });

  it('refuses documents that are not Dossier memos, with a message, and leaves the memo as it was', async () => {
    const p = await memoProject();
    const memo = await p.t.call('memos.create', { title: 'Guarded' });
    await p.t.call('memos.save', { id: memo.id, doc: para('safe'), baseRevision: 0 });
    const cases: [unknown, RegExp][] = [
      ['<p>html</p>', /must be a document/],
      [{ type: 'doc', content: [{ type: 'image', attrs: { src: 'https://example.com/x.png' } }] }, /no “image” element/],
      [{ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] }, /no “link” formatting/],
      [{ type: 'doc', content: [{ type: 'heading', attrs: { level: 7 }, content: [] }] }, /not a valid Dossier document/],
      [{ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'citation', attrs: { kind: 'source', refId: 'x' } }] }] }, /not a valid Dossier document/],
    ];
    let deep: Record<string, unknown> = { type: 'paragraph' };
    for (let i = 0; i < 200; i += 1) deep = { type: 'blockquote', content: [deep] };
    cases.push([{ type: 'doc', content: [deep] }, /nested too deeply/]);
    for (const [doc, message] of cases) {
      const error = await p.t.fail('memos.save', { id: memo.id, doc, baseRevision: 1 });
      expect(error.code).toBe('BAD_INPUT');
      expect(error.message).toMatch(message);
    }
    const stored = await p.t.call('memos.get', { id: memo.id });
    expect(stored).toMatchObject({ revision: 1, doc: para('safe') });
    expect(await p.t.call('memos.versions.list', { memoId: memo.id })).toEqual([]);
  });

  it('saves and opens a memo of 10,000 paragraphs', async () => {
    const p = await memoProject();
    const memo = await p.t.call('memos.create', { title: 'Very long' });
    const doc = paragraphsDoc(10_000);
    const saved = await p.t.call('memos.save', { id: memo.id, doc, baseRevision: 0 });
    expect(saved.wordCount).toBe(10_000 * 12);
    const opened = await p.t.call('memos.get', { id: memo.id });
    expect(opened.doc.content).toHaveLength(10_000);
    expect(opened.doc).toEqual(doc);
    const file = p.t.workbench.currentProjectPath()!;
    const db = new Database(file, { readonly: true });
    expect((db.prepare('SELECT revision, word_count FROM memos WHERE id = ?').get(memo.id) as { revision: number }).revision).toBe(1);
    db.close();
    expect(path.extname(file)).toBe('.dossier');
  });
});
