// @vitest-environment jsdom
import { cleanup, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EntitySuggestion, SourceSummary } from '../../../shared/api/types';
import { SuggestionsPanel } from '../../../renderer/entities/SuggestionsPanel';
import { createFakeClient } from '../fakeClient';
import { entity, fakeNavigation } from './fixtures';
import { renderWithApp, WithViewUndo } from './renderWithApp';

configure({ asyncUtilTimeout: 5000 });
afterEach(cleanup);

const sources = [{ id: 'herald', title: 'Herald' } as SourceSummary, { id: 'wire', title: 'Wire' } as SourceSummary];

function setup() {
  const { nav } = fakeNavigation({ selectedSourceId: 'wire' });
  let dismissed: string[] = [];
  const suggestions: Record<string, EntitySuggestion[]> = {
    herald: [{ key: 'n:lindhaven contact group', type: 'new', name: 'Lindhaven Contact Group', kind: 'organization', count: 2 }],
    wire: [
      { key: 'n:rosalind achterberg', type: 'new', name: 'Rosalind Achterberg', kind: 'person', count: 3 },
      {
        key: 'a:genady vorontsov',
        type: 'alias',
        name: 'Genady Vorontsov',
        kind: 'person',
        count: 1,
        entityId: 'v',
        entityName: 'Gennady Vorontsov',
        reason: 'spelled like “Gennady Vorontsov”',
      },
    ],
  };
  const fake = createFakeClient({
    'sources.list': () => sources,
    'entities.suggest': ({ sourceId }) => (suggestions[sourceId] ?? []).filter((x) => !dismissed.includes(x.key)),
    'entities.addAlias': ({ alias }) => entity('v', 'Gennady Vorontsov', { aliases: [alias], aliasRows: [{ id: 'al9', alias, conflicts: [] }] }),
    'entities.removeAlias': () => entity('v', 'Gennady Vorontsov'),
    'entities.dismissSuggestion': ({ key }) => {
      dismissed = [...dismissed, key];
      return null;
    },
    'entities.undismissSuggestion': ({ key }) => {
      dismissed = dismissed.filter((k) => k !== key);
      return null;
    },
  });
  const onAddEntity = vi.fn<(x: EntitySuggestion) => void>();
  renderWithApp(
    <WithViewUndo>
      <SuggestionsPanel onAddEntity={onAddEntity} onOpenEntity={() => {}} onClose={() => {}} />
    </WithViewUndo>,
    fake.client,
    nav,
  );
  return { fake, onAddEntity };
}

describe('SuggestionsPanel', () => {
  it('starts on the source open in the reader and adds another spelling as an alias', async () => {
    const user = userEvent.setup();
    const { fake } = setup();
    const picker = await screen.findByRole('combobox', { name: 'Source' });
    await waitFor(() => expect((picker as HTMLSelectElement).value).toBe('wire'));
    const spellings = await screen.findByRole('list', { name: 'Other spellings' });
    expect(within(spellings).getByRole('listitem').textContent).toMatch(/^Genady Vorontsov — spelled like “Gennady Vorontsov”once/);
    await user.click(within(spellings).getByRole('button', { name: 'Add Genady Vorontsov as alias of Gennady Vorontsov' }));
    expect(fake.callsTo('entities.addAlias')).toEqual([{ entityId: 'v', alias: 'Genady Vorontsov' }]);
    expect(await screen.findByText('Alias “Genady Vorontsov” added.')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Other spellings' })).toBeNull();
  });

  it('offers new names as entities, dismisses them, and follows the chosen source', async () => {
    const user = userEvent.setup();
    const { fake, onAddEntity } = setup();
    const names = await screen.findByRole('list', { name: 'New names' });
    expect(within(names).getByText('probably a person')).toBeTruthy();
    await user.click(within(names).getByRole('button', { name: 'Add Rosalind Achterberg as entity' }));
    expect(onAddEntity).toHaveBeenCalledWith(expect.objectContaining({ name: 'Rosalind Achterberg', kind: 'person' }));

    await user.click(within(names).getByRole('button', { name: 'Dismiss Rosalind Achterberg' }));
    expect(fake.callsTo('entities.dismissSuggestion')).toEqual([{ key: 'n:rosalind achterberg' }]);
    await waitFor(() => expect(screen.queryByText('Rosalind Achterberg')).toBeNull());

    await user.selectOptions(screen.getByRole('combobox', { name: 'Source' }), 'herald');
    expect(await screen.findByText('Lindhaven Contact Group')).toBeTruthy();
    expect(fake.callsTo('entities.suggest').at(-1)).toEqual({ sourceId: 'herald' });
  });

  it('takes back a dismissal and an alias taken, newest first, and shows the suggestions again', async () => {
    const user = userEvent.setup();
    const { fake } = setup();
    const names = await screen.findByRole('list', { name: 'New names' });
    await user.click(within(names).getByRole('button', { name: 'Dismiss Rosalind Achterberg' }));
    await user.click(await screen.findByRole('button', { name: 'Add Genady Vorontsov as alias of Gennady Vorontsov' }));
    await waitFor(() => expect(screen.queryByText('Rosalind Achterberg')).toBeNull());
    expect(screen.queryByText('Genady Vorontsov')).toBeNull();

    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('{Control>}z{/Control}');
    expect(fake.callsTo('entities.removeAlias')).toEqual([{ aliasId: 'al9' }]);
    expect(await screen.findByText('Genady Vorontsov')).toBeTruthy();
    await user.keyboard('{Control>}z{/Control}');
    expect(fake.callsTo('entities.undismissSuggestion')).toEqual([{ key: 'n:rosalind achterberg' }]);
    expect(await screen.findByText('Rosalind Achterberg')).toBeTruthy();
    expect(await screen.findByText('Undone: dismissing “Rosalind Achterberg”')).toBeTruthy();
  });
});
