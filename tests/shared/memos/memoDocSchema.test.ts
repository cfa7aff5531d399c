import { describe, expect, it } from 'vitest';
import { MAX_MEMO_NODES, parseMemoDoc } from '../../../shared/memos/memoDocSchema';
import { citationsOf, countWords, memoStats } from '../../../shared/memos/memoStats';
import { BUILTIN_TEMPLATES } from '../../../shared/memos/templates';

function refuse(value: unknown): string {
  const result = parseMemoDoc(value);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.message;
}

describe('memo documents', () => {
  it('accept what Tiptap’s getJSON gives, dropping attributes Dossier does not keep', () => {
    const fromEditor = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2, id: 'x', textAlign: null }, content: [{ type: 'text', text: 'Title' }] },
        { type: 'orderedList', attrs: { start: 3, type: null }, content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
        {
          type: 'table',
          content: [{ type: 'tableRow', content: [{ type: 'tableHeader', attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [{ type: 'paragraph' }] }] }],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'a\u0000b\nc', marks: [{ type: 'bold', attrs: {} }] }, { type: 'citation', attrs: { kind: 'claim', refId: 'c1', label: '1' } }] },
        { type: 'entityCard', attrs: { entityId: 'e1' } },
        { type: 'timelineTable', attrs: { timelineId: null, from: '', to: '2022' } },
      ],
    };
    const result = parseMemoDoc(fromEditor);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.content[0]).toEqual({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Title' }] });
    expect(result.doc.content[1]).toEqual({ type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] });
    expect(result.doc.content[3]).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: 'ab c', marks: [{ type: 'bold' }] }, { type: 'citation', attrs: { kind: 'claim', refId: 'c1' } }],
    });
    expect(result.doc.content[4]).toEqual({ type: 'entityCard', attrs: { entityId: 'e1', frozen: null } });
    expect(result.doc.content[5]).toEqual({ type: 'timelineTable', attrs: { timelineId: null, typeIds: null, from: null, to: '2022', frozen: null } });
  });

  it('refuse what is not a memo, saying what and where', () => {
    expect(refuse(null)).toMatch(/must be a document/);
    expect(refuse({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'image' }] }] })).toBe('Dossier memos have no “image” element (at the document → doc 1 → paragraph 1).');
    expect(refuse({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'textStyle' }] }] }] })).toMatch(/no “textStyle” formatting/);
    expect(refuse({ type: 'doc', content: [{ type: 'claimsTable', attrs: { minGrade: 'G9' } }] })).toMatch(/a grade like B2.*content\.0\.attrs\.minGrade/);
    expect(refuse({ type: 'doc', content: [] })).toMatch(/not a valid Dossier document/);
    expect(refuse({ type: 'doc', content: 'text' })).toMatch(/not a list/);
    const many = { type: 'doc', content: Array.from({ length: MAX_MEMO_NODES }, () => ({ type: 'horizontalRule' })) };
    expect(refuse(many)).toMatch(/too large: more than 500,000 elements/);
    expect(refuse({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(10_000_001) }] }] })).toMatch(/10,000,000 characters/);
  });

  it('count words across marks and citations in order of use', () => {
    expect(countWords('Don’t co-operate — 3.5% of 12 people')).toBe(7);
    const doc = {
      type: 'doc' as const,
      content: [
        { type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'bo' }, { type: 'text' as const, text: 'ld', marks: [{ type: 'bold' as const }] }, { type: 'text' as const, text: ' move' }] },
        {
          type: 'bulletList' as const,
          content: [{ type: 'listItem' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'citation' as const, attrs: { kind: 'annotation' as const, refId: 'a' } }, { type: 'text' as const, text: 'cited' }] }] }],
        },
        { type: 'paragraph' as const, content: [{ type: 'citation' as const, attrs: { kind: 'claim' as const, refId: 'b' } }, { type: 'citation' as const, attrs: { kind: 'annotation' as const, refId: 'a' } }] },
        { type: 'indicatorsTable' as const, attrs: { rows: [{ figure: '40%', label: 'turnout', explanation: 'down from 60%' }] } },
      ],
    };
    expect(memoStats(doc)).toEqual({ wordCount: 2 + 1 + 5, citationCount: 3 });
    expect(citationsOf(doc)).toEqual([
      { kind: 'annotation', refId: 'a' },
      { kind: 'claim', refId: 'b' },
      { kind: 'annotation', refId: 'a' },
    ]);
  });

  it('hold every built-in template', () => {
    for (const template of BUILTIN_TEMPLATES) expect(parseMemoDoc(template.doc)).toEqual({ ok: true, doc: template.doc });
  });
});
