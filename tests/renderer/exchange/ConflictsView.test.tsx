// @vitest-environment jsdom
import { cleanup, configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { MergeConflict } from '../../../shared/api/exchangeTypes';
import { ConflictsView, docText } from '../../../renderer/exchange/ConflictsView';
import { createFakeClient } from '../fakeClient';
import { fakeNavigation } from '../entities/fixtures';
import { renderWithApp } from '../entities/renderWithApp';

configure({ asyncUtilTimeout: 5000 });
afterEach(cleanup);

const doc = (...paragraphs: string[]) =>
  JSON.stringify({ type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });

const memoConflict: MergeConflict = {
  id: 'c1',
  kind: 'memos',
  table: 'memos',
  rowKey: 'm1',
  title: 'Situation brief',
  peerProjectId: 'p2',
  peerName: 'Harbor (Ben)',
  kept: 'mine',
  mine: { id: 'm1', title: 'Situation brief', doc: doc('Talks ended.', 'Ana’s assessment.'), updated_at: '2026-12-01T10:00:00.000Z', updated_by: 'ana' },
  theirs: { id: 'm1', title: 'Situation brief', doc: doc('Talks ended.', 'Ben’s assessment.'), updated_at: '2026-12-01T09:00:00.000Z', updated_by: 'ben' },
  detectedAt: '2026-12-01T11:00:00.000Z',
  resolvedAt: null,
  resolution: null,
};

describe('ConflictsView', () => {
  it('shows both versions of a memo side by side and takes theirs on request', async () => {
    const user = userEvent.setup();
    let conflicts = [memoConflict];
    const fake = createFakeClient({
      'exchange.conflicts': () => conflicts,
      'exchange.history': () => [],
      'exchange.resolveConflict': ({ id, keep }) => {
        conflicts = [];
        return { ...memoConflict, id, resolution: keep, resolvedAt: '2026-12-01T12:00:00.000Z' };
      },
    });
    renderWithApp(<ConflictsView />, fake.client, fakeNavigation().nav);
    const row = (await screen.findByText('Situation brief')).closest('tr') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: 'Compare' }));
    const compare = screen.getByRole('group', { name: 'Compare: Situation brief' });
    const mine = within(compare).getByRole('region', { name: 'Mine' });
    const theirs = within(compare).getByRole('region', { name: 'Theirs (Harbor (Ben))' });
    expect(mine.textContent).toContain('Ana’s assessment.');
    expect(theirs.textContent).toContain('Ben’s assessment.');
    expect(mine.textContent).toContain('Kept now');
    // Only what differs is compared: the same title is not repeated.
    expect(within(mine).queryByText('Title')).toBeNull();

    await user.click(within(row).getByRole('button', { name: 'Take theirs' }));
    expect(fake.callsTo('exchange.resolveConflict')).toEqual([{ id: 'c1', keep: 'theirs' }]);
    expect(await screen.findByText('No conflicts to settle')).toBeTruthy();
  });

  it('reads a memo document as paragraphs', () => {
    expect(docText(doc('One.', 'Two.'))).toBe('One.\n\nTwo.');
    expect(docText('not json')).toBe('not json');
  });
});
