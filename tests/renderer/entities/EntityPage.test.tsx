// @vitest-environment jsdom
import { act, cleanup, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DossierError } from '../../../shared/api/errors';
import type { Claim, EntityPage as EntityPageData } from '../../../shared/api/types';
import { EntityPage } from '../../../renderer/entities/EntityPage';
import { createFakeClient } from '../fakeClient';
import { claimRow, entity, fakeNavigation, mention, page, summary } from './fixtures';
import { renderWithApp, WithViewUndo } from './renderWithApp';

configure({ asyncUtilTimeout: 5000 });
afterEach(cleanup);

const vorontsov = entity('v', 'Gennady Vorontsov', {
  description: 'Head of the Karvenian delegation',
  aliases: ['Vorontsov', 'Воронцов'],
  aliasRows: [
    { id: 'al1', alias: 'Vorontsov', conflicts: [{ entityId: 'g', name: 'G. Vorontsov' }] },
    { id: 'al2', alias: 'Воронцов', conflicts: [] },
  ],
  notes: 'Check the spelling with the ministry.',
});
const others = [
  summary('v', 'Gennady Vorontsov'),
  summary('g', 'G. Vorontsov', { aliases: ['Vorontsov'] }),
  summary('k', 'Vorontsov (KarvInform)', { aliases: ['GENNADY vorontsov'] }),
  summary('l', 'Lindhaven', { kind: 'place' }),
];

const claim: Claim = {
  ...claimRow('c1', 'Vorontsov leads the delegation', { entities: [{ entityId: 'v', name: 'Gennady Vorontsov', kind: 'person', role: 'subject' }], status: 'corroborated' }),
  asserterText: 'senior official, unnamed',
  notes: '',
  citations: [
    { annotationId: 'a1', sourceId: 'herald', sourceTitle: 'Herald', exact: 'Gennady Vorontsov, who leads', start: 0, end: 28, missing: false },
    { annotationId: 'a2', sourceId: 'gone', sourceTitle: 'Deleted wire', exact: 'Vorontsov said', start: 4, end: 18, missing: true },
  ],
  links: [],
};

function setup(data: (limit: number | undefined) => EntityPageData) {
  const { nav, opened, went } = fakeNavigation();
  const fake = createFakeClient({
    'entities.get': ({ mentionLimit }) => data(mentionLimit),
    'entities.update': (input) => ({ ...vorontsov, ...input, id: 'v' }),
    'entities.addAlias': ({ alias }) => {
      if (alias === 'vorontsov') throw new DossierError('ALREADY_EXISTS', '“vorontsov” is already a name of Gennady Vorontsov.');
      return { ...vorontsov, aliasRows: [...vorontsov.aliasRows, { id: 'al3', alias, conflicts: [] }] };
    },
    'entities.removeAlias': () => vorontsov,
    'entities.restoreAlias': () => vorontsov,
    'claims.get': () => claim,
  });
  const handlers = { onOpenEntity: vi.fn<(id: string) => void>(), onEdit: vi.fn<() => void>(), onMerge: vi.fn<() => void>(), onDelete: vi.fn<() => void>(), onGone: vi.fn<() => void>() };
  renderWithApp(
    <WithViewUndo>
      <EntityPage entityId="v" entities={others} {...handlers} />
    </WithViewUndo>,
    fake.client,
    nav,
  );
  return { fake, opened, went, handlers };
}

describe('EntityPage', () => {
  it('shows who it is, its aliases with their conflicts, and edits the description in place', async () => {
    const user = userEvent.setup();
    const { fake, handlers } = setup(() => page(vorontsov));
    expect(await screen.findByRole('heading', { level: 2, name: 'Gennady Vorontsov' })).toBeTruthy();
    expect(screen.getByText('Head of the Karvenian delegation')).toBeTruthy();
    const aliases = screen.getByRole('list', { name: 'Aliases' });
    expect(within(aliases).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['⚠Vorontsovalso used by G. Vorontsov×', 'Воронцов×']);
    expect(screen.getByText(/The name is also used by/).textContent).toBe('⚠ The name is also used by Vorontsov (KarvInform)');

    await user.click(within(aliases).getByRole('button', { name: 'Open G. Vorontsov' }));
    expect(handlers.onOpenEntity).toHaveBeenCalledWith('g');

    await user.click(screen.getByRole('button', { name: 'Edit description' }));
    const field = screen.getByRole('textbox', { name: 'Description of Gennady Vorontsov' });
    expect(document.activeElement).toBe(field);
    await user.clear(field);
    await user.type(field, 'Deputy foreign minister{Enter}');
    expect(fake.callsTo('entities.update')).toEqual([{ id: 'v', description: 'Deputy foreign minister' }]);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit description' })));

    // Esc puts the text back without saving.
    await user.click(screen.getByRole('button', { name: 'Edit description' }));
    await user.type(screen.getByRole('textbox', { name: 'Description of Gennady Vorontsov' }), ' and more{Escape}');
    expect(fake.callsTo('entities.update')).toHaveLength(1);
  });

  it('adds and removes aliases with Undo, and says plainly why one is refused', async () => {
    const user = userEvent.setup();
    const { fake } = setup(() => page(vorontsov));
    const field = await screen.findByRole('textbox', { name: 'New alias' });
    await user.type(field, 'vorontsov{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('“vorontsov” is already a name of Gennady Vorontsov.');
    await user.clear(field);
    await user.type(field, 'Vorontsow{Enter}');
    expect(fake.callsTo('entities.addAlias')).toEqual([
      { entityId: 'v', alias: 'vorontsov' },
      { entityId: 'v', alias: 'Vorontsow' },
    ]);
    await user.click(screen.getByRole('button', { name: 'Remove alias Воронцов' }));
    expect(fake.callsTo('entities.removeAlias')).toEqual([{ aliasId: 'al2' }]);
    const removed = (await screen.findByText('Alias “Воронцов” removed.')).closest('.notice') as HTMLElement;
    // The removed alias comes back as it was, not as a new one.
    await user.click(within(removed).getByRole('button', { name: 'Undo' }));
    expect(fake.callsTo('entities.restoreAlias')).toEqual([{ aliasId: 'al2' }]);
    expect(await screen.findByText('Undone: alias “Воронцов” removed from Gennady Vorontsov')).toBeTruthy();
    // Ctrl+Z takes back the edit before: the alias added.
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('{Control>}z{/Control}');
    expect(fake.callsTo('entities.removeAlias').at(-1)).toEqual({ aliasId: 'al3' });
    expect(await screen.findByText('Undone: alias “Vorontsow” added to Gennady Vorontsov')).toBeTruthy();
    await user.keyboard('{Control>}z{/Control}');
    expect(await screen.findByText('Nothing to undo in this view.')).toBeTruthy();
    expect(fake.callsTo('entities.removeAlias')).toHaveLength(2);
  });

  it('lists mentions in context, opens the reader at one, moves by keyboard, and shows all on request', async () => {
    const user = userEvent.setup();
    const all = [mention('herald', 'Herald', 10), mention('herald', 'Herald', 90), mention('wire', 'Wire', 5), mention('wire', 'Wire', 40), mention('wire', 'Wire', 70)];
    const { fake, opened } = setup((limit) => page(vorontsov, { mentions: all.slice(0, limit === 5 ? 5 : 2), mentionTotal: 5 }));
    expect(await screen.findByText('showing 2 of 5')).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Mentions of Gennady Vorontsov' });
    const lines = within(list).getAllByRole('button');
    expect(lines[0]?.textContent).toBe('said that Mr Vorontsov would attend the talks, in Herald');
    expect(within(list).getAllByText('Vorontsov', { selector: 'mark' })).toHaveLength(2);
    // One tab stop for the whole list.
    expect(lines.map((b) => b.tabIndex)).toEqual([0, -1]);

    await user.click(lines[1] as HTMLElement);
    expect(opened).toEqual([{ sourceId: 'herald', reveal: { start: 90, end: 99 } }]);

    await user.click(screen.getByRole('button', { name: 'Show all 5' }));
    await waitFor(() => expect(screen.queryByText('showing 2 of 5')).toBeNull());
    expect(screen.queryByRole('button', { name: 'Show all 5' })).toBeNull();
    expect(fake.callsTo('entities.get').at(-1)).toEqual({ id: 'v', mentionLimit: 5 });
    expect(within(list).getAllByRole('listitem').filter((li) => li.className === 'mention-source').map((li) => li.textContent)).toEqual([
      'Herald2 mentions',
      'Wire3 mentions',
    ]);

    (within(list).getAllByRole('button')[0] as HTMLElement).focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement?.textContent).toContain('in Wire');
    await user.keyboard('{End}');
    expect(document.activeElement?.getAttribute('data-mention')).toBe('4');
    await user.keyboard('{Home}{Enter}');
    expect(opened.at(-1)).toEqual({ sourceId: 'herald', reveal: { start: 10, end: 19 } });
  });

  it('draws only a window of thousands of mentions', async () => {
    const many = Array.from({ length: 5000 }, (_, i) => mention(`s${Math.floor(i / 50)}`, `Source ${Math.floor(i / 50)}`, i * 20));
    setup(() => page(vorontsov, { mentions: many, mentionTotal: 5214 }));
    expect(await screen.findByText('showing 5,000 of 5,214')).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Mentions of Gennady Vorontsov' });
    const drawn = within(list).getAllByRole('listitem');
    expect(drawn.length).toBeGreaterThan(10);
    expect(drawn.length).toBeLessThan(40);
    expect(drawn[0]?.getAttribute('aria-setsize')).toBe('5100');
  });

  it('shows claims about and by it with grade and status, and their cited passages', async () => {
    const user = userEvent.setup();
    const { opened, went } = setup(() =>
      page(vorontsov, {
        claimsAbout: [claimRow('c1', 'Vorontsov leads the delegation', { entities: [{ entityId: 'v', name: 'Gennady Vorontsov', kind: 'person', role: 'subject' }], status: 'corroborated', citationCount: 2 })],
        claimsBy: [claimRow('c2', 'The deal is within reach', { grade: 'C3', reliability: 'C', credibility: 3, missingEvidence: true })],
      }),
    );
    const about = await screen.findByRole('region', { name: /Claims about Gennady Vorontsov/ });
    expect(within(about).getByText('Vorontsov leads the delegation')).toBeTruthy();
    expect(within(about).getByText('B2: source usually reliable, information probably true')).toBeTruthy();
    expect(within(about).getByText('Corroborated')).toBeTruthy();
    expect(within(about).getByText('subject')).toBeTruthy();
    const by = screen.getByRole('region', { name: /Claims by Gennady Vorontsov/ });
    expect(within(by).getByText('missing evidence')).toBeTruthy();

    await user.click(within(about).getByRole('button', { name: /Show cited passages/ }));
    const passages = await within(about).findByRole('list', { name: 'Passages cited by “Vorontsov leads the delegation”' });
    await user.click(within(passages).getByRole('button', { name: /Herald/ }));
    expect(opened).toEqual([{ sourceId: 'herald', reveal: { start: 0, end: 28, annotationId: 'a1' } }]);
    // A passage in the Trash is shown, not offered as a link.
    expect(within(passages).queryByRole('button', { name: /Deleted wire/ })).toBeNull();
    expect(within(passages).getByText('“Vorontsov said”'.slice(1, -1))).toBeTruthy();

    // The Claims view opens on the claim, or on all claims about the entity.
    await user.click(within(about).getByRole('button', { name: 'Open in Claims: Vorontsov leads the delegation' }));
    await user.click(within(about).getByRole('button', { name: 'Show in Claims' }));
    expect(went).toEqual(['claims', 'claims']);
  });

  it('opens co-occurring entities and reloads when entities or claims change elsewhere', async () => {
    const user = userEvent.setup();
    let description = 'Head of the Karvenian delegation';
    const { fake, handlers } = setup(() =>
      page({ ...vorontsov, description }, { cooccurring: [{ entityId: 'l', name: 'Lindhaven', kind: 'place', count: 3 }] }),
    );
    await user.click(await screen.findByRole('button', { name: 'Open Lindhaven, Place, 3 sources' }));
    expect(handlers.onOpenEntity).toHaveBeenCalledWith('l');

    description = 'Deputy minister';
    act(() => fake.emit('project.changed', { topics: ['claims'] }));
    expect(await screen.findByText('Deputy minister')).toBeTruthy();
  });

  it('says so when the entity is gone (merged or in the Trash)', async () => {
    const user = userEvent.setup();
    const { nav } = fakeNavigation();
    const fake = createFakeClient({
      'entities.get': () => {
        throw new DossierError('NOT_FOUND', 'That entity no longer exists.');
      },
    });
    const onGone = vi.fn<() => void>();
    renderWithApp(
      <EntityPage entityId="x" entities={[]} onOpenEntity={() => {}} onEdit={() => {}} onMerge={() => {}} onDelete={() => {}} onGone={onGone} />,
      fake.client,
      nav,
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(/no longer there/);
    await user.click(screen.getByRole('button', { name: 'Back to the list' }));
    expect(onGone).toHaveBeenCalled();
  });
});
