// @vitest-environment jsdom
import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation, Label } from '../../../shared/api/types';
import { ApiProvider } from '../../../renderer/api/ApiContext';
import { QueryProvider } from '../../../renderer/api/QueryContext';
import { NavigationContext, type NavigationApi } from '../../../renderer/app/Navigation';
import { LabelsView } from '../../../renderer/labels/LabelsView';
import { NoticeProvider } from '../../../renderer/ui/Notices';
import { createFakeClient } from '../fakeClient';

const label = (id: string, name: string, usageCount: number): Label => ({ id, name, color: '#e8a33d', usageCount, createdAt: '', updatedAt: '' });

const highlight = (id: string, sourceId: string, exact: string, note = ''): Annotation =>
  ({ id, sourceId, start: 10, end: 10 + exact.length, exact, prefix: '', suffix: '', note, labelIds: ['key'], entityIds: [], createdAt: '', updatedAt: '', createdBy: 'ana' }) as Annotation;

function setup() {
  let labels = [label('key', 'Key claim', 2), label('dates', 'Dates', 0), label('people', 'People', 0)];
  const opened: unknown[][] = [];
  const fake = createFakeClient({
    'labels.list': () => labels,
    'annotations.byLabel': () => [
      { annotation: highlight('a1', 's1', 'twelve vessels a week', 'The Herald figure'), sourceTitle: 'Grain ships to use Dravik' },
      { annotation: highlight('a2', 's2', 'no more than eight vessels'), sourceTitle: 'Statement on the consultations' },
    ],
    'labels.delete': (input) => {
      labels = labels.filter((l) => l.id !== input.id);
      return null;
    },
  });
  const nav = {
    projectId: 'p1',
    view: 'labels',
    go: () => {},
    selectedSourceId: null,
    selectSource: () => {},
    openSource: (...args: unknown[]) => opened.push(args),
    reveal: null,
    focusRequest: null,
    focusDone: () => {},
    focusSearch: () => {},
  } as NavigationApi;
  render(
    <ApiProvider client={fake.client}>
      <NoticeProvider>
        <QueryProvider>
          <NavigationContext.Provider value={nav}>
            <LabelsView />
          </NavigationContext.Provider>
        </QueryProvider>
      </NoticeProvider>
    </ApiProvider>,
  );
  return { fake, opened };
}

configure({ asyncUtilTimeout: 5000 });
afterEach(cleanup);

describe('LabelsView', () => {
  it('opens a label to its highlights across sources, and each opens the reader at it with focus', async () => {
    const user = userEvent.setup();
    const { fake, opened } = setup();
    const toggle = await screen.findByRole('button', { name: /^▸?\s*Key claim/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const panel = await screen.findByRole('region', { name: 'Highlights labelled Key claim' });
    expect(within(panel).getByRole('heading', { name: 'Grain ships to use Dravik' })).toBeTruthy();
    expect(within(panel).getByRole('heading', { name: 'Statement on the consultations' })).toBeTruthy();
    expect(fake.callsTo('annotations.byLabel')).toEqual([{ labelId: 'key' }]);
    await user.click(within(panel).getByRole('button', { name: /no more than eight vessels/ }));
    expect(opened).toEqual([['s2', { start: 10, end: 36, annotationId: 'a2' }, { focus: true }]]);
  });

  it('moves focus to the next label after a delete, never onto its Delete button', async () => {
    const user = userEvent.setup();
    const { fake } = setup();
    await user.click(await screen.findByRole('button', { name: 'Delete label Dates' }));
    expect(fake.callsTo('labels.delete')).toEqual([{ id: 'dates' }]);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: /^▸?\s*People/ })));
  });
});
