// @vitest-environment jsdom
import { cleanup, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { EntitySuggestion, EntitySummary, SourceSummary } from '../../../shared/api/types';
import { EntitiesView } from '../../../renderer/entities/EntitiesView';
import { createFakeClient } from '../fakeClient';
import { entity, fakeNavigation, page, summary } from './fixtures';
import { renderWithApp } from './renderWithApp';

configure({ asyncUtilTimeout: 5000 });
afterEach(cleanup);

function setup(initial: EntitySummary[]) {
  let list = initial;
  let trash: string[] = [];
  const { nav } = fakeNavigation();
  const fake = createFakeClient({
    'entities.list': () => list.filter((e) => !trash.includes(e.id)),
    'entities.get': ({ id }) => {
      const e = list.find((x) => x.id === id);
      return page(entity(id, e?.name ?? id, { ...e }), { mentionTotal: e?.mentionCount ?? 0 });
    },
    'entities.create': (input) => {
      const created = summary(`e${list.length + 1}`, input.name, { kind: input.kind, aliases: input.aliases ?? [] });
      list = [...list, created];
      return entity(created.id, created.name, created);
    },
    'entities.delete': ({ id }) => {
      trash = [...trash, id];
      return null;
    },
    'trash.restore': ({ id }) => {
      trash = trash.filter((t) => t !== id);
      return null;
    },
    'sources.list': () => [],
  });
  renderWithApp(<EntitiesView />, fake.client, nav);
  return { fake };
}

describe('EntitiesView', () => {
  it('invites to create the first entity, with N as the shortcut', async () => {
    const user = userEvent.setup();
    const { fake } = setup([]);
    expect(await screen.findByRole('heading', { name: 'No entities yet' })).toBeTruthy();
    await user.keyboard('n');
    const dialog = screen.getByRole('dialog', { name: 'New entity' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Lindhaven');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Kind' }), 'place');
    await user.click(within(dialog).getByRole('button', { name: 'Create entity' }));
    expect(fake.callsTo('entities.create')).toEqual([{ kind: 'place', name: 'Lindhaven', description: '', dateEdtf: '', notes: '', aliases: [] }]);
    // The new entity opens, with focus on its name.
    const heading = await screen.findByRole('heading', { level: 2, name: 'Lindhaven' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText('Entity “Lindhaven” created.')).toBeTruthy();
  });

  it('filters by name, alias and kind', async () => {
    const user = userEvent.setup();
    setup([
      summary('v', 'Gennady Vorontsov', { aliases: ['Воронцов'], mentionCount: 4 }),
      summary('l', 'Lindhaven', { kind: 'place', mentionCount: 9 }),
      summary('d', 'Dravik', { kind: 'place' }),
    ]);
    const filter = await screen.findByRole('searchbox', { name: 'Filter entities' });
    await user.keyboard('/');
    expect(document.activeElement).toBe(filter);
    await user.type(filter, 'воронц');
    expect(screen.getByText('1 of 3')).toBeTruthy();
    await user.clear(filter);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'place');
    expect(screen.getByText('2 of 3')).toBeTruthy();
    await user.type(filter, 'nowhere');
    expect(screen.getByRole('heading', { name: 'No entity matches' })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect((filter as HTMLInputElement).value).toBe('');
  });

  it('moves an opened entity to the Trash with Undo, takes back its creation with Ctrl+Z, and opens suggestions with S', async () => {
    const user = userEvent.setup();
    const { fake } = setup([summary('v', 'Gennady Vorontsov'), summary('l', 'Lindhaven', { kind: 'place' })]);
    await screen.findByRole('searchbox', { name: 'Filter entities' });
    // The grid draws no rows in jsdom (no layout): open an entity by creating it; the e2e test picks rows.
    await user.keyboard('n');
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Dravik{Enter}');
    await screen.findByRole('heading', { level: 2, name: 'Dravik' });
    await user.click(screen.getByRole('button', { name: 'Move Dravik to Trash' }));
    expect(fake.callsTo('entities.delete')).toEqual([{ id: 'e3' }]);
    expect(await screen.findByText('Entity “Dravik” moved to Trash.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('heading', { level: 2, name: 'Dravik' })).toBeNull());
    const notice = screen.getByText('Entity “Dravik” moved to Trash.').closest('.notice') as HTMLElement;
    await user.click(within(notice).getByRole('button', { name: 'Undo' }));
    expect(fake.callsTo('trash.restore')).toEqual([{ kind: 'entity', id: 'e3' }]);
    expect(await screen.findByRole('heading', { level: 2, name: 'Dravik' })).toBeTruthy();
    // The toolbar's Undo names the edit before: the creation, which goes to the Trash in turn.
    expect(screen.getAllByRole('button', { name: 'Undo' }).some((b) => b.title === 'Undo: creating “Dravik” (Ctrl+Z)')).toBe(true);
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('{Control>}z{/Control}');
    expect(fake.callsTo('entities.delete')).toEqual([{ id: 'e3' }, { id: 'e3' }]);
    expect(await screen.findByText('Undone: creating “Dravik”')).toBeTruthy();

    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('s');
    expect(await screen.findByRole('heading', { name: 'Suggestions' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Suggestions' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('Add a source first: suggestions come from its text.')).toBeTruthy();
  });

  it('fills in Add as entity with the kind the suggestion guessed, and Other when it guessed none', async () => {
    const user = userEvent.setup();
    const suggestions: EntitySuggestion[] = [
      { key: 'n:lindhaven', type: 'new', name: 'Lindhaven', kind: 'place', count: 3 },
      { key: 'n:dravik', type: 'new', name: 'Dravik', kind: 'other', count: 2 },
    ];
    const { nav } = fakeNavigation({ selectedSourceId: 'herald' });
    const fake = createFakeClient({
      'entities.list': () => [summary('v', 'Gennady Vorontsov')],
      'entities.suggest': () => suggestions,
      'sources.list': () => [{ id: 'herald', title: 'Herald' } as SourceSummary],
    });
    renderWithApp(<EntitiesView />, fake.client, nav);
    await user.click(await screen.findByRole('button', { name: 'Suggestions' }));
    const names = await screen.findByRole('list', { name: 'New names' });
    await user.click(within(names).getByRole('button', { name: 'Add Lindhaven as entity' }));
    let dialog = screen.getByRole('dialog', { name: 'New entity' });
    expect((within(dialog).getByRole('combobox', { name: 'Kind' }) as HTMLSelectElement).value).toBe('place');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(within(await screen.findByRole('list', { name: 'New names' })).getByRole('button', { name: 'Add Dravik as entity' }));
    dialog = screen.getByRole('dialog', { name: 'New entity' });
    expect((within(dialog).getByRole('combobox', { name: 'Kind' }) as HTMLSelectElement).value).toBe('other');
  });
});
