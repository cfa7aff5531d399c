// @vitest-environment jsdom
import { cleanup, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MemoTemplate } from '../../../shared/api/memoTypes';
import { SaveTemplateDialog } from '../../../renderer/memos/SaveTemplateDialog';
import { fakeMemosApi } from './fakeMemosApi';

configure({ asyncUtilTimeout: 5000 });
afterEach(cleanup);

const doc = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }] });

describe('SaveTemplateDialog', () => {
  it('saves what was typed first, then the memo as a template with its name and description', async () => {
    const user = userEvent.setup();
    const api = fakeMemosApi([{ title: 'Port talks', doc: doc('Talks stalled') }]);
    const seenBeforeSave: number[] = [];
    const beforeSave = vi.fn<() => Promise<void>>(async () => {
      seenBeforeSave.push(api.fake.callsTo('templates.saveFromMemo').length);
    });
    const onSaved = vi.fn<(template: MemoTemplate, replaced: boolean) => void>();
    api.renderWithApi(<SaveTemplateDialog memo={{ id: 'm1', title: 'Port talks', templateId: 'builtin:bluf' }} beforeSave={beforeSave} onClose={() => {}} onSaved={onSaved} />);
    const dialog = screen.getByRole('dialog', { name: 'Save as template' });
    const name = within(dialog).getByRole('textbox', { name: 'Template name' });
    expect((name as HTMLInputElement).value).toBe('Port talks');
    await user.clear(name);
    expect(within(dialog).getByRole('button', { name: 'Save template' }).hasAttribute('disabled')).toBe(true);
    await user.type(name, ' Port brief ');
    await user.type(within(dialog).getByRole('textbox', { name: 'Description (optional)' }), 'Weekly port situation');
    await user.click(within(dialog).getByRole('button', { name: 'Save template' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(seenBeforeSave).toEqual([0]);
    expect(api.fake.callsTo('templates.saveFromMemo')).toEqual([{ memoId: 'm1', name: 'Port brief', description: 'Weekly port situation' }]);
    expect(onSaved.mock.calls[0]![0].doc).toEqual(doc('Talks stalled'));
  });

  it('sends no description when none is typed and shows why a save failed', async () => {
    const user = userEvent.setup();
    const api = fakeMemosApi([{ title: 'Port talks', doc: doc('Talks stalled') }]);
    api.trash.add('m1');
    api.renderWithApi(<SaveTemplateDialog memo={{ id: 'm1', title: 'Port talks', templateId: 'builtin:bluf' }} beforeSave={async () => {}} onClose={() => {}} onSaved={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Save as template' });
    await user.click(within(dialog).getByRole('button', { name: 'Save template' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('That memo no longer exists.');
    expect(api.fake.callsTo('templates.saveFromMemo')).toEqual([{ memoId: 'm1', name: 'Port talks' }]);
    expect(within(dialog).getByRole('button', { name: 'Save template' }).hasAttribute('disabled')).toBe(false);
  });

  it('replaces the template the memo was made from when it is the analyst’s own, or another one chosen', async () => {
    const user = userEvent.setup();
    const api = fakeMemosApi([{ title: 'Weekly draft', doc: doc('New text') }]);
    api.templates.push(
      { id: 'own-a', name: 'Daily', description: '', builtin: false, updatedAt: '2026-03-01T10:00:00.000Z' },
      { id: 'own-b', name: 'Weekly', description: '', builtin: false, updatedAt: '2026-03-01T10:00:00.000Z' },
    );
    const onSaved = vi.fn<(template: MemoTemplate, replaced: boolean) => void>();
    api.renderWithApi(<SaveTemplateDialog memo={{ id: 'm1', title: 'Weekly draft', templateId: 'own-b' }} beforeSave={async () => {}} onClose={() => {}} onSaved={onSaved} />);
    const dialog = screen.getByRole('dialog', { name: 'Save as template' });
    expect(((await within(dialog).findByRole('radio', { name: 'Replace one of your templates' })) as HTMLInputElement).checked).toBe(true);
    const which = within(dialog).getByRole('combobox', { name: 'Template to replace' }) as HTMLSelectElement;
    expect(which.value).toBe('own-b');
    expect(within(dialog).getByText(/previous version goes to the Trash/)).toBeTruthy();
    await user.selectOptions(which, 'Daily');
    await user.click(within(dialog).getByRole('button', { name: 'Replace template' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(api.fake.callsTo('templates.replaceFromMemo')).toEqual([{ id: 'own-a', memoId: 'm1' }]);
    expect(onSaved.mock.calls[0]![1]).toBe(true);
    expect(api.fake.callsTo('templates.saveFromMemo')).toEqual([]);
  });
});
