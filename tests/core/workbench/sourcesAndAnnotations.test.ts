import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations/migrations';
import { base64, testWorkbench } from '../../helpers/testWorkbench';
import type { TestWorkbench } from '../../helpers/testWorkbench';

const report = 'Negotiators from Arvena and Solmark met in Veltra this week.\r\nA senior official, who asked not to be named, said a deal was “close”.';

async function withProject(): Promise<TestWorkbench> {
  const t = testWorkbench({ userName: 'lee' });
  await t.call('projects.create', { name: 'Test' });
  return t;
}

describe('sources', () => {
  it('adds pasted text, normalized, with metadata and a default title', async () => {
    const t = await withProject();
    const result = await t.call('sources.addText', { text: report, outlet: ' Veltra Daily ', reliability: 'B' });
    expect(result).toMatchObject({ status: 'imported', title: 'Negotiators from Arvena and Solmark met in Veltra this week.' });
    const source = await t.call('sources.get', { id: result.sourceId ?? '' });
    expect(source.text).not.toContain('\r');
    expect(source).toMatchObject({ outlet: 'Veltra Daily', reliability: 'B', format: 'paste', createdBy: 'lee', annotationCount: 0 });
    expect(source.sha256).toMatch(/^[0-9a-f]{64}$/);
    const [listed] = await t.call('sources.list', {});
    expect(listed).toMatchObject({ id: source.id, charCount: source.text.length });
    expect(listed).not.toHaveProperty('text');
  });

  it('reports an identical text as a duplicate instead of adding it twice', async () => {
    const t = await withProject();
    const first = await t.call('sources.addText', { text: report, title: 'First' });
    const again = await t.call('sources.addText', { text: `${report.replace('\r\n', '\n')}\n\n`, title: 'Second' });
    expect(again).toMatchObject({ status: 'duplicate', duplicateOf: first.sourceId });
    expect(again.message).toContain('already in this project as “First”');
    expect(await t.call('sources.list', {})).toHaveLength(1);
  });

  it('defaults reliability to F and refuses empty pasted text', async () => {
    const t = await withProject();
    const result = await t.call('sources.addText', { text: 'Short note.' });
    expect((await t.call('sources.get', { id: result.sourceId ?? '' })).reliability).toBe('F');
    const error = await t.fail('sources.addText', { text: ' \n\t ' });
    expect(error.code).toBe('FILE_EMPTY');
    expect(await t.call('sources.list', {})).toHaveLength(1);
  });

  it('edits metadata but never the text', async () => {
    const t = await withProject();
    const { sourceId = '' } = await t.call('sources.addText', { text: report });
    const updated = await t.call('sources.update', { id: sourceId, patch: { title: 'Talks in Veltra', reliability: 'C', notes: 'check' } });
    expect(updated).toMatchObject({ title: 'Talks in Veltra', reliability: 'C', notes: 'check' });
    expect((await t.fail('sources.update', { id: sourceId, patch: { title: '  ' } })).code).toBe('BAD_INPUT');
    expect((await t.fail('sources.update', { id: sourceId, patch: { text: 'new' } })).code).toBe('BAD_INPUT');
    expect((await t.fail('sources.update', { id: sourceId, patch: { reliability: 'G' } })).code).toBe('BAD_INPUT');
    expect(await t.fail('sources.update', { id: sourceId, patch: { published: '14/03/2024' } })).toEqual({
      code: 'BAD_INPUT',
      message: 'Published date: use YYYY-MM-DD, YYYY-MM or YYYY.',
    });
    expect((await t.fail('sources.addText', { text: 'New text', published: 'March 2026' })).code).toBe('BAD_INPUT');
    // A date of the right form that does not exist: core says what is wrong with it.
    expect(await t.fail('sources.update', { id: sourceId, patch: { published: '2026-02-30' } })).toEqual({
      code: 'BAD_INPUT',
      message: 'Published date: February 2026 has 28 days.',
    });
    expect((await t.call('sources.update', { id: sourceId, patch: { published: '2026-03' } })).published).toBe('2026-03');
  });

  it('imports several files, each with its own outcome', async () => {
    const t = await withProject();
    const results = await t.call('sources.importFiles', {
      files: [
        { name: 'a.txt', dataBase64: base64('Report A.\nWith two lines.') },
        { name: 'b.md', dataBase64: base64('# Heading B\n\nBody of B.') },
        { name: 'empty.txt', dataBase64: '' },
        { name: 'copy.txt', dataBase64: base64('Report A.\r\nWith two lines.') },
        { name: 'bad.txt', dataBase64: '!!not base64!!' },
      ],
    });
    expect(results.map((r) => [r.name, r.status])).toEqual([
      ['a.txt', 'imported'],
      ['b.md', 'imported'],
      ['empty.txt', 'failed'],
      ['copy.txt', 'duplicate'],
      ['bad.txt', 'failed'],
    ]);
    expect(results[1]?.title).toBe('Heading B');
    expect(results[2]?.message).toMatch(/empty/i);
    expect(await t.call('sources.list', {})).toHaveLength(2);
  });

  it('moves a deleted source and its highlights to the Trash and back', async () => {
    const t = await withProject();
    const { sourceId = '' } = await t.call('sources.addText', { text: report, title: 'Report' });
    await t.call('annotations.create', { sourceId, start: 0, end: 11 });
    await t.call('sources.delete', { id: sourceId });
    expect(await t.call('sources.list', {})).toEqual([]);
    expect((await t.fail('sources.get', { id: sourceId })).code).toBe('NOT_FOUND');
    const trash = await t.call('trash.list', {});
    expect(trash).toMatchObject([{ kind: 'source', id: sourceId, title: 'Report', detail: '1 highlight', deletedBy: 'lee' }]);
    // The same text cannot sneak back in while it sits in the Trash.
    expect((await t.call('sources.addText', { text: report })).message).toMatch(/in the Trash/);
    await t.call('trash.restore', { kind: 'source', id: sourceId });
    expect(await t.call('annotations.list', { sourceId })).toHaveLength(1);
    expect(await t.call('trash.list', {})).toEqual([]);
  });
});

describe('annotations and labels', () => {
  it('stores position and quote selectors computed from the stored text', async () => {
    const t = await withProject();
    const { sourceId = '' } = await t.call('sources.addText', { text: report });
    const source = await t.call('sources.get', { id: sourceId });
    const start = source.text.indexOf('a deal was');
    const annotation = await t.call('annotations.create', { sourceId, start, end: start + 10, note: 'optimistic' });
    expect(annotation).toMatchObject({ start, end: start + 10, exact: 'a deal was', note: 'optimistic', labelIds: [] });
    expect(source.text.slice(start - annotation.prefix.length, start)).toBe(annotation.prefix);
    expect(annotation.prefix.length).toBe(32);
    expect(annotation.suffix).toBe(' “close”.');
  });

  it('refuses highlights outside the text and leaves the project unchanged', async () => {
    const t = await withProject();
    const { sourceId = '' } = await t.call('sources.addText', { text: 'Ten chars.' });
    for (const [start, end] of [[0, 11], [5, 5], [8, 3], [-1, 2]] as const) {
      const error = await t.fail('annotations.create', { sourceId, start, end });
      expect(['RANGE_OUTSIDE_TEXT', 'BAD_INPUT']).toContain(error.code);
    }
    expect((await t.fail('annotations.create', { sourceId, start: 0, end: 11 })).message).toMatch(/outside the text/);
    expect((await t.fail('annotations.create', { sourceId: 'nope', start: 0, end: 1 })).code).toBe('NOT_FOUND');
    expect(await t.call('annotations.list', { sourceId })).toEqual([]);
  });

  it('keeps overlapping highlights, in text order', async () => {
    const t = await withProject();
    const { sourceId = '' } = await t.call('sources.addText', { text: report });
    const b = await t.call('annotations.create', { sourceId, start: 10, end: 40 });
    const a = await t.call('annotations.create', { sourceId, start: 0, end: 20 });
    expect((await t.call('annotations.list', { sourceId })).map((x) => x.id)).toEqual([a.id, b.id]);
  });

  it('edits notes and labels; removing a label keeps a tombstone and re-adding revives it', async () => {
    const t = await withProject();
    const { sourceId = '' } = await t.call('sources.addText', { text: report });
    const key = await t.call('labels.create', { name: 'Key claim', color: '#aa0000' });
    const anon = await t.call('labels.create', { name: 'Anonymous', color: '#0000aa' });
    const note = await t.call('annotations.create', { sourceId, start: 0, end: 5, labelIds: [key.id, key.id] });
    expect(note.labelIds).toEqual([key.id]);
    let updated = await t.call('annotations.update', { id: note.id, note: 'edited', labelIds: [anon.id] });
    expect(updated).toMatchObject({ note: 'edited', labelIds: [anon.id] });
    updated = await t.call('annotations.update', { id: note.id, labelIds: [anon.id, key.id] });
    expect(new Set(updated.labelIds)).toEqual(new Set([anon.id, key.id]));
    expect((await t.fail('annotations.update', { id: note.id, labelIds: ['missing'] })).code).toBe('NOT_FOUND');
  });

  it('lists the highlights carrying a label across sources', async () => {
    const t = await withProject();
    const a = await t.call('sources.addText', { text: report, title: 'Beta report' });
    const b = await t.call('sources.addText', { text: 'Another text about the port deal.', title: 'Alpha note' });
    const key = await t.call('labels.create', { name: 'Key claim', color: '#aa0000' });
    const first = await t.call('annotations.create', { sourceId: a.sourceId ?? '', start: 0, end: 11, labelIds: [key.id] });
    await t.call('annotations.create', { sourceId: a.sourceId ?? '', start: 12, end: 20 });
    const second = await t.call('annotations.create', { sourceId: b.sourceId ?? '', start: 0, end: 7, labelIds: [key.id] });
    const listed = await t.call('annotations.byLabel', { labelId: key.id });
    expect(listed.map((h) => [h.sourceTitle, h.annotation.id])).toEqual([
      ['Alpha note', second.id],
      ['Beta report', first.id],
    ]);
    await t.call('annotations.update', { id: first.id, labelIds: [] });
    expect(await t.call('annotations.byLabel', { labelId: key.id })).toHaveLength(1);
  });

  it('deletes a highlight to the Trash and restores it', async () => {
    const t = await withProject();
    const { sourceId = '' } = await t.call('sources.addText', { text: report, title: 'R' });
    const note = await t.call('annotations.create', { sourceId, start: 0, end: 11, note: 'who are they' });
    await t.call('annotations.delete', { id: note.id });
    expect(await t.call('annotations.list', { sourceId })).toEqual([]);
    expect(await t.call('trash.list', {})).toMatchObject([{ kind: 'annotation', id: note.id, title: '“Negotiators”' }]);
    await t.call('trash.restore', { kind: 'annotation', id: note.id });
    expect(await t.call('annotations.list', { sourceId })).toMatchObject([{ id: note.id, note: 'who are they' }]);
    expect((await t.fail('trash.restore', { kind: 'annotation', id: note.id })).code).toBe('NOT_FOUND');
    expect((await t.fail('annotations.delete', { id: 'nope' })).code).toBe('NOT_FOUND');
  });

  it('manages labels: unique names, rename, recolour, delete and restore', async () => {
    const t = await withProject();
    const label = await t.call('labels.create', { name: 'Rumour', color: '#123456' });
    expect((await t.fail('labels.create', { name: 'rumour', color: '#000000' })).code).toBe('ALREADY_EXISTS');
    expect((await t.fail('labels.create', { name: 'Bad', color: 'red' })).code).toBe('BAD_INPUT');
    const renamed = await t.call('labels.update', { id: label.id, name: 'Hearsay', color: '#ABCDEF' });
    expect(renamed).toMatchObject({ name: 'Hearsay', color: '#abcdef' });
    await t.call('labels.delete', { id: label.id });
    expect(await t.call('labels.list', {})).toEqual([]);
    await t.call('labels.create', { name: 'Hearsay', color: '#000000' });
    expect((await t.fail('trash.restore', { kind: 'label', id: label.id })).code).toBe('ALREADY_EXISTS');
  });
});

describe('the API boundary', () => {
  it('refuses unknown methods and malformed payloads with plain messages', async () => {
    const t = await withProject();
    expect(await t.fail('sources.nuke', {})).toMatchObject({ code: 'UNKNOWN_METHOD' });
    expect(await t.fail('__proto__', {})).toMatchObject({ code: 'UNKNOWN_METHOD' });
    const bad = await t.fail('annotations.create', { sourceId: 1, start: 'a' });
    expect(bad.code).toBe('BAD_INPUT');
    expect(bad.message).toContain('sourceId');
    expect((await t.fail('sources.list', { extra: true })).code).toBe('BAD_INPUT');
    expect((await t.fail('sources.list', 'not an object')).code).toBe('BAD_INPUT');
  });

  it('describes the app: version, schema, host, projects folder and analyst', async () => {
    const t = testWorkbench({ userName: 'ana' });
    expect(await t.call('app.info', {})).toEqual({
      version: '0.0.0-test',
      schemaVersion: LATEST_SCHEMA_VERSION,
      host: 'browser',
      projectsDir: t.projectsDir,
      userName: 'ana',
    });
  });

  it('needs an open project for project methods', async () => {
    const t = testWorkbench();
    expect((await t.fail('sources.list', {})).code).toBe('NO_PROJECT');
  });

  it('announces changes to listeners', async () => {
    const t = await withProject();
    const seen: string[] = [];
    t.workbench.onEvent((name, payload) => seen.push(`${name}:${JSON.stringify(payload)}`));
    await t.call('sources.addText', { text: 'x y z' });
    await t.call('projects.close', {});
    expect(seen[0]).toBe('project.changed:{"topics":["sources","project"]}');
    expect(seen[1]).toBe('project.switched:{"project":null}');
  });
});
