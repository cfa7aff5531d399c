// @vitest-environment jsdom
import { cleanup, configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { DossierError } from '../../../shared/api/errors';
import { mergeKinds, type MergePreview, type MergeResult } from '../../../shared/api/exchangeTypes';
import { ApiProvider } from '../../../renderer/api/ApiContext';
import { QueryProvider } from '../../../renderer/api/QueryContext';
import { MergeDialog } from '../../../renderer/exchange/MergeDialog';
import { NoticeProvider } from '../../../renderer/ui/Notices';
import { createFakeClient } from '../fakeClient';

configure({ asyncUtilTimeout: 5000 });
afterEach(cleanup);

const preview: MergePreview & { stagingId: string } = {
  stagingId: 'st1',
  fileName: 'Ben.dossier',
  peerProjectId: 'p2',
  peerName: 'Harbor (Ben)',
  exportedBy: 'ben',
  exportedAt: '',
  lastExchange: null,
  kinds: mergeKinds.map((kind) => ({
    kind,
    added: kind === 'claims' ? 2 : 0,
    updated: 0,
    deleted: kind === 'labels' ? 1 : 0,
    conflicts: kind === 'memos' ? 1 : 0,
    linkChanges: 0,
    lists: {
      added: kind === 'claims' ? [{ table: 'claims', id: 'c1', title: 'Talks ended' }, { table: 'claims', id: 'c2', title: 'Ceasefire holds' }] : [],
      updated: [],
      deleted: kind === 'labels' ? [{ table: 'labels', id: 'l1', title: 'Doubt' }] : [],
      conflicts: kind === 'memos' ? [{ table: 'memos', id: 'm1', title: 'Situation brief' }] : [],
    },
  })),
  duplicateSources: 1,
  entityMerges: 0,
  changes: 4,
};

function setup(options: { previewFails?: boolean } = {}) {
  const merged: MergeResult[] = [];
  let closed = 0;
  const fake = createFakeClient(
    {
      'exchange.previewMerge': () => {
        if (options.previewFails) throw new DossierError('NOT_A_PROJECT', '“Ben.dossier” is a database, but not a Dossier project.');
        return preview;
      },
      'exchange.applyMerge': () => ({ ...preview, historyId: 'h1' }),
      'exchange.cancelMerge': () => null,
    },
    { kind: 'desktop', pickMergeFile: async () => '/mail/Ben.dossier' },
  );
  render(
    <ApiProvider client={fake.client}>
      <NoticeProvider>
        <QueryProvider>
          <MergeDialog onClose={() => (closed += 1)} onMerged={(r) => merged.push(r)} />
        </QueryProvider>
      </NoticeProvider>
    </ApiProvider>,
  );
  return { fake, merged, closed: () => closed };
}

describe('MergeDialog', () => {
  it('on the desktop, previews the file chosen in the native dialog per kind, lists the items, and merges it', async () => {
    const user = userEvent.setup();
    const { fake, merged } = setup();
    const dialog = await screen.findByRole('dialog', { name: 'Merge a colleague’s file' });
    await within(dialog).findByText('This is the first file you merge from “Harbor (Ben)”.');
    expect(fake.callsTo('exchange.previewMerge')).toEqual([{ path: '/mail/Ben.dossier' }]);
    expect(within(dialog).getByRole('row', { name: /^Claims/ }).textContent).toBe('Claims20000');
    expect(within(dialog).getByText('1 source you both imported will become one (highlights move onto it).')).toBeTruthy();
    await user.click(within(dialog).getByText('Conflicts: Memos (1)'));
    expect(within(dialog).getByText('Situation brief')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }));
    expect(fake.callsTo('exchange.applyMerge')).toEqual([{ stagingId: 'st1' }]);
    expect(merged).toHaveLength(1);
  });

  it('cancelling forgets the staged file; a bad file shows core’s message and offers another', async () => {
    const user = userEvent.setup();
    const first = setup();
    const dialog = await screen.findByRole('dialog', { name: 'Merge a colleague’s file' });
    await user.click(await within(dialog).findByRole('button', { name: 'Cancel' }));
    expect(first.fake.callsTo('exchange.cancelMerge')).toEqual([{ stagingId: 'st1' }]);
    expect(first.closed()).toBe(1);
    cleanup();

    const bad = setup({ previewFails: true });
    const again = await screen.findByRole('dialog', { name: 'Merge a colleague’s file' });
    expect((await within(again).findByRole('alert')).textContent).toBe('“Ben.dossier” is a database, but not a Dossier project.');
    expect(within(again).getByRole('button', { name: 'Choose another file…' })).toBeTruthy();
    expect(bad.fake.callsTo('exchange.applyMerge')).toEqual([]);
  });
});
