// @vitest-environment jsdom
import { act, cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation, Claim, EntityKind, EntitySummary, Source } from '../../../shared/api/types';
import { ApiProvider } from '../../../renderer/api/ApiContext';
import { QueryProvider } from '../../../renderer/api/QueryContext';
import { NavigationContext, type NavigationApi } from '../../../renderer/app/Navigation';
import { ReaderPane } from '../../../renderer/reader/ReaderPane';
import { NoticeProvider } from '../../../renderer/ui/Notices';
import { createFakeClient } from '../fakeClient';

const TEXT = 'Alpha beta gamma delta.\n\nSecond paragraph here.';

const source: Source = {
  id: 's1',
  title: 'Port statement',
  outlet: 'Gazette',
  author: '',
  published: '2024-03-27',
  url: '',
  reliability: 'B',
  format: 'paste',
  originalName: '',
  charCount: TEXT.length,
  annotationCount: 0,
  createdAt: '2024-03-28T10:00:00Z',
  updatedAt: '2024-03-28T10:00:00Z',
  createdBy: 'analyst',
  notes: '',
  text: TEXT,
  sha256: 'x',
};

const entity = (id: string, kind: EntityKind, name: string, description = ''): EntitySummary => ({
  id,
  kind,
  name,
  description,
  dateEdtf: '',
  aliases: [],
  mentionCount: 1,
  claimCount: 0,
  conflictCount: 0,
  updatedAt: '',
});
const ENTITIES = [entity('e-gamma', 'person', 'Gamma', 'Port captain'), entity('e-delta', 'organization', 'Delta Lines')];
const spanOf = (word: string) => ({ start: TEXT.indexOf(word), end: TEXT.indexOf(word) + word.length });
/** "gamma" names Gamma, "delta" Delta Lines (by an alias, as it were). */
const MENTIONS = [
  { entityId: 'e-gamma', ...spanOf('gamma') },
  { entityId: 'e-delta', ...spanOf('delta') },
];

function setup() {
  let annotations: Annotation[] = [];
  const went: string[] = [];
  const fake = createFakeClient({
    'sources.get': () => source,
    'annotations.list': () => annotations,
    'labels.list': () => [],
    'entities.list': () => ENTITIES,
    'mentions.forSource': () => MENTIONS,
    'claims.list': () => ({ rows: [], entities: [], sourceTitles: [], total: 0 }),
    // The dialog reads only these of the claim it made.
    'claims.create': () => ({ id: 'c1', grade: 'B2', citationCount: 1 }) as Claim,
    'annotations.create': (input) => {
      const created: Annotation = {
        id: `a${annotations.length + 1}`,
        sourceId: input.sourceId,
        start: input.start,
        end: input.end,
        exact: TEXT.slice(input.start, input.end),
        prefix: '',
        suffix: '',
        note: input.note ?? '',
        labelIds: input.labelIds ?? [],
        entityIds: input.entityIds ?? [],
        createdAt: '',
        updatedAt: '',
        createdBy: 'analyst',
      };
      annotations = [...annotations, created];
      return created;
    },
    'annotations.delete': (input) => {
      annotations = annotations.filter((a) => a.id !== input.id);
      return null;
    },
    'trash.restore': () => null,
  });
  const nav: NavigationApi = {
    projectId: 'p1',
    view: 'sources',
    go: (view) => went.push(view),
    selectedSourceId: 's1',
    selectSource: () => {},
    openSource: () => {},
    reveal: null,
    focusRequest: null,
    focusDone: () => {},
    focusSearch: () => {},
  };
  render(
    <ApiProvider client={fake.client}>
      <NoticeProvider>
        <QueryProvider>
          <NavigationContext.Provider value={nav}>
            <ReaderPane sourceId="s1" />
          </NavigationContext.Provider>
        </QueryProvider>
      </NoticeProvider>
    </ApiProvider>,
  );
  return Object.assign(fake, { went });
}

/** Selects a phrase of the reader's text the way a drag would. */
function selectPhrase(phrase: string) {
  const root = screen.getByTestId('reader-text');
  const at = TEXT.indexOf(phrase);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: { node: Text; start: number }[] = [];
  let offset = 0;
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    nodes.push({ node, start: offset });
    offset += node.data.length;
  }
  const locate = (pos: number) => {
    const hit = nodes.toReversed().find((n) => n.start <= pos) as { node: Text; start: number };
    return [hit.node, pos - hit.start] as const;
  };
  const range = document.createRange();
  range.setStart(...locate(at));
  range.setEnd(...locate(at + phrase.length));
  const selection = window.getSelection() as Selection;
  selection.removeAllRanges();
  selection.addRange(range);
  document.dispatchEvent(new Event('selectionchange'));
}

// Generous waits: these run beside other suites on a busy machine.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  window.getSelection()?.removeAllRanges();
});

describe('ReaderPane', () => {
  it('highlights the selected text with H, lists it, deletes it to the Trash and undoes that', async () => {
    const user = userEvent.setup();
    const fake = setup();
    await screen.findByTestId('reader-text');
    expect(screen.getByRole('heading', { name: 'Port statement' })).toBeTruthy();

    // Whitespace around the selection is trimmed off the highlight.
    selectPhrase(' beta gamma ');
    await screen.findByRole('button', { name: 'Highlight' });
    fireEvent.keyDown(document.body, { key: 'h' });
    const dialog = await screen.findByRole('dialog', { name: 'New highlight' });
    await user.type(within(dialog).getByLabelText('Note'), 'Key claim');
    await user.click(within(dialog).getByRole('button', { name: 'Save highlight' }));

    expect(fake.callsTo('annotations.create')).toEqual([{ sourceId: 's1', start: 6, end: 16, note: 'Key claim', labelIds: [], entityIds: [] }]);
    const list = await screen.findByRole('list', { name: 'Highlights' });
    await waitFor(() => expect(within(list).getByText('beta gamma', { exact: false })).toBeTruthy());
    await waitFor(() => expect(screen.getByTestId('reader-text').querySelector('mark[data-annotation-ids="a1"]')?.textContent).toBe('beta gamma'));

    // Choosing it in the list shows its actions.
    expect(screen.queryByRole('button', { name: 'Delete highlight' })).toBeNull();
    await user.click(within(list).getByRole('button', { name: /beta gamma/ }));
    await user.click(await screen.findByRole('button', { name: 'Delete highlight' }));
    expect(fake.callsTo('annotations.delete')).toEqual([{ id: 'a1' }]);
    const status = screen.getByRole('status');
    await waitFor(() => expect(status.textContent).toContain('Moved to Trash'));
    await user.click(within(status).getByRole('button', { name: 'Undo' }));
    expect(fake.callsTo('trash.restore')).toEqual([{ kind: 'annotation', id: 'a1' }]);
  });

  it('shows the floating Highlight button only while text of the reader is selected', async () => {
    setup();
    await screen.findByTestId('reader-text');
    expect(screen.queryByRole('button', { name: 'Highlight' })).toBeNull();
    selectPhrase('Second paragraph');
    const button = await screen.findByRole('button', { name: 'Highlight' });
    await act(async () => {
      button.click();
    });
    expect(await screen.findByRole('dialog', { name: 'New highlight' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Highlight' })).toBeNull();
  });

  it('selects sentences with the keyboard and highlights them with H, without touching the rest of the window', async () => {
    const user = userEvent.setup();
    const fake = setup();
    const root = await screen.findByTestId('reader-text');
    act(() => root.focus());
    // The cursor starts on the first sentence; Down moves it, Shift+Down selects from there.
    fireEvent.keyDown(root, { key: 'ArrowDown' });
    expect(root.dataset.cursorStart).toBe(String(TEXT.indexOf('Second')));
    fireEvent.keyDown(root, { key: 'ArrowUp' });
    fireEvent.keyDown(root, { key: 'ArrowDown', shiftKey: true });
    expect(window.getSelection()?.toString()).toBe('Alpha beta gamma delta.');
    fireEvent.keyDown(root, { key: 'ArrowDown', shiftKey: true });
    expect(window.getSelection()?.toString()).toBe('Alpha beta gamma delta.\n\nSecond paragraph here.');
    // Shift+Left takes the last word back; Escape clears; Ctrl+A takes only the text.
    fireEvent.keyDown(root, { key: 'ArrowLeft', shiftKey: true });
    expect(window.getSelection()?.toString()).toBe('Alpha beta gamma delta.\n\nSecond paragraph');
    fireEvent.keyDown(root, { key: 'Escape' });
    expect(window.getSelection()?.toString()).toBe('');
    fireEvent.keyDown(root, { key: 'a', ctrlKey: true });
    expect(window.getSelection()?.toString()).toBe(TEXT);
    fireEvent.keyDown(root, { key: 'Escape' });

    fireEvent.keyDown(root, { key: 'Home' });
    fireEvent.keyDown(root, { key: 'j' });
    fireEvent.keyDown(root, { key: 'J', shiftKey: true });
    fireEvent.keyDown(root, { key: 'h' });
    const dialog = await screen.findByRole('dialog', { name: 'New highlight' });
    await user.click(within(dialog).getByRole('button', { name: 'Save highlight' }));
    expect(fake.callsTo('annotations.create')).toEqual([{ sourceId: 's1', start: TEXT.indexOf('Second'), end: TEXT.length, note: undefined, labelIds: [], entityIds: [] }]);
  });

  it('makes a claim from a selection with C: the quote as statement, the grade from the source, the entities named in it offered', async () => {
    const user = userEvent.setup();
    const fake = setup();
    await screen.findByTestId('reader-text');
    // The side panel offers to hide the marks once entities are known.
    expect(((await screen.findByRole('checkbox', { name: /Mark entity names/ })) as HTMLInputElement).checked).toBe(true);

    selectPhrase('beta gamma delta');
    await screen.findByRole('toolbar', { name: 'Selected passage' });
    fireEvent.keyDown(document.body, { key: 'c' });
    const dialog = await screen.findByRole('dialog', { name: 'New claim' });
    expect((within(dialog).getByRole('textbox', { name: 'Statement' }) as HTMLTextAreaElement).value).toBe('beta gamma delta');
    expect((within(dialog).getByRole('combobox', { name: 'Source reliability' }) as HTMLSelectElement).value).toBe('B');
    const named = within(dialog).getByRole('group', { name: 'Named in the passage:' });
    await user.click(within(named).getByRole('button', { name: 'Add Delta Lines' }));
    await user.click(within(named).getByRole('button', { name: 'Add Gamma' }));
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Information credibility' }), '2');
    await user.click(within(dialog).getByRole('button', { name: 'Save claim' }));

    // One call: the passage becomes a highlight with the claim, not before.
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New claim' })).toBeNull());
    expect(fake.callsTo('annotations.create')).toEqual([]);
    expect(fake.callsTo('claims.create')).toEqual([
      expect.objectContaining({
        statement: 'beta gamma delta',
        annotationIds: [],
        passage: { sourceId: 's1', ...spanOf('beta gamma delta') },
        entities: [
          { entityId: 'e-delta', role: 'subject' },
          { entityId: 'e-gamma', role: 'object' },
        ],
        reliability: 'B',
        credibility: 2,
      }),
    ]);
  });

  it('cites a selection that is already a highlight as that highlight, and offers Make claim and Cite in claim on a chosen highlight', async () => {
    const user = userEvent.setup();
    const fake = setup();
    await screen.findByTestId('reader-text');
    selectPhrase('beta gamma');
    fireEvent.keyDown(document.body, { key: 'h' });
    const editor = await screen.findByRole('dialog', { name: 'New highlight' });
    // The editor offers the entity named in the passage as a tag.
    await user.click(within(within(editor).getByRole('group', { name: 'Named in the passage:' })).getByRole('button', { name: 'Tag with Gamma' }));
    await user.click(within(editor).getByRole('button', { name: 'Save highlight' }));
    expect(fake.callsTo('annotations.create')).toEqual([expect.objectContaining({ start: 6, end: 16, entityIds: ['e-gamma'] })]);
    // The tag shows on the highlight in the list.
    const list = await screen.findByRole('list', { name: 'Highlights' });
    await waitFor(() => expect(within(list).getByRole('list', { name: 'Tagged entities' }).textContent).toBe('Gamma'));

    selectPhrase('beta gamma');
    fireEvent.keyDown(document.body, { key: 'C' });
    let dialog = await screen.findByRole('dialog', { name: 'New claim' });
    await user.click(within(dialog).getByRole('button', { name: 'Save claim' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New claim' })).toBeNull());
    expect(fake.callsTo('claims.create')).toEqual([expect.objectContaining({ annotationIds: ['a1'] })]);
    expect(fake.callsTo('claims.create')[0]).not.toHaveProperty('passage');

    await user.click(within(list).getByRole('button', { name: /beta gamma/ }));
    await user.click(await screen.findByRole('button', { name: 'Cite in claim' }));
    dialog = await screen.findByRole('dialog', { name: 'Cite this passage in a claim' });
    expect(within(dialog).getByText('beta gamma')).toBeTruthy();
  });

  it('shows the card of a name selected from the keyboard, and opens the entity page from it', async () => {
    const user = userEvent.setup();
    const fake = setup();
    await screen.findByTestId('reader-text');
    selectPhrase('gamma');
    const card = await screen.findByRole('group', { name: 'Mentioned: Gamma' });
    expect(card.textContent).toContain('Person');
    expect(card.textContent).toContain('Port captain');
    // Said "gamma" here: the same name folded, so no "Here as" line.
    expect(card.textContent).not.toContain('Here as');
    await user.click(within(card).getByRole('button', { name: 'Open entity page: Gamma' }));
    expect(fake.went).toEqual(['entities']);
    expect(screen.queryByRole('group', { name: 'Mentioned: Gamma' })).toBeNull();

    // A selection wider than the name shows no card.
    selectPhrase('beta gamma');
    await screen.findByRole('toolbar', { name: 'Selected passage' });
    expect(screen.queryByRole('group', { name: /Mentioned/ })).toBeNull();
  });
});
