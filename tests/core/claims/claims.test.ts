import { describe, expect, it } from 'vitest';
import { claimRowsOf } from '../../../shared/claims/claimTable';
import { testWorkbench } from '../../helpers/testWorkbench';

async function setup() {
  const t = testWorkbench({ userName: 'lee' });
  await t.call('projects.create', { name: 'Claims' });
  const herald = await t.call('sources.addText', {
    text: 'A senior official said up to twelve vessels a week would use Dravik.',
    title: 'Herald',
    reliability: 'B',
  });
  const ministry = await t.call('sources.addText', { text: 'The ministry said no more than eight vessels per week.', title: 'Ministry', reliability: 'A' });
  const passageA = await t.call('annotations.create', { sourceId: herald.sourceId ?? '', start: 23, end: 54 });
  const passageB = await t.call('annotations.create', { sourceId: ministry.sourceId ?? '', start: 18, end: 54 });
  const karvenia = await t.call('entities.create', { kind: 'place', name: 'Karvenia' });
  const dravik = await t.call('entities.create', { kind: 'place', name: 'Dravik' });
  return { t, herald, ministry, passageA, passageB, karvenia, dravik };
}

describe('claims', () => {
  it('are made from a passage with entities and roles, graded B2 by default from the source', async () => {
    const { t, passageA, karvenia, dravik } = await setup();
    const claim = await t.call('claims.create', {
      statement: 'Twelve vessels a week will use Dravik',
      annotationIds: [passageA.id],
      asserterText: 'senior official, unnamed',
      entities: [
        { entityId: karvenia.id, role: 'subject' },
        { entityId: dravik.id, role: 'object' },
      ],
      credibility: 2,
      dateEdtf: '2026-03',
    });
    expect(claim).toMatchObject({
      statement: 'Twelve vessels a week will use Dravik',
      asserterEntityId: null,
      asserterName: 'senior official, unnamed',
      reliability: 'B',
      credibility: 2,
      grade: 'B2',
      status: 'unverified',
      dateEdtf: '2026-03',
      citationCount: 1,
      sourceTitles: ['Herald'],
      missingEvidence: false,
      createdBy: 'lee',
    });
    expect(claim.entities.map((e) => [e.name, e.role])).toEqual(
      expect.arrayContaining([
        ['Karvenia', 'subject'],
        ['Dravik', 'object'],
      ]),
    );
    expect(claim.citations).toMatchObject([{ sourceTitle: 'Herald', exact: 'up to twelve vessels a week wou', missing: false }]);
  });

  it('cite more passages, link to other claims, update status and grades, and filter by entity', async () => {
    const { t, passageA, passageB, dravik } = await setup();
    const twelve = await t.call('claims.create', { statement: 'Twelve a week', annotationIds: [passageA.id], entities: [{ entityId: dravik.id, role: 'object' }] });
    const eight = await t.call('claims.create', { statement: 'Eight a week at most', annotationIds: [passageB.id] });
    expect(eight.grade).toBe('A6');

    const corroborated = await t.call('claims.cite', { claimId: twelve.id, annotationId: passageB.id });
    expect(corroborated.sourceTitles.sort()).toEqual(['Herald', 'Ministry']);
    const linked = await t.call('claims.link', { fromId: eight.id, toId: twelve.id, relation: 'contradicts' });
    expect(linked.links).toMatchObject([{ relation: 'contradicts', direction: 'outgoing', otherClaimId: twelve.id }]);
    expect((await t.call('claims.get', { id: twelve.id })).links).toMatchObject([{ direction: 'incoming', otherStatement: 'Eight a week at most' }]);
    expect((await t.fail('claims.link', { fromId: eight.id, toId: eight.id, relation: 'supports' })).code).toBe('BAD_INPUT');

    const updated = await t.call('claims.update', { id: twelve.id, status: 'disputed', reliability: 'C', credibility: 3 });
    expect(updated).toMatchObject({ status: 'disputed', grade: 'C3' });
    expect((await t.fail('claims.update', { id: twelve.id, credibility: 7 })).code).toBe('BAD_INPUT');
    expect((await t.fail('claims.update', { id: twelve.id, status: 'maybe' })).code).toBe('BAD_INPUT');

    expect(claimRowsOf(await t.call('claims.list', { entityId: dravik.id })).map((c) => c.id)).toEqual([twelve.id]);
    expect((await t.call('claims.list', {})).rows).toHaveLength(2);
    const unlinked = await t.call('claims.unlink', { claimId: twelve.id, linkId: linked.links[0]?.id ?? '' });
    expect(unlinked.links).toEqual([]);
  });

  it('keep their statement when a cited passage is deleted, marked as missing evidence', async () => {
    const { t, passageA, passageB } = await setup();
    const claim = await t.call('claims.create', { statement: 'Twelve a week', annotationIds: [passageA.id, passageB.id] });
    await t.call('annotations.delete', { id: passageA.id });
    const after = await t.call('claims.get', { id: claim.id });
    expect(after).toMatchObject({ statement: 'Twelve a week', missingEvidence: true, sourceTitles: ['Ministry'] });
    expect(after.citations.find((c) => c.annotationId === passageA.id)?.missing).toBe(true);
    expect((await t.fail('claims.create', { statement: 'x', annotationIds: [passageA.id] })).code).toBe('NOT_FOUND');
    expect((await t.fail('claims.create', { statement: 'x', annotationIds: [] })).code).toBe('BAD_INPUT');
  });

  it('made from a passage not yet highlighted highlight it in the same transaction, or leave the project as it was', async () => {
    const { t, herald, karvenia } = await setup();
    const sourceId = herald.sourceId ?? '';
    const before = await t.call('annotations.list', { sourceId });
    const claim = await t.call('claims.create', {
      statement: 'An official spoke',
      annotationIds: [],
      passage: { sourceId, start: 0, end: 22 },
      entities: [{ entityId: karvenia.id, role: 'subject' }],
    });
    const after = await t.call('annotations.list', { sourceId });
    expect(after).toHaveLength(before.length + 1);
    const made = after.find((a) => !before.some((b) => b.id === a.id));
    expect(made).toMatchObject({ start: 0, end: 22, exact: 'A senior official said' });
    expect(claim).toMatchObject({ reliability: 'B', citationCount: 1, citations: [{ annotationId: made?.id, exact: 'A senior official said' }] });

    // A claim refused (an asserter that is not there; a passage outside the text) leaves no highlight behind.
    const refused = await t.fail('claims.create', {
      statement: 'x',
      annotationIds: [],
      passage: { sourceId, start: 0, end: 22 },
      asserterEntityId: '01900000-0000-7000-8000-000000000000',
    });
    expect(refused.code).toBe('NOT_FOUND');
    expect((await t.fail('claims.create', { statement: 'x', annotationIds: [], passage: { sourceId, start: 60, end: 9000 } })).code).toBe(
      'RANGE_OUTSIDE_TEXT',
    );
    expect(await t.call('annotations.list', { sourceId })).toHaveLength(after.length);
    expect((await t.call('claims.list', {})).rows).toHaveLength(1);
  });

  it('refer to a date in EDTF, refused with the reason otherwise, and the project left as it was', async () => {
    const { t, passageA } = await setup();
    const dated = await t.call('claims.create', { statement: 'Talks resume', annotationIds: [passageA.id], dateEdtf: '2026-03~' });
    expect(dated.dateEdtf).toBe('2026-03~');
    const refused = await t.fail('claims.create', { statement: 'x', annotationIds: [passageA.id], dateEdtf: '2022-02-30' });
    expect(refused).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('February 2022 has 28 days') });
    expect((await t.fail('claims.update', { id: dated.id, dateEdtf: 'March 27' })).message).toMatch(/Date \(EDTF\): .*numbers/);
    expect((await t.call('claims.get', { id: dated.id })).dateEdtf).toBe('2026-03~');
    expect((await t.call('claims.list', {})).rows).toHaveLength(1);
    // Clearing the date is allowed.
    expect((await t.call('claims.update', { id: dated.id, dateEdtf: '' })).dateEdtf).toBe('');
  });

  it('go to the Trash and come back', async () => {
    const { t, passageA } = await setup();
    const claim = await t.call('claims.create', { statement: 'Twelve a week', annotationIds: [passageA.id], credibility: 2 });
    await t.call('claims.delete', { id: claim.id });
    expect((await t.call('claims.list', {})).rows).toEqual([]);
    expect(await t.call('trash.list', {})).toMatchObject([{ kind: 'claim', id: claim.id, detail: 'claim graded B2' }]);
    await t.call('trash.restore', { kind: 'claim', id: claim.id });
    expect((await t.call('claims.list', {})).rows).toHaveLength(1);
  });
});

describe('claim counts on the entity list', () => {
  it('count each live claim by or about an entity once', async () => {
    const { t, passageA, karvenia, dravik } = await setup();
    // Karvenia asserts it and is its subject: one claim, not two.
    await t.call('claims.create', {
      statement: 'Twelve a week',
      annotationIds: [passageA.id],
      asserterEntityId: karvenia.id,
      entities: [
        { entityId: karvenia.id, role: 'subject' },
        { entityId: dravik.id, role: 'object' },
      ],
    });
    await t.call('claims.create', { statement: 'Said by Karvenia', annotationIds: [passageA.id], asserterEntityId: karvenia.id });
    const gone = await t.call('claims.create', { statement: 'About Dravik, deleted', annotationIds: [passageA.id], entities: [{ entityId: dravik.id, role: 'subject' }] });
    await t.call('claims.delete', { id: gone.id });
    const counts = Object.fromEntries((await t.call('entities.list', {})).map((e) => [e.name, e.claimCount]));
    expect(counts).toEqual({ Dravik: 1, Karvenia: 2 });
  });
});

describe('claims.list', () => {
  it('answers compact rows that decode to what claims.get shows, each entity and source title named once', async () => {
    const { t, passageA, passageB, karvenia, dravik } = await setup();
    const twelve = await t.call('claims.create', {
      statement: 'Twelve a week',
      annotationIds: [passageA.id, passageB.id],
      asserterEntityId: karvenia.id,
      entities: [
        { entityId: karvenia.id, role: 'subject' },
        { entityId: dravik.id, role: 'object' },
      ],
      credibility: 2,
      dateEdtf: '2026-03',
    });
    const eight = await t.call('claims.create', {
      statement: 'Eight at most',
      annotationIds: [passageB.id],
      asserterText: 'senior official, unnamed',
      entities: [{ entityId: dravik.id, role: 'mentioned' }],
    });
    await t.call('annotations.delete', { id: passageA.id });

    const table = await t.call('claims.list', {});
    expect(table.entities.map((e) => e.name).sort()).toEqual(['Dravik', 'Karvenia']);
    expect(table.sourceTitles).toEqual(['Ministry']);
    expect(table.rows.map((r) => r[0])).toEqual([eight.id, twelve.id]);
    const [eightRow, twelveRow] = claimRowsOf(table);
    const { asserterText: _a, notes: _n, citations: _c, links: _l, ...twelveAsShown } = await t.call('claims.get', { id: twelve.id });
    expect(twelveRow).toEqual(twelveAsShown);
    expect(twelveRow).toMatchObject({ asserterName: 'Karvenia', grade: 'B2', citationCount: 2, sourceTitles: ['Ministry'], missingEvidence: true });
    expect(eightRow).toMatchObject({ asserterEntityId: null, asserterName: 'senior official, unnamed', grade: 'A6', missingEvidence: false });
    expect(eightRow?.entities).toEqual([{ entityId: dravik.id, name: 'Dravik', kind: 'place', role: 'mentioned' }]);

    // A claim never edited is sent without its second timestamp; an edited one with it.
    expect(table.rows.map((r) => r[13])).toEqual(['', '']);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const edited = await t.call('claims.update', { id: eight.id, status: 'disputed' });
    const [eightEdited] = claimRowsOf(await t.call('claims.list', {}));
    expect(eightEdited?.updatedAt).toBe(edited.updatedAt);
    expect(eightEdited?.updatedAt).not.toBe(eightEdited?.createdAt);

    // An asserting entity in the Trash leaves its claims asserted by no one (the free text, here empty).
    await t.call('entities.delete', { id: karvenia.id });
    const [, afterDelete] = claimRowsOf(await t.call('claims.list', {}));
    expect(afterDelete).toMatchObject({ asserterEntityId: null, asserterName: '', entities: [{ name: 'Dravik', role: 'object' }] });
  });
});

describe('the trash count of the project', () => {
  it('counts entities and claims in the Trash, as trash.list shows them', async () => {
    const { t, passageA, passageB, karvenia, dravik } = await setup();
    const claim = await t.call('claims.create', { statement: 'Twelve a week', annotationIds: [passageA.id] });
    const trashCount = async () => (await t.call('projects.current', {}))?.counts.trash;
    expect(await trashCount()).toBe(0);
    await t.call('claims.delete', { id: claim.id });
    await t.call('entities.delete', { id: karvenia.id });
    const merged = await t.call('entities.create', { kind: 'place', name: 'Dravik port' });
    await t.call('entities.merge', { fromId: merged.id, intoId: dravik.id });
    await t.call('annotations.delete', { id: passageB.id });
    const listed = await t.call('trash.list', {});
    expect(listed.map((i) => i.kind).sort()).toEqual(['annotation', 'claim', 'entity', 'entity']);
    expect(await trashCount()).toBe(listed.length);
    await t.call('trash.restore', { kind: 'claim', id: claim.id });
    expect(await trashCount()).toBe(3);
  });
});
