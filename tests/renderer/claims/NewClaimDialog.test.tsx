// @vitest-environment jsdom
import { cleanup, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NewClaimDialog } from '../../../renderer/claims/NewClaimDialog';
import { fakeClaimsApi } from './fakeClaimsApi';

configure({ asyncUtilTimeout: 5000 });
afterEach(cleanup);

describe('NewClaimDialog', () => {
  it('makes a B2 claim from a passage: statement from the quote, asserter as free text, two entities with roles', async () => {
    const user = userEvent.setup();
    const api = fakeClaimsApi();
    const onClose = vi.fn<() => void>();
    api.renderWithApi(
      <NewClaimDialog annotationIds={['a-twelve']} defaultStatement="up to twelve   vessels a week" sourceReliability="B" onClose={onClose} />,
    );
    const dialog = screen.getByRole('dialog', { name: 'New claim' });
    const statement = within(dialog).getByRole('textbox', { name: 'Statement' });
    expect(document.activeElement).toBe(statement);
    expect((statement as HTMLTextAreaElement).value).toBe('up to twelve vessels a week');
    await user.clear(statement);
    await user.type(statement, 'Twelve vessels a week will use Dravik');

    // Reliability defaults from the source, credibility to 6.
    expect((within(dialog).getByRole('combobox', { name: 'Source reliability' }) as HTMLSelectElement).value).toBe('B');
    expect((within(dialog).getByRole('combobox', { name: 'Information credibility' }) as HTMLSelectElement).value).toBe('6');
    expect(within(dialog).getByText('From the source: B — Usually reliable')).toBeTruthy();

    // Asserted by: typed words kept as free text.
    const asserter = within(dialog).getByRole('combobox', { name: 'Asserted by' });
    await user.type(asserter, 'senior official, unnamed');
    expect(within(dialog).getByRole('option', { name: 'Use “senior official, unnamed” as free text' })).toBeTruthy();
    await user.keyboard('{Enter}');
    expect(within(dialog).getByText('Free text, not linked to an entity')).toBeTruthy();

    // Entities: found by a folded alias, picked with the keyboard; roles follow subject → object.
    const add = within(dialog).getByRole('combobox', { name: 'Add entity' });
    await user.type(add, 'karv');
    await user.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    await user.type(add, 'воронцов');
    expect(await within(dialog).findByRole('option', { name: /Gennady Vorontsov/ })).toBeTruthy();
    await user.keyboard('{Enter}');
    expect((within(dialog).getByRole('combobox', { name: 'Role of Karvenia' }) as HTMLSelectElement).value).toBe('subject');
    expect((within(dialog).getByRole('combobox', { name: 'Role of Gennady Vorontsov' }) as HTMLSelectElement).value).toBe('object');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Information credibility' }), '2');
    await user.type(within(dialog).getByRole('textbox', { name: 'Date it refers to (EDTF)' }), '2026-03');

    await user.click(within(dialog).getByRole('button', { name: 'Save claim' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(api.fake.callsTo('claims.create')).toEqual([
      {
        statement: 'Twelve vessels a week will use Dravik',
        annotationIds: ['a-twelve'],
        asserterText: 'senior official, unnamed',
        entities: [
          { entityId: 'e-karvenia', role: 'subject' },
          { entityId: 'e-vorontsov', role: 'object' },
        ],
        dateEdtf: '2026-03',
        status: 'unverified',
        reliability: 'B',
        credibility: 2,
      },
    ]);
    expect(api.claims[0]).toMatchObject({ reliability: 'B', credibility: 2 });
    expect(await screen.findByText('Claim saved, graded B2.')).toBeTruthy();
  });

  it('links the asserter to an entity, creates a new entity inline, saves with Ctrl+Enter and closes with Esc', async () => {
    const user = userEvent.setup();
    const api = fakeClaimsApi();
    const onClose = vi.fn<() => void>();
    api.renderWithApi(<NewClaimDialog annotationIds={['a-eight']} defaultStatement="no more than eight" onClose={onClose} />);
    const dialog = screen.getByRole('dialog', { name: 'New claim' });
    expect((within(dialog).getByRole('combobox', { name: 'Source reliability' }) as HTMLSelectElement).value).toBe('F');

    await user.type(within(dialog).getByRole('combobox', { name: 'Asserted by' }), 'gennady');
    await user.keyboard('{Enter}');
    expect(within(dialog).getByText('Linked to an entity (person)')).toBeTruthy();

    await user.type(within(dialog).getByRole('combobox', { name: 'Add entity' }), 'Lindhaven');
    await user.click(within(dialog).getByRole('option', { name: 'New place: “Lindhaven”' }));
    expect(await within(dialog).findByRole('combobox', { name: 'Role of Lindhaven' })).toBeTruthy();
    expect(api.fake.callsTo('entities.create')).toEqual([{ kind: 'place', name: 'Lindhaven' }]);

    // Esc in the picker only closes its list; the dialog stays.
    await user.type(within(dialog).getByRole('combobox', { name: 'Add entity' }), 'dra');
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog', { name: 'New claim' })).toBeTruthy();

    await user.click(within(dialog).getByRole('textbox', { name: 'Statement' }));
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(api.fake.callsTo('claims.create')[0]).toMatchObject({ asserterEntityId: 'e-vorontsov', reliability: 'F', credibility: 6 });
    expect(api.fake.callsTo('claims.create')[0]).not.toHaveProperty('asserterText');
  });

  it('shows why saving failed and stays open; Esc cancels', async () => {
    const user = userEvent.setup();
    const api = fakeClaimsApi();
    const onClose = vi.fn<() => void>();
    api.renderWithApi(<NewClaimDialog annotationIds={['gone']} defaultStatement="x" onClose={onClose} />);
    api.fake.client.call = vi.fn<() => Promise<never>>(async () => {
      throw new Error('that passage no longer exists (it may have been moved to the Trash).');
    }) as typeof api.fake.client.call;
    await user.click(screen.getByRole('button', { name: 'Save claim' }));
    expect((await screen.findByRole('alert')).textContent).toBe('That passage no longer exists (it may have been moved to the Trash).');
    expect(onClose).not.toHaveBeenCalled();
    // Esc in an open entity list closes the list; the next one cancels the dialog, typed text or not.
    await user.type(screen.getByRole('combobox', { name: 'Add entity' }), 'dra');
    expect(screen.getByRole('listbox', { name: 'Add entity' })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox', { name: 'Add entity' })).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
