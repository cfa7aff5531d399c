// @vitest-environment jsdom
import { cleanup, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Memo } from '../../../shared/api/memoTypes';
import { VersionHistoryDialog } from '../../../renderer/memos/VersionHistoryDialog';
import { fakeMemosApi } from './fakeMemosApi';

configure({ asyncUtilTimeout: 5000 });
afterEach(cleanup);

const doc = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }] });

describe('VersionHistoryDialog', () => {
  it('saves a named version after saving what was typed, lists versions with their kind, shows one read-only and restores it', async () => {
    const user = userEvent.setup();
    const api = fakeMemosApi([{ title: 'Port talks', doc: doc('Talks stalled') }]);
    // What core had been asked when the editor was told to save: the save comes first.
    const order: string[][] = [];
    const beforeChange = vi.fn<() => Promise<void>>(async () => {
      order.push(api.fake.calls.map((c) => c.method).filter((m) => m === 'memos.snapshot' || m === 'memos.restoreVersion'));
    });
    const onRestored = vi.fn<(memo: Memo) => void>();
    api.renderWithApi(<VersionHistoryDialog memoId="m1" beforeChange={beforeChange} onRestored={onRestored} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Version history' });
    expect(await within(dialog).findByText(/No versions yet/)).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Save a named version' }).hasAttribute('disabled')).toBe(true);

    await user.type(within(dialog).getByRole('textbox', { name: 'Name of a new version' }), '  Before edits ');
    await user.click(within(dialog).getByRole('button', { name: 'Save a named version' }));
    const named = await within(dialog).findByRole('button', { name: /^View version “Before edits”/ });
    expect(beforeChange).toHaveBeenCalledTimes(1);
    expect(api.fake.callsTo('memos.snapshot')).toEqual([{ id: 'm1', name: 'Before edits' }]);
    expect((within(dialog).getByRole('textbox', { name: 'Name of a new version' }) as HTMLInputElement).value).toBe('');

    // The memo changes; the named version still reads as it was.
    api.memos[0]!.doc = doc('Talks collapsed');
    await user.click(named);
    const text = await within(dialog).findByRole('textbox', { name: 'Version text: Before edits' });
    expect(text.textContent).toBe('Talks stalled');
    expect(text.getAttribute('contenteditable')).toBe('false');

    await user.click(within(dialog).getByRole('button', { name: 'Restore this version' }));
    await waitFor(() => expect(onRestored).toHaveBeenCalledTimes(1));
    expect(beforeChange).toHaveBeenCalledTimes(2);
    expect(onRestored.mock.calls[0]![0].doc).toEqual(doc('Talks stalled'));
    expect(api.versions.map((v) => [v.kind, v.doc])).toEqual([
      ['named', doc('Talks stalled')],
      ['beforeRestore', doc('Talks collapsed')],
    ]);
    expect(order).toEqual([[], ['memos.snapshot']]);
  });

  it('says why a restore failed and keeps the dialog usable', async () => {
    const user = userEvent.setup();
    const api = fakeMemosApi([{ title: 'Port talks', doc: doc('Talks stalled') }]);
    api.renderWithApi(<VersionHistoryDialog memoId="m1" beforeChange={async () => {}} onRestored={() => {}} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Version history' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name of a new version' }), 'Draft');
    await user.click(within(dialog).getByRole('button', { name: 'Save a named version' }));
    await user.click(await within(dialog).findByRole('button', { name: /^View version “Draft”/ }));
    api.versions.length = 0;
    await user.click(await within(dialog).findByRole('button', { name: 'Restore this version' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('That version no longer exists.');
    expect(within(dialog).getByRole('button', { name: 'Restore this version' }).hasAttribute('disabled')).toBe(false);
  });
});
