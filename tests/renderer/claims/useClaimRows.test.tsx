// @vitest-environment jsdom
import { act, cleanup, configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useClaimMutate } from '../../../renderer/claims/useClaimMutate';
import { useClaimRows } from '../../../renderer/claims/useClaimRows';
import { fakeClaimsApi } from './fakeClaimsApi';

configure({ asyncUtilTimeout: 5000 });
afterEach(cleanup);

function Rows({ entityId = null }: { entityId?: string | null }) {
  const { rows } = useClaimRows(entityId);
  const mutate = useClaimMutate();
  const first = rows?.[0];
  return (
    <div>
      <ul aria-label="rows">
        {rows?.map((r) => (
          <li key={r.id}>{`${r.statement} ${r.status} ${r.grade} ${r.citationCount}`}</li>
        ))}
      </ul>
      <button type="button" onClick={() => first && void mutate('claims.update', { id: first.id, status: 'refuted' })}>
        refute
      </button>
      <button type="button" onClick={() => first && void mutate('claims.update', { id: first.id, entities: [] })}>
        drop entities
      </button>
    </div>
  );
}

describe('useClaimRows', () => {
  it('patches the rows after its own status edit without fetching the list again', async () => {
    const api = fakeClaimsApi();
    api.create({ statement: 'Twelve a week', annotationIds: ['a-twelve'], credibility: 2 });
    api.renderWithApi(<Rows />);
    expect(await screen.findByText('Twelve a week unverified B2 1')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'refute' }));
    expect(await screen.findByText('Twelve a week refuted B2 1')).toBeTruthy();
    await new Promise((r) => setTimeout(r, 150));
    expect(api.fake.callsTo('claims.list')).toHaveLength(1);
  });

  it('fetches again when the claims change elsewhere (the reader, the API), and after an edit of entities', async () => {
    const api = fakeClaimsApi();
    const claim = api.create({ statement: 'Twelve a week', annotationIds: ['a-twelve'], entities: [{ entityId: 'e-dravik', role: 'object' }] });
    api.renderWithApi(<Rows entityId="e-dravik" />);
    expect(await screen.findByText('Twelve a week unverified B6 1')).toBeTruthy();

    // Someone else cites a second passage: core says so, the rows follow.
    act(() => {
      api.claims[0]?.citations.push('a-eight');
      api.fake.emit('project.changed', { topics: ['claims'] });
    });
    expect(await screen.findByText('Twelve a week unverified B6 2')).toBeTruthy();
    expect(api.fake.callsTo('claims.list')).toHaveLength(2);

    // Dropping the entity takes the claim out of the "about Dravik" list.
    await userEvent.click(screen.getByRole('button', { name: 'drop entities' }));
    await waitFor(() => expect(screen.queryByText(/Twelve a week/)).toBeNull());
    expect(api.fake.callsTo('claims.update')).toEqual([{ id: claim.id, entities: [] }]);
  });
});
