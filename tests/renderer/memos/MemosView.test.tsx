// @vitest-environment jsdom
import { cleanup, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { MemosView } from '../../../renderer/memos/MemosView';
import { fakeMemosApi } from './fakeMemosApi';

configure({ asyncUtilTimeout: 5000 });
afterEach(cleanup);

const doc = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }] });

describe('MemosView list', () => {
  it('lists memos newest first with their word and citation counts', async () => {
    const api = fakeMemosApi([
      { title: 'Port talks', doc: doc('Talks stalled over inspection rights') },
      {
        title: 'Weekly',
        doc: {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'One two' }, { type: 'citation', attrs: { kind: 'claim', refId: 'c1' } }] }],
        },
      },
    ]);
    api.renderWithApi(<MemosView />);
    const table = await screen.findByRole('table', { name: 'Memos' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell').slice(1, 3).map((c) => c.textContent))).toEqual([
      ['2', '1'],
      ['5', '0'],
    ]);
    expect(within(rows[0]!).getByRole('rowheader').textContent).toBe('Weekly');
    expect(screen.getByText('2 memos')).toBeTruthy();
  });

  it('creates a memo from the chosen template, with a default title when none is typed', async () => {
    const user = userEvent.setup();
    const api = fakeMemosApi();
    api.renderWithApi(<MemosView />);
    expect(await screen.findByText('No memos yet')).toBeTruthy();
    await user.click(screen.getAllByRole('button', { name: 'New memo' })[0]!);
    const dialog = screen.getByRole('dialog', { name: 'New memo' });
    expect(await within(dialog).findByText('Your templates')).toBeTruthy();
    await user.click(within(dialog).getByRole('radio', { name: /BLUF/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(api.fake.callsTo('memos.create')).toEqual([{ title: 'Untitled memo', templateId: 'builtin:bluf' }]));
    expect(await screen.findByText('Memo “Untitled memo” created.')).toBeTruthy();
  });

  it('renames, duplicates, and deletes to the Trash with Undo', async () => {
    const user = userEvent.setup();
    const api = fakeMemosApi([{ title: 'Port talks', doc: doc('Talks stalled') }]);
    api.renderWithApi(<MemosView />);

    await user.click(await screen.findByRole('button', { name: 'Rename memo “Port talks”' }));
    const rename = screen.getByRole('dialog', { name: 'Rename memo “Port talks”' });
    const field = within(rename).getByRole('textbox', { name: 'Title' });
    await user.clear(field);
    await user.type(field, 'Dravik port talks{Enter}');
    expect(await screen.findByRole('rowheader', { name: 'Dravik port talks' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Duplicate memo “Dravik port talks”' }));
    expect(await screen.findByRole('rowheader', { name: 'Dravik port talks (copy)' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Delete memo “Dravik port talks (copy)”' }));
    expect(await screen.findByText('Memo “Dravik port talks (copy)” moved to the Trash.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'Dravik port talks (copy)' })).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('rowheader', { name: 'Dravik port talks (copy)' })).toBeTruthy();
    expect(api.fake.callsTo('trash.restore')).toEqual([{ kind: 'memo', id: 'm2' }]);
  });
});
