// @vitest-environment jsdom
import { useEffect } from 'react';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Label } from '../../../shared/api/types';
import { ApiProvider } from '../../../renderer/api/ApiContext';
import { QueryProvider, useMutate, useQuery } from '../../../renderer/api/QueryContext';
import { createFakeClient } from '../fakeClient';

afterEach(cleanup);

function label(id: string, name: string): Label {
  return { id, name, color: '#000000', usageCount: 0, createdAt: '', updatedAt: '' };
}

/** A label list and a way to add one, as a view would have them. */
function setup(echo: boolean) {
  const labels: Label[] = [label('l1', 'Claims')];
  const fake = createFakeClient({
    'labels.list': () => [...labels],
    'labels.create': ({ name, color }) => {
      const made = { ...label(`l${labels.length + 1}`, name), color };
      labels.push(made);
      // Core sends project.changed before it answers; a lost or late event is the other case.
      if (echo) fake.emit('project.changed', { topics: ['labels'] });
      return made;
    },
  });
  // The component hands its mutate function out through this holder (the test calls it from outside).
  const held: { mutate?: ReturnType<typeof useMutate> } = {};
  function Labels() {
    const list = useQuery('labels.list', {});
    const mutate = useMutate();
    useEffect(() => {
      held.mutate = mutate;
    }, [mutate]);
    return <p>{list.data?.map((l) => l.name).join(', ')}</p>;
  }
  render(
    <ApiProvider client={fake.client}>
      <QueryProvider>
        <Labels />
      </QueryProvider>
    </ApiProvider>,
  );
  return { fake, add: (name: string) => act(async () => void (await held.mutate?.('labels.create', { name, color: '#ffffff' }))) };
}

describe('useMutate', () => {
  it('refreshes once when core echoes the write, not a second time for the write itself', async () => {
    const { fake, add } = setup(true);
    expect(await screen.findByText('Claims')).toBeTruthy();
    await add('Entities');
    expect(await screen.findByText('Claims, Entities')).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.callsTo('labels.list')).toHaveLength(2);
  });

  it('refreshes by itself when no echo came before the answer', async () => {
    const { fake, add } = setup(false);
    expect(await screen.findByText('Claims')).toBeTruthy();
    await add('Entities');
    expect(await screen.findByText('Claims, Entities')).toBeTruthy();
    expect(fake.callsTo('labels.list')).toHaveLength(2);
  });
});
