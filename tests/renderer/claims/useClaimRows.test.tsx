// @vitest-environment jsdom
import { act, cleanup, configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClaimRow } from '../../../shared/api/types';
import { newestFirst, type ClaimOrder } from '../../../shared/claims/claimOrder';
import { useMutate } from '../../../renderer/api/QueryContext';
import { FIRST_PAGE_SIZE, useClaimRows } from '../../../renderer/claims/useClaimRows';
import { fakeClaimsApi } from './fakeClaimsApi';

configure({ asyncUtilTimeout: 5000 });
afterEach(cleanup);

function Rows({ entityId = null, seen, order = null }: { entityId?: string | null; seen?: ClaimRow[][]; order?: ClaimOrder | null }) {
  const { rows, complete, total } = useClaimRows(entityId, order);
  const mutate = useMutate();
  if (rows && seen && seen.at(-1) !== rows) seen.push(rows);
  const first = rows?.[0];
  return (
    <div>
      <p>{rows ? `${rows.length} of ${total}${complete ? '' : ', loading the rest'}` : 'none yet'}</p>
      <ul aria-label="rows">
        {rows?.map((r) => (
          <li key={r.id}>{`${r.statement} ${r.status} ${r.grade} ${r.citationCount} ${r.entities.map((e) => `${e.name}:${e.role}`).join(',')}`}</li>
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
  it('decodes the compact list; after its own edit fetches it once (not again for the echo) and keeps the rows that did not change', async () => {
    const api = fakeClaimsApi();
    api.create({ statement: 'Eight at most', annotationIds: ['a-eight'], entities: [{ entityId: 'e-karvenia', role: 'subject' }] });
    api.create({ statement: 'Twelve a week', annotationIds: ['a-twelve'], credibility: 2, entities: [{ entityId: 'e-dravik', role: 'object' }] });
    const seen: ClaimRow[][] = [];
    api.renderWithApi(<Rows seen={seen} />);
    expect(await screen.findByText('Twelve a week unverified B2 1 Dravik:object')).toBeTruthy();
    expect(screen.getByText('Eight at most unverified A6 1 Karvenia:subject')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'refute' }));
    expect(await screen.findByText('Twelve a week refuted B2 1 Dravik:object')).toBeTruthy();
    await new Promise((r) => setTimeout(r, 100));
    expect(api.fake.callsTo('claims.list')).toHaveLength(2);
    const [before, after] = [seen[0], seen.at(-1)];
    expect(after?.[0]).not.toBe(before?.[0]);
    expect(after?.[1]).toBe(before?.[1]);
  });

  it('fetches again when the claims change elsewhere (the reader, the API), and after an edit of entities', async () => {
    const api = fakeClaimsApi();
    const claim = api.create({ statement: 'Twelve a week', annotationIds: ['a-twelve'], entities: [{ entityId: 'e-dravik', role: 'object' }] });
    api.renderWithApi(<Rows entityId="e-dravik" />);
    expect(await screen.findByText('Twelve a week unverified B6 1 Dravik:object')).toBeTruthy();

    // Someone else cites a second passage: core says so, the rows follow.
    act(() => {
      api.claims[0]?.citations.push('a-eight');
      api.fake.emit('project.changed', { topics: ['claims'] });
    });
    expect(await screen.findByText('Twelve a week unverified B6 2 Dravik:object')).toBeTruthy();
    expect(api.fake.callsTo('claims.list')).toHaveLength(2);

    // Dropping the entity takes the claim out of the "about Dravik" list.
    await userEvent.click(screen.getByRole('button', { name: 'drop entities' }));
    await waitFor(() => expect(screen.queryByText(/Twelve a week/)).toBeNull());
    expect(api.fake.callsTo('claims.update')).toEqual([{ id: claim.id, entities: [] }]);
  });

  it('given the grid’s order, shows the first screenful first, then the whole list, keeping the rows already shown', async () => {
    const api = fakeClaimsApi();
    for (let i = 0; i < FIRST_PAGE_SIZE + 20; i += 1) {
      api.create({ statement: `Claim ${i}`, annotationIds: [i % 2 ? 'a-eight' : 'a-twelve'], entities: [{ entityId: i % 3 ? 'e-dravik' : 'e-karvenia', role: 'subject' }] });
    }
    // The whole list is held back until the test lets it go.
    const release = api.holdWholeList();
    const seen: ClaimRow[][] = [];
    api.renderWithApi(<Rows seen={seen} order={newestFirst} />);
    expect(await screen.findByText(`${FIRST_PAGE_SIZE} of ${FIRST_PAGE_SIZE + 20}, loading the rest`)).toBeTruthy();
    expect(screen.getAllByRole('listitem')[0]?.textContent).toMatch(/^Claim 119 /);
    // Asked for after the first screenful came, so that the server answers the small call first.
    expect(api.fake.callsTo('claims.list')).toEqual([{ limit: FIRST_PAGE_SIZE, orderBy: newestFirst }, {}]);

    release();
    expect(await screen.findByText(`${FIRST_PAGE_SIZE + 20} of ${FIRST_PAGE_SIZE + 20}`)).toBeTruthy();
    const [page, whole] = [seen[0], seen.at(-1)];
    expect(whole?.slice(0, FIRST_PAGE_SIZE).every((row, i) => row === page?.[i])).toBe(true);

    // From then on only the whole list is kept current.
    await userEvent.click(screen.getByRole('button', { name: 'refute' }));
    expect(await screen.findByText(/^Claim 119 refuted/)).toBeTruthy();
    expect(api.fake.callsTo('claims.list').slice(2)).toEqual([{}]);
  });

  it('shows a first screenful that holds every claim as the whole list at once', async () => {
    const api = fakeClaimsApi();
    api.create({ statement: 'Eight at most', annotationIds: ['a-eight'] });
    api.renderWithApi(<Rows order={newestFirst} />);
    expect(await screen.findByText('1 of 1')).toBeTruthy();
  });
});
