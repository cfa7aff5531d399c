import { describe, expect, it } from 'vitest';
import type { ClaimRow } from '../../../shared/api/types';
import { claimOrderFields, type ClaimOrder, type ClaimOrderField } from '../../../shared/claims/claimOrder';
import { claimRowsOf } from '../../../shared/claims/claimTable';
import { testWorkbench } from '../../helpers/testWorkbench';

/** The value the grid sorts a column by (renderer/claims/claimColumns.ts). */
const gridValue: Record<ClaimOrderField, (row: ClaimRow) => string | number> = {
  createdAt: (r) => r.createdAt,
  updatedAt: (r) => r.updatedAt,
  statement: (r) => r.statement,
  dateEdtf: (r) => r.dateEdtf,
  status: (r) => r.status,
  reliability: (r) => r.reliability,
  credibility: (r) => r.credibility,
  grade: (r) => r.grade,
  createdBy: (r) => r.createdBy,
};

/** As AG Grid sorts rows given in the list's order: compared with < and >, stable, descending by negation. */
function sortedAsTheGridDoes(rows: ClaimRow[], order: ClaimOrder): ClaimRow[] {
  const value = gridValue[order.field];
  return rows.toSorted((a, b) => {
    const x = value(a);
    const y = value(b);
    const result = x > y ? 1 : x < y ? -1 : 0;
    return order.descending ? -result : result;
  });
}

async function setup() {
  const t = testWorkbench({ userName: 'lee' });
  await t.call('projects.create', { name: 'Claims' });
  const herald = await t.call('sources.addText', { text: 'A senior official said up to twelve vessels a week would use Dravik.', title: 'Herald', reliability: 'B' });
  const ministry = await t.call('sources.addText', { text: 'The ministry said no more than eight vessels per week.', title: 'Ministry', reliability: 'A' });
  const passages = [
    await t.call('annotations.create', { sourceId: herald.sourceId ?? '', start: 23, end: 54 }),
    await t.call('annotations.create', { sourceId: ministry.sourceId ?? '', start: 18, end: 54 }),
  ];
  const karvenia = await t.call('entities.create', { kind: 'place', name: 'Karvenia' });
  const dravik = await t.call('entities.create', { kind: 'place', name: 'Dravik' });
  const statuses = ['unverified', 'corroborated', 'disputed', 'refuted'] as const;
  const ids: string[] = [];
  // Many claims made within the same millisecond: ties in every column, and in the creation time itself.
  for (let i = 0; i < 40; i += 1) {
    const claim = await t.call('claims.create', {
      statement: `Claim ${String.fromCharCode(65 + (i % 7))} ${i % 3}`,
      annotationIds: i % 4 === 0 ? [passages[0]!.id, passages[1]!.id] : [passages[i % 2]!.id],
      asserterEntityId: i % 5 === 0 ? karvenia.id : undefined,
      asserterText: i % 5 === 0 ? undefined : `official ${i % 2}`,
      entities: i % 3 === 0 ? [{ entityId: dravik.id, role: 'object' }] : [{ entityId: karvenia.id, role: 'subject' }],
      dateEdtf: i % 2 === 0 ? `2026-0${(i % 9) + 1}` : '',
      status: statuses[i % 4],
      reliability: 'ABCDEF'[i % 6] as 'A',
      credibility: ((i * 5) % 6) + 1,
    });
    ids.push(claim.id);
  }
  for (const id of ids.slice(0, 12)) await t.call('claims.update', { id, status: 'refuted' });
  await t.call('annotations.delete', { id: passages[1]!.id });
  await t.call('claims.delete', { id: ids[3]! });
  return { t, karvenia, dravik };
}

describe('claims.list, first claims only', () => {
  it('answers the first claims in each order the grid can ask for, as the grid would show them from the whole list', async () => {
    const { t } = await setup();
    const all = claimRowsOf(await t.call('claims.list', {}));
    expect(all).toHaveLength(39);
    for (const field of claimOrderFields) {
      for (const descending of [false, true]) {
        const orderBy = { field, descending };
        const page = await t.call('claims.list', { limit: 10, orderBy });
        expect(page.total).toBe(39);
        expect(page.rows).toHaveLength(10);
        expect(claimRowsOf(page), `${field} ${descending ? 'descending' : 'ascending'}`).toEqual(sortedAsTheGridDoes(all, orderBy).slice(0, 10));
      }
    }
    // Newest first unless told otherwise; a limit beyond the list gives all of it.
    expect(claimRowsOf(await t.call('claims.list', { limit: 5 }))).toEqual(all.slice(0, 5));
    const whole = await t.call('claims.list', { limit: 1000 });
    expect(whole.total).toBe(39);
    expect(claimRowsOf(whole)).toEqual(all);
  });

  it('takes the first claims by or about an entity, counting all of them', async () => {
    const { t, dravik } = await setup();
    const about = claimRowsOf(await t.call('claims.list', { entityId: dravik.id }));
    expect(about.length).toBeGreaterThan(5);
    const page = await t.call('claims.list', { entityId: dravik.id, limit: 5 });
    expect(page.total).toBe(about.length);
    expect(claimRowsOf(page)).toEqual(about.slice(0, 5));
    // Only the entities and titles its rows refer to.
    expect(page.entities.map((e) => e.name).sort()).toEqual(['Dravik', 'Karvenia']);
  });

  it('refuses a limit out of bounds or an order the grid cannot ask for', async () => {
    const { t } = await setup();
    expect((await t.fail('claims.list', { limit: 0 })).code).toBe('BAD_INPUT');
    expect((await t.fail('claims.list', { limit: 1001 })).code).toBe('BAD_INPUT');
    expect((await t.fail('claims.list', { limit: 10, orderBy: { field: 'notes', descending: false } })).code).toBe('BAD_INPUT');
  });
});
