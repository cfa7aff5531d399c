// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { MemoDoc } from '../../../shared/memos/memoDoc';
import { Citation } from '../../../renderer/memos/editor/Citation';
import { citationNumbersKey } from '../../../renderer/memos/editor/citationNumbers';
import { StarterKit } from '@tiptap/starter-kit';

const cite = (refId: string, kind: 'claim' | 'annotation' = 'claim') => ({ type: 'citation' as const, attrs: { kind, refId } });
const text = (t: string) => ({ type: 'text' as const, text: t });

const editors: Editor[] = [];
afterEach(() => {
  for (const e of editors.splice(0)) e.destroy();
});

function open(doc: MemoDoc): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({ element, extensions: [StarterKit.configure({ link: false }), Citation], content: doc });
  editors.push(editor);
  return editor;
}

const numbers = (editor: Editor) => Array.from(editor.view.dom.querySelectorAll('sup.memo-citation')).map((el) => el.textContent);

describe('citation footnote numbers', () => {
  const doc: MemoDoc = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [text('First'), cite('c1'), text(' and '), cite('a1', 'annotation')] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('again'), cite('c1'), cite('c2')] }] }] },
    ],
  };

  it('numbers citations in document order, a repeated claim keeping its first number', () => {
    const editor = open(doc);
    expect(numbers(editor)).toEqual(['1', '2', '1', '3']);
    expect(editor.view.dom.querySelector('sup[data-ref-id="a1"]')?.getAttribute('data-kind')).toBe('annotation');
  });

  it('renumbers when a citation is inserted before others or deleted, not when text is typed', () => {
    const editor = open(doc);
    editor.chain().setTextSelection(1).insertContent(cite('c9')).run();
    expect(numbers(editor)).toEqual(['1', '2', '3', '2', '4']);
    const before = citationNumbersKey.getState(editor.state)?.decorations;
    editor.chain().setTextSelection(3).insertContent('typed ').run();
    expect(numbers(editor)).toEqual(['1', '2', '3', '2', '4']);
    expect(citationNumbersKey.getState(editor.state)?.decorations).not.toBe(before);
    // Delete the first citation (c9, now at position 1).
    editor.chain().setNodeSelection(1).deleteSelection().run();
    expect(numbers(editor)).toEqual(['1', '2', '1', '3']);
  });

  it('shows [source removed] on citations whose evidence is gone', () => {
    const editor = open(doc);
    editor.view.dispatch(editor.state.tr.setMeta(citationNumbersKey, { removed: new Set(['claim:c1']) }));
    expect(numbers(editor)).toEqual(['1 [source removed]', '2', '1 [source removed]', '3']);
    expect(editor.getJSON().content?.[0]?.content?.[1]).toEqual({ type: 'citation', attrs: { kind: 'claim', refId: 'c1' } });
  });
});
