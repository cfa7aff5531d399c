// @vitest-environment jsdom
import { cleanup, configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EntitySummary } from '../../../shared/api/types';
import type { LiveBlockNode } from '../../../shared/memos/memoDoc';
import { liveBlockSchema } from '../../../shared/memos/memoDocSchema';
import { ApiProvider } from '../../../renderer/api/ApiContext';
import { QueryProvider } from '../../../renderer/api/QueryContext';
import { InsertBlockDialog, type LiveBlockKind } from '../../../renderer/memos/InsertBlockDialog';
import { NoticeProvider } from '../../../renderer/ui/Notices';
import { createFakeClient } from '../fakeClient';

configure({ asyncUtilTimeout: 5000 });
afterEach(cleanup);

const at = '2026-03-01T10:00:00.000Z';
const entity = (id: string, name: string): EntitySummary => ({
  id,
  kind: 'organization',
  name,
  description: '',
  dateEdtf: '',
  aliases: [],
  mentionCount: 0,
  claimCount: 0,
  conflictCount: 0,
  updatedAt: at,
});

function open(kind: LiveBlockKind) {
  const fake = createFakeClient({
    'timelines.list': () => ({
      timelines: [{ id: 'tl-port', name: 'Port talks', position: 0, eventCount: 2, columnState: null, createdAt: at, updatedAt: at }],
      allEventsColumnState: null,
    }),
    'eventTypes.list': () => [
      { id: 'ty-meeting', name: 'Meeting', color: '#336699', position: 0 },
      { id: 'ty-strike', name: 'Strike', color: '#993333', position: 1 },
    ],
    'entities.list': () => [entity('e-port', 'Dravik Port Authority'), entity('e-min', 'Ministry of Trade')],
  });
  const onInsert = vi.fn<(block: LiveBlockNode) => void>();
  render(
    <ApiProvider client={fake.client}>
      <NoticeProvider>
        <QueryProvider>
          <InsertBlockDialog kind={kind} onClose={() => {}} onInsert={onInsert} />
        </QueryProvider>
      </NoticeProvider>
    </ApiProvider>,
  );
  return { onInsert, user: userEvent.setup() };
}

/** What was inserted is a block core accepts. */
const inserted = (onInsert: ReturnType<typeof open>['onInsert']) => {
  expect(onInsert).toHaveBeenCalledTimes(1);
  const block = onInsert.mock.calls[0]![0];
  expect(liveBlockSchema.safeParse(block).success).toBe(true);
  return block;
};

describe('InsertBlockDialog', () => {
  it('a timeline table of all events, every type, by default', async () => {
    const { onInsert, user } = open('timelineTable');
    const dialog = screen.getByRole('dialog', { name: 'Insert a timeline table' });
    await within(dialog).findByRole('option', { name: 'Port talks' });
    await user.click(within(dialog).getByRole('button', { name: 'Insert' }));
    expect(inserted(onInsert)).toEqual({ type: 'timelineTable', attrs: { timelineId: null, typeIds: null, from: null, to: null, frozen: null } });
  });

  it('a timeline table of one timeline and the event types ticked', async () => {
    const { onInsert, user } = open('timelineTable');
    const dialog = screen.getByRole('dialog', { name: 'Insert a timeline table' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Timeline' }), await within(dialog).findByRole('option', { name: 'Port talks' }));
    await user.click(await within(dialog).findByRole('checkbox', { name: 'Strike' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Meeting' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Strike' }));
    await user.click(within(dialog).getByRole('button', { name: 'Insert' }));
    expect(inserted(onInsert)).toEqual({ type: 'timelineTable', attrs: { timelineId: 'tl-port', typeIds: ['ty-meeting'], from: null, to: null, frozen: null } });
  });

  it('a claims table: all claims, or those about an entity with a status', async () => {
    const { onInsert, user } = open('claimsTable');
    const dialog = screen.getByRole('dialog', { name: 'Insert a claims table' });
    await user.type(within(dialog).getByRole('combobox', { name: 'Claims by or about (optional)' }), 'Dravik');
    await user.click(await within(dialog).findByRole('option', { name: /Dravik Port Authority/ }));
    expect(within(dialog).getByRole('button', { name: 'Remove “Dravik Port Authority”' })).toBeTruthy();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Status' }), 'Disputed');
    await user.click(within(dialog).getByRole('button', { name: 'Insert' }));
    expect(inserted(onInsert)).toEqual({ type: 'claimsTable', attrs: { entityId: 'e-port', status: 'disputed', minGrade: null, frozen: null } });
  });

  it('a timeline table between two fuzzy dates; a bad date or From after To cannot be inserted', async () => {
    const { onInsert, user } = open('timelineTable');
    const dialog = screen.getByRole('dialog', { name: 'Insert a timeline table' });
    const from = within(dialog).getByRole('textbox', { name: 'From (optional)' });
    const to = within(dialog).getByRole('textbox', { name: 'To (optional)' });
    const insert = () => within(dialog).getByRole('button', { name: 'Insert' });
    await user.type(from, '2022-02-30');
    expect(within(dialog).getByText(/February 2022 has 28 days/)).toBeTruthy();
    expect(insert().hasAttribute('disabled')).toBe(true);
    await user.clear(from);
    await user.type(from, '2022-05');
    await user.type(to, '2022-03');
    expect(within(dialog).getByRole('alert').textContent).toContain('after the “To” date');
    expect(insert().hasAttribute('disabled')).toBe(true);
    await user.clear(to);
    await user.type(to, '2022-09~');
    expect(within(dialog).getByText('about September 2022')).toBeTruthy();
    await user.click(insert());
    expect(inserted(onInsert)).toEqual({ type: 'timelineTable', attrs: { timelineId: null, typeIds: null, from: '2022-05', to: '2022-09~', frozen: null } });
  });

  it('a claims table of claims graded at least B3, or at least C on reliability alone', async () => {
    const first = open('claimsTable');
    let dialog = screen.getByRole('dialog', { name: 'Insert a claims table' });
    await first.user.selectOptions(within(dialog).getByRole('combobox', { name: 'Source reliability at least' }), 'B — Usually reliable');
    await first.user.selectOptions(within(dialog).getByRole('combobox', { name: 'Information credibility at least' }), '3 — Possibly true');
    await first.user.click(within(dialog).getByRole('button', { name: 'Insert' }));
    expect(inserted(first.onInsert)).toEqual({ type: 'claimsTable', attrs: { entityId: null, status: null, minGrade: 'B3', frozen: null } });
    cleanup();

    const second = open('claimsTable');
    dialog = screen.getByRole('dialog', { name: 'Insert a claims table' });
    await second.user.selectOptions(within(dialog).getByRole('combobox', { name: 'Source reliability at least' }), 'C — Fairly reliable');
    await second.user.click(within(dialog).getByRole('button', { name: 'Insert' }));
    expect(inserted(second.onInsert)).toEqual({ type: 'claimsTable', attrs: { entityId: null, status: null, minGrade: 'C6', frozen: null } });
  });

  it('an entity card only once an entity is chosen', async () => {
    const { onInsert, user } = open('entityCard');
    const dialog = screen.getByRole('dialog', { name: 'Insert an entity card' });
    const insert = within(dialog).getByRole('button', { name: 'Insert' });
    expect(insert.hasAttribute('disabled')).toBe(true);
    await user.type(within(dialog).getByRole('combobox', { name: 'Entity' }), 'Ministry');
    await user.click(await within(dialog).findByRole('option', { name: /Ministry of Trade/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Remove “Ministry of Trade”' }));
    expect(within(dialog).getByRole('button', { name: 'Insert' }).hasAttribute('disabled')).toBe(true);
    await user.type(within(dialog).getByRole('combobox', { name: 'Entity' }), 'Dravik');
    await user.click(await within(dialog).findByRole('option', { name: /Dravik Port Authority/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Insert' }));
    expect(inserted(onInsert)).toEqual({ type: 'entityCard', attrs: { entityId: 'e-port', frozen: null } });
  });
});
