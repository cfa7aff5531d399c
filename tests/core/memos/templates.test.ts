import { describe, expect, it } from 'vitest';
import type { MemoBlock } from '../../../shared/memos/memoDoc';
import { inlineText } from '../../../shared/memos/memoStats';
import { memoProject } from './memoTestProject';

const headingDoc = (text: string) => ({ type: 'doc' as const, content: [{ type: 'heading' as const, attrs: { level: 1 as const }, content: [{ type: 'text' as const, text }] }] });

const headings = (blocks: MemoBlock[]) =>
  blocks.flatMap((b) => (b.type === 'heading' ? [`${'#'.repeat(b.attrs.level)} ${inlineText(b.content)}`] : []));

describe('memo templates', () => {
  it('include blank, BLUF and the situation brief with its sections, indicators, tables, timeline and sources', async () => {
    const { t } = await memoProject();
    const list = await t.call('templates.list', {});
    expect(list.map((x) => [x.id, x.name, x.builtin])).toEqual([
      ['builtin:blank', 'Blank', true],
      ['builtin:bluf', 'BLUF', true],
      ['builtin:situation-brief', 'Situation brief', true],
    ]);
    const bluf = await t.call('templates.get', { id: 'builtin:bluf' });
    expect(headings(bluf.doc.content)).toEqual(['# Bottom line up front', '# Key judgments', '# Discussion', '# Outlook']);

    const brief = await t.call('templates.get', { id: 'builtin:situation-brief' });
    expect(headings(brief.doc.content)).toEqual([
      '# Overview',
      '# Key indicators',
      '# People involved',
      '# Organizations involved',
      '# Timeline',
      '# Scenarios',
      '## Scenario 1',
      '# Historical context',
      '# Sources',
    ]);
    const types = brief.doc.content.map((b) => b.type);
    expect(types).toContain('indicatorsTable');
    expect(types).toContain('timelineTable');
    expect(types.at(-1)).toBe('sourcesList');
    const tableHeaders = brief.doc.content.flatMap((b) =>
      b.type === 'table' ? [b.content[0]!.content.map((cell) => (cell.content[0]?.type === 'paragraph' ? inlineText(cell.content[0].content) : ''))] : [],
    );
    expect(tableHeaders).toEqual([
      ['Name', 'Role', 'Why they matter'],
      ['Name', 'Status', 'Why it matters'],
      ['Dates', 'What happened', 'Outcome', 'Why relevant'],
    ]);
    // Every built-in template renders: a brief made from it exports with an empty Sources list.
    const memo = await t.call('memos.create', { title: 'Brief', templateId: 'builtin:situation-brief' });
    const md = (await t.call('memos.export', { id: memo.id, format: 'markdown', options: { date: '' } })).text!;
    expect(md).toContain('## Sources\n\nNo sources cited.');
    expect(md).toContain('| Figure | Indicator | Why it matters |');
  });

  it('are the analyst’s own when saved from a memo: listed, used, renamed, deleted to the Trash and restored', async () => {
    const { t } = await memoProject();
    const memo = await t.call('memos.create', { title: 'Weekly', templateId: 'builtin:bluf' });
    const doc = { type: 'doc' as const, content: [{ type: 'heading' as const, attrs: { level: 1 as const }, content: [{ type: 'text' as const, text: 'This week' }] }, { type: 'paragraph' as const }] };
    await t.call('memos.save', { id: memo.id, doc, baseRevision: 0 });
    const weekly = await t.call('templates.saveFromMemo', { memoId: memo.id, name: 'Weekly update', description: 'Monday memo' });
    expect(weekly).toMatchObject({ name: 'Weekly update', description: 'Monday memo', builtin: false, doc });
    expect((await t.fail('templates.saveFromMemo', { memoId: memo.id, name: 'WEEKLY update' })).code).toBe('ALREADY_EXISTS');
    expect((await t.fail('templates.saveFromMemo', { memoId: memo.id, name: 'bluf' })).code).toBe('ALREADY_EXISTS');

    const fromTemplate = await t.call('memos.create', { title: 'Week 12', templateId: weekly.id });
    expect(fromTemplate).toMatchObject({ doc, templateId: weekly.id, wordCount: 2 });

    expect(await t.call('templates.rename', { id: weekly.id, name: 'Weekly' })).toMatchObject({ name: 'Weekly', builtin: false });
    expect((await t.fail('templates.rename', { id: 'builtin:bluf', name: 'Mine' })).message).toMatch(/Built-in templates cannot be renamed/);
    expect((await t.fail('templates.delete', { id: 'builtin:blank' })).code).toBe('BAD_INPUT');
    expect((await t.call('templates.list', {})).map((x) => x.name)).toEqual(['Blank', 'BLUF', 'Situation brief', 'Weekly']);

    await t.call('templates.delete', { id: weekly.id });
    expect((await t.call('templates.list', {})).map((x) => x.name)).toEqual(['Blank', 'BLUF', 'Situation brief']);
    expect((await t.fail('memos.create', { title: 'x', templateId: weekly.id })).code).toBe('NOT_FOUND');
    expect(await t.call('trash.list', {})).toMatchObject([{ kind: 'memoTemplate', id: weekly.id, title: 'Weekly' }]);
    // A template of the same name made meanwhile blocks the restore, with a message.
    const other = await t.call('templates.saveFromMemo', { memoId: memo.id, name: 'Weekly' });
    expect((await t.fail('trash.restore', { kind: 'memoTemplate', id: weekly.id })).code).toBe('ALREADY_EXISTS');
    await t.call('templates.rename', { id: other.id, name: 'Weekly (new)' });
    await t.call('trash.restore', { kind: 'memoTemplate', id: weekly.id });
    expect((await t.call('templates.get', { id: weekly.id })).doc).toEqual(doc);
  });

  it('are edited by replacing one with a memo’s document; the previous version waits in the Trash', async () => {
    const { t } = await memoProject();
    const memo = await t.call('memos.create', { title: 'Weekly', templateId: 'builtin:blank' });
    await t.call('memos.save', { id: memo.id, doc: headingDoc('Version one'), baseRevision: 0 });
    const weekly = await t.call('templates.saveFromMemo', { memoId: memo.id, name: 'Weekly' });

    const draft = await t.call('memos.create', { title: 'Editing Weekly', templateId: weekly.id });
    await t.call('memos.save', { id: draft.id, doc: headingDoc('Version two'), baseRevision: 0 });
    const replaced = await t.call('templates.replaceFromMemo', { id: weekly.id, memoId: draft.id });
    expect(replaced).toMatchObject({ id: weekly.id, name: 'Weekly', doc: headingDoc('Version two') });
    expect((await t.call('templates.list', {})).map((x) => x.name)).toEqual(['Blank', 'BLUF', 'Situation brief', 'Weekly']);

    const [old] = await t.call('trash.list', {});
    expect(old).toMatchObject({ kind: 'memoTemplate' });
    expect(old!.title).toMatch(/^Weekly \(before \d{4}-\d\d-\d\d \d\d:\d\d\)$/);
    await t.call('trash.restore', { kind: 'memoTemplate', id: old!.id });
    expect((await t.call('templates.get', { id: old!.id })).doc).toEqual(headingDoc('Version one'));

    expect((await t.fail('templates.replaceFromMemo', { id: 'builtin:bluf', memoId: draft.id })).code).toBe('BAD_INPUT');
    await t.call('memos.delete', { id: draft.id });
    const before = await t.call('templates.get', { id: weekly.id });
    expect((await t.fail('templates.replaceFromMemo', { id: weekly.id, memoId: draft.id })).code).toBe('NOT_FOUND');
    expect(await t.call('templates.get', { id: weekly.id })).toEqual(before);
    expect(await t.call('trash.list', {})).toHaveLength(1); // the memo only: the failed replace left nothing behind
  });
});
