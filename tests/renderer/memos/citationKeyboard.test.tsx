// @vitest-environment jsdom
import { act, cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Memo } from '../../../shared/api/memoTypes';
import { ApiProvider } from '../../../renderer/api/ApiContext';
import { QueryProvider } from '../../../renderer/api/QueryContext';
import { NavigationContext, type NavigationApi } from '../../../renderer/app/Navigation';
import { MemoEditor } from '../../../renderer/memos/MemoEditor';
import { NoticeProvider } from '../../../renderer/ui/Notices';
import { createFakeClient } from '../fakeClient';

configure({ asyncUtilTimeout: 5000 });
afterEach(cleanup);
// jsdom lays nothing out: ProseMirror's caret coordinates read rects that jsdom's Range lacks.
const emptyRect = { x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, toJSON: () => ({}) } as DOMRect;
Range.prototype.getClientRects ??= () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
Range.prototype.getBoundingClientRect ??= () => emptyRect;

const memo: Memo = {
  id: 'm1',
  title: 'Port talks',
  doc: {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Talks stalled' }, { type: 'citation', attrs: { kind: 'claim', refId: 'c1' } }, { type: 'text', text: ' again.' }] }],
  },
  templateId: null,
  revision: 0,
  wordCount: 3,
  citationCount: 1,
  createdAt: '2026-03-27T09:00:00.000Z',
  updatedAt: '2026-03-27T09:00:00.000Z',
  createdBy: 'analyst',
  updatedBy: 'analyst',
};

function setup() {
  const fake = createFakeClient({
    'memos.save': ({ doc }) => ({ revision: 1, updatedAt: '2026-03-27T09:01:00.000Z', wordCount: 3, citationCount: 1, autoVersionId: null, doc }) as never,
    'memos.citations': ({ refs }) =>
      refs.map((r) => ({
        ...r,
        removed: false,
        statement: 'Inspection rights blocked the deal.',
        quote: 'the inspection clause was the sticking point',
        sourceId: 's1',
        sourceTitle: 'Harbour Gazette',
        outlet: 'Gazette',
        published: '2026-03-20',
        grade: 'B2',
        start: 10,
        end: 54,
      })),
  });
  const openSource = vi.fn<NavigationApi['openSource']>();
  const nav = { openSource } as unknown as NavigationApi;
  render(
    <ApiProvider client={fake.client}>
      <NoticeProvider>
        <QueryProvider>
          <NavigationContext.Provider value={nav}>
            <MemoEditor memo={memo} onBack={() => {}} onReload={() => {}} onRestored={() => {}} />
          </NavigationContext.Provider>
        </QueryProvider>
      </NoticeProvider>
    </ApiProvider>,
  );
  return { openSource };
}

async function editorOf(): Promise<Editor> {
  const prose = await screen.findByRole('textbox', { name: /Port talks/ });
  await screen.findByRole('doc-noteref', { name: 'Footnote 1' });
  return (prose as unknown as { editor: Editor }).editor;
}

describe('citations from the keyboard', () => {
  it('is announced as a footnote reference; the caret beside it shows its card, and Alt+Enter opens the passage', async () => {
    const { openSource } = setup();
    const editor = await editorOf();
    await waitFor(() => expect(screen.getByRole('doc-noteref', { name: 'Footnote 1' }).textContent).toBe('1'));
    // "Talks stalled" is 13 characters: the caret right after it is right before the footnote.
    act(() => void editor.commands.focus(14, { scrollIntoView: false }));
    const card = await screen.findByRole('tooltip');
    await waitFor(() => expect(card.textContent).toContain('Inspection rights blocked the deal.'));
    expect(card.textContent).toContain('Grade B2');
    expect(card.getAttribute('aria-live')).toBe('polite');
    expect(card.textContent).toContain('Press Alt+Enter');
    fireEvent.keyDown(editor.view.dom, { key: 'Enter', altKey: true });
    expect(openSource).toHaveBeenCalledWith('s1', { start: 10, end: 54, annotationId: undefined }, { focus: true });
  });

  it('a selected footnote (an arrow key onto it) shows the card and Enter opens the passage, without splitting the paragraph', async () => {
    const { openSource } = setup();
    const editor = await editorOf();
    act(() => void editor.chain().focus(null, { scrollIntoView: false }).setNodeSelection(14).run());
    const card = await screen.findByRole('tooltip');
    await waitFor(() => expect(card.textContent).toContain('Press Enter to open the passage'));
    fireEvent.keyDown(editor.view.dom, { key: 'Enter' });
    expect(openSource).toHaveBeenCalledTimes(1);
    expect(editor.getJSON().content).toHaveLength(1);
    // Away from the footnote, the card goes and Enter is Enter again.
    act(() => void editor.commands.focus(3, { scrollIntoView: false }));
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());
  });
});
