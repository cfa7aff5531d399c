import { describe, expect, it } from 'vitest';
import { testWorkbench } from '../../helpers/testWorkbench';

const options = { pageSize: 'A4' as const, margins: { top: 20, right: 20, bottom: 20, left: 20 }, marking: '', date: '2026-03-27' };

describe('a passage from a PDF cites its page', () => {
  it('in memos.citations (the citation card) and in an exported footnote', async () => {
    const t = testWorkbench();
    await t.call('projects.create', { name: 'Pages' });
    const imported = await t.call('sources.importReviewed', {
      name: 'report.pdf',
      pages: [['Talks resumed on Monday.'], ['Negotiators agreed to twelve vessels a week.'], ['Observers called it fragile.']],
      stripRepeated: true,
      joinHyphens: true,
      title: 'Weekly Report',
    });
    const source = await t.call('sources.get', { id: imported.sourceId! });
    expect(source.pageStarts).toEqual([0, 26, 72]);
    const quote = 'twelve vessels a week';
    const start = source.text.indexOf(quote);
    const passage = await t.call('annotations.create', { sourceId: source.id, start, end: start + quote.length });
    const [info] = await t.call('memos.citations', { refs: [{ kind: 'annotation', refId: passage.id }] });
    expect(info?.page).toBe(2);

    const memo = await t.call('memos.create', { title: 'Paged' });
    const doc = {
      type: 'doc' as const,
      content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Vessels.' }, { type: 'citation' as const, attrs: { kind: 'annotation' as const, refId: passage.id } }] }],
    };
    await t.call('memos.save', { id: memo.id, doc, baseRevision: 0 });
    const md = (await t.call('memos.export', { id: memo.id, format: 'markdown', options })).text!;
    expect(md).toContain('“twelve vessels a week” — Weekly Report, p. 2.');

    // A pasted text has no pages: no page in its citation.
    const pasted = await t.call('sources.addText', { text: 'No pages here at all.' });
    const other = await t.call('annotations.create', { sourceId: pasted.sourceId!, start: 0, end: 8 });
    const [plain] = await t.call('memos.citations', { refs: [{ kind: 'annotation', refId: other.id }] });
    expect(plain?.page).toBeUndefined();
  });
});
