// @vitest-environment jsdom
import { cleanup, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimPanel } from '../../../renderer/claims/ClaimPanel';
import type { ClaimUndoEntry } from '../../../renderer/claims/claimUndo';
import { fakeClaimsApi } from './fakeClaimsApi';

configure({ asyncUtilTimeout: 5000 });
afterEach(cleanup);

function setup() {
  const api = fakeClaimsApi();
  const twelve = api.create({
    statement: 'Twelve vessels a week',
    annotationIds: ['a-twelve', 'a-removed'],
    asserterText: 'senior official, unnamed',
    entities: [
      { entityId: 'e-karvenia', role: 'subject' },
      { entityId: 'e-dravik', role: 'object' },
    ],
    credibility: 2,
  });
  const eight = api.create({ statement: 'Eight a week at most', annotationIds: ['a-eight'] });
  const pushed: ClaimUndoEntry[] = [];
  const undo = { push: (e: ClaimUndoEntry) => pushed.push(e), revert: vi.fn<(entry: ClaimUndoEntry) => Promise<void>>(async () => {}) };
  const onClose = vi.fn<() => void>();
  const onOpenClaim = vi.fn<(claimId: string) => void>();
  api.fake.calls.length = 0;
  api.renderWithApi(<ClaimPanel claimId={twelve.id} onClose={onClose} onOpenClaim={onOpenClaim} undo={undo} />);
  return { api, twelve, eight, pushed, undo, onClose, onOpenClaim };
}

describe('ClaimPanel', () => {
  it('shows the grade, the cited passages (a deleted one as removed) and opens the reader at a passage', async () => {
    const { api } = setup();
    const panel = await screen.findByRole('complementary', { name: 'Claim' });
    expect(await within(panel).findByText('B2')).toBeTruthy();
    expect(within(panel).getByText('Missing')).toBeTruthy();
    expect(within(panel).getByText('[passage removed]')).toBeTruthy();
    await userEvent.click(within(panel).getByRole('button', { name: 'Open in the reader: up to twelve vessels a week' }));
    expect(api.opened).toEqual([{ sourceId: 's-herald', reveal: { start: 10, end: 37, annotationId: 'a-twelve' }, focus: true }]);
  });

  it('saves each field as it changes, remembers what it replaced, and links claims', async () => {
    const user = userEvent.setup();
    const { api, twelve, eight, pushed, onOpenClaim } = setup();
    const panel = await screen.findByRole('complementary', { name: 'Claim' });
    await within(panel).findByText('B2');

    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Status' }), 'disputed');
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Source reliability' }), 'C');
    await waitFor(() => expect(within(panel).getByText('C2')).toBeTruthy());

    const statement = within(panel).getByRole('textbox', { name: 'Statement' });
    await user.clear(statement);
    await user.type(statement, 'Twelve ships a week');
    await user.tab();

    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Role of Dravik' }), 'mentioned');
    await user.click(within(panel).getByRole('button', { name: 'Remove Karvenia' }));

    await waitFor(() => expect(api.fake.callsTo('claims.update')).toHaveLength(5));
    expect(api.fake.callsTo('claims.update')).toEqual([
      { id: twelve.id, status: 'disputed' },
      { id: twelve.id, reliability: 'C' },
      { id: twelve.id, statement: 'Twelve ships a week' },
      { id: twelve.id, entities: [{ entityId: 'e-karvenia', role: 'subject' }, { entityId: 'e-dravik', role: 'mentioned' }] },
      { id: twelve.id, entities: [{ entityId: 'e-dravik', role: 'mentioned' }] },
    ]);
    expect(pushed.map((e) => e.revert.input)).toEqual([
      { id: twelve.id, status: 'unverified' },
      { id: twelve.id, reliability: 'B' },
      { id: twelve.id, statement: 'Twelve vessels a week' },
      { id: twelve.id, entities: [{ entityId: 'e-karvenia', role: 'subject' }, { entityId: 'e-dravik', role: 'object' }] },
      { id: twelve.id, entities: [{ entityId: 'e-karvenia', role: 'subject' }, { entityId: 'e-dravik', role: 'mentioned' }] },
    ]);

    // Link: the relation, then a claim found by its words.
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Relation' }), 'contradicts');
    await user.type(within(panel).getByRole('combobox', { name: 'Claim to link' }), 'eight');
    await user.keyboard('{Enter}');
    const linked = await within(panel).findByRole('button', { name: 'Open linked claim: Eight a week at most' });
    expect(linked.closest('li')?.textContent).toContain('Contradicts');
    expect(api.fake.callsTo('claims.link')).toEqual([{ fromId: twelve.id, toId: eight.id, relation: 'contradicts' }]);
    await user.click(linked);
    expect(onOpenClaim).toHaveBeenCalledWith(eight.id);
  });

  it('removes a citation (never the last one), cites another passage, deletes to the Trash, and closes on Esc', async () => {
    const user = userEvent.setup();
    const { api, twelve, pushed, onClose } = setup();
    const panel = await screen.findByRole('complementary', { name: 'Claim' });
    await within(panel).findByText('[passage removed]');
    await user.click(within(panel).getByRole('button', { name: 'Remove citation: [passage removed]' }));
    await waitFor(() => expect(within(panel).queryByText('[passage removed]')).toBeNull());
    expect(pushed.at(-1)?.revert).toEqual({ method: 'claims.cite', input: { claimId: twelve.id, annotationId: 'a-removed' } });
    expect((within(panel).getByRole('button', { name: /^Remove citation: up to twelve/ }) as HTMLButtonElement).disabled).toBe(true);

    await user.click(within(panel).getByRole('button', { name: 'Cite another passage…' }));
    const dialog = screen.getByRole('dialog', { name: 'Cite another passage' });
    await user.type(within(dialog).getByRole('combobox', { name: 'Source' }), 'ministry');
    await user.keyboard('{Enter}');
    await user.click(await within(dialog).findByRole('button', { name: /no more than eight vessels per week/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await within(panel).findByText('Ministry statement')).toBeTruthy();
    expect(api.fake.callsTo('claims.cite')).toEqual([{ claimId: twelve.id, annotationId: 'a-eight' }]);

    await user.click(within(panel).getByRole('button', { name: 'Delete claim' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(pushed.at(-1)?.revert).toEqual({ method: 'trash.restore', input: { kind: 'claim', id: twelve.id } });
    expect(await screen.findByText('Claim moved to the Trash: Twelve vessels a week')).toBeTruthy();

    onClose.mockClear();
    within(panel).getByRole('heading', { name: /Claim/ }).focus();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
