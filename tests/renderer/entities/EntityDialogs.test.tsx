// @vitest-environment jsdom
import { cleanup, configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DossierError } from '../../../shared/api/errors';
import type { Entity } from '../../../shared/api/types';
import { EntityFormDialog } from '../../../renderer/entities/EntityFormDialog';
import { MergeDialog } from '../../../renderer/entities/MergeDialog';
import { createFakeClient } from '../fakeClient';
import { entity, fakeNavigation, summary } from './fixtures';
import { renderWithApp } from './renderWithApp';

configure({ asyncUtilTimeout: 5000 });
afterEach(cleanup);

describe('EntityFormDialog', () => {
  it('creates an entity with aliases as chips, refusing the same alias twice', async () => {
    const user = userEvent.setup();
    const { nav } = fakeNavigation();
    const fake = createFakeClient({
      'entities.create': (input) => {
        if (input.name.trim().length < 2) {
          throw new DossierError('BAD_INPUT', 'Invalid request for entities.create: ✖ a name has at least 2 characters\n  → at name');
        }
        return entity('new', input.name, { aliases: input.aliases ?? [] });
      },
    });
    const onSaved = vi.fn<(e: Entity) => void>();
    renderWithApp(<EntityFormDialog mode="create" onClose={() => {}} onSaved={onSaved} />, fake.client, nav);
    const dialog = screen.getByRole('dialog', { name: 'New entity' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    expect(document.activeElement).toBe(name);

    await user.type(name, 'G');
    await user.click(within(dialog).getByRole('button', { name: 'Create entity' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('A name has at least 2 characters.');

    await user.type(name, 'ennady Vorontsov');
    expect(within(dialog).queryByRole('alert')).toBeNull();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Kind' }), 'Person');
    await user.type(within(dialog).getByRole('textbox', { name: 'Role or description' }), 'Head of the delegation');
    const alias = within(dialog).getByRole('textbox', { name: 'New alias' });
    await user.type(alias, 'Vorontsov{Enter}Воронцов{Enter}VORONTSOV{Enter}');
    expect(within(dialog).getByRole('alert').textContent).toBe('“VORONTSOV” is already in the list.');
    await user.type(alias, 'gennady vorontsov{Enter}');
    expect(within(dialog).getByRole('alert').textContent).toBe('“gennady vorontsov” is the name itself.');
    await user.type(alias, 'Typo{Enter}');
    await user.click(within(dialog).getByRole('button', { name: 'Remove alias Typo' }));
    expect(within(within(dialog).getByRole('list', { name: 'Aliases' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Vorontsov×',
      'Воронцов×',
    ]);
    // What is typed but not added yet is not lost.
    await user.type(alias, 'G. Vorontsov');
    await user.type(within(dialog).getByRole('textbox', { name: 'Date' }), '1961');
    await user.keyboard('{Control>}{Enter}{/Control}');

    expect(fake.callsTo('entities.create').at(-1)).toEqual({
      kind: 'person',
      name: 'Gennady Vorontsov',
      description: 'Head of the delegation',
      dateEdtf: '1961',
      notes: '',
      aliases: ['Vorontsov', 'Воронцов', 'G. Vorontsov'],
    });
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: 'new' }));
  });

  it('starts from a suggestion and closes on Esc', async () => {
    const user = userEvent.setup();
    const { nav } = fakeNavigation();
    const onClose = vi.fn<() => void>();
    renderWithApp(
      <EntityFormDialog mode="create" initial={{ name: 'Rosalind Achterberg', kind: 'person' }} onClose={onClose} onSaved={() => {}} />,
      createFakeClient({}).client,
      nav,
    );
    expect((screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe('Rosalind Achterberg');
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
  });

  it('edits the details of an entity', async () => {
    const user = userEvent.setup();
    const { nav } = fakeNavigation();
    const fake = createFakeClient({ 'entities.update': (input) => entity('d', input.name ?? 'Dravik') });
    const onSaved = vi.fn<(e: Entity) => void>();
    renderWithApp(
      <EntityFormDialog mode="edit" entity={entity('d', 'Dravik', { kind: 'place', notes: 'Port' })} onClose={() => {}} onSaved={onSaved} />,
      fake.client,
      nav,
    );
    const dialog = screen.getByRole('dialog', { name: 'Edit Dravik' });
    expect(within(dialog).queryByRole('textbox', { name: 'New alias' })).toBeNull();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Kind' }), 'Event');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(fake.callsTo('entities.update')).toEqual([{ id: 'd', kind: 'event', name: 'Dravik', description: '', dateEdtf: '', notes: 'Port' }]);
    expect(onSaved).toHaveBeenCalled();
  });
});

describe('MergeDialog', () => {
  const from = summary('dup', 'G. Vorontsov', { aliases: ['Vorontsov'], mentionCount: 7, claimCount: 2 });
  const all = [
    from,
    summary('main', 'Gennady Vorontsov', { aliases: ['Воронцов'], description: 'Head of the delegation', mentionCount: 10 }),
    summary('l', 'Lindhaven', { kind: 'place' }),
  ];

  it('picks the entity to keep by alias, says what moves, and merges', async () => {
    const user = userEvent.setup();
    const { nav } = fakeNavigation();
    const fake = createFakeClient({ 'entities.merge': ({ intoId }) => entity(intoId, 'Gennady Vorontsov') });
    const onMerged = vi.fn<(e: Entity) => void>();
    renderWithApp(<MergeDialog from={from} entities={all} onClose={() => {}} onMerged={onMerged} />, fake.client, nav);
    const dialog = screen.getByRole('dialog', { name: 'Merge “G. Vorontsov” into…' });
    const picker = within(dialog).getByRole('combobox', { name: 'Entity to keep' });
    expect(document.activeElement).toBe(picker);
    // The entity itself is never offered.
    expect(within(dialog).getAllByRole('option').map((o) => o.querySelector('.entity-picker-name')?.textContent)).toEqual(['Gennady Vorontsov', 'Lindhaven']);

    await user.type(picker, 'g. voron');
    expect(within(dialog).queryAllByRole('option')).toEqual([]);
    expect(within(dialog).getByText('An entity cannot be merged into itself.')).toBeTruthy();

    await user.clear(picker);
    await user.type(picker, 'ворон');
    const options = within(dialog).getAllByRole('option');
    expect(options).toHaveLength(1);
    expect(options[0]?.textContent).toContain('alias “Воронцов”');
    expect(picker.getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    await user.keyboard('{Enter}');

    expect(within(dialog).getByText('Merge “G. Vorontsov” into “Gennady Vorontsov”?')).toBeTruthy();
    expect(within(dialog).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'its name and 1 alias become aliases of Gennady Vorontsov',
      'its 7 mentions and the highlights tagged with it move to Gennady Vorontsov',
      'its 2 claims will name Gennady Vorontsov instead',
    ]);
    expect(within(dialog).getByText(/restoring it from there undoes the merge/)).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Merge' }));
    await user.keyboard('{Enter}');
    expect(fake.callsTo('entities.merge')).toEqual([{ fromId: 'dup', intoId: 'main' }]);
    expect(onMerged).toHaveBeenCalledWith(expect.objectContaining({ id: 'main' }));
  });

  it('shows the refusal from the API plainly', async () => {
    const user = userEvent.setup();
    const { nav } = fakeNavigation();
    const fake = createFakeClient({
      'entities.merge': () => {
        throw new DossierError('NOT_FOUND', 'That entity no longer exists (it may have been moved to the Trash or merged).');
      },
    });
    renderWithApp(<MergeDialog from={from} entities={all} onClose={() => {}} onMerged={() => {}} />, fake.client, nav);
    await user.keyboard('{ArrowDown}{ArrowUp}{Enter}{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('That entity no longer exists (it may have been moved to the Trash or merged).');
  });
});
