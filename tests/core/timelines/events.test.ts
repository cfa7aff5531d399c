import { describe, expect, it } from 'vitest';
import { EVENT_ROW } from '../../../shared/api/timelineTypes';
import type { EventRowTuple } from '../../../shared/api/timelineTypes';
import { parseEdtf } from '../../../shared/dates/edtf';
import { timelineProject } from './timelineTestProject';

const titles = (rows: EventRowTuple[]): string[] => rows.map((r) => r[EVENT_ROW.title]);

describe('event types', () => {
  it('start with five seeded types, and are created, renamed, recoloured, reordered and trashed', async () => {
    const { t, typeId } = await timelineProject();
    expect((await t.call('eventTypes.list', {})).map((type) => type.name)).toEqual(['Summit', 'Statement', 'Disclosure', 'Warning', 'Turning point']);
    const sanction = await t.call('eventTypes.create', { name: 'Sanction', color: '#1B9E77' });
    expect(sanction).toMatchObject({ name: 'Sanction', color: '#1b9e77', position: 5 });
    expect((await t.fail('eventTypes.create', { name: 'summit', color: '#000000' })).code).toBe('ALREADY_EXISTS');
    expect((await t.fail('eventTypes.create', { name: 'Red', color: 'red' })).code).toBe('BAD_INPUT');
    await t.call('eventTypes.update', { id: sanction.id, name: 'Sanctions', position: 0 });
    expect((await t.call('eventTypes.list', {})).map((type) => [type.name, type.position])).toEqual([
      ['Sanctions', 0],
      ['Summit', 1],
      ['Statement', 2],
      ['Disclosure', 3],
      ['Warning', 4],
      ['Turning point', 5],
    ]);

    const event = await t.call('events.create', { title: 'Warning issued', typeId: typeId('Warning') });
    await t.call('eventTypes.delete', { id: typeId('Warning') });
    expect((await t.call('events.get', { id: event.id })).typeId).toBeNull();
    expect((await t.fail('events.create', { title: 'x', typeId: typeId('Warning') })).message).toMatch(/event type no longer exists/);
    expect(await t.call('trash.list', {})).toMatchObject([{ kind: 'eventType', title: 'Warning' }]);
    await t.call('trash.restore', { kind: 'eventType', id: typeId('Warning') });
    expect((await t.call('events.get', { id: event.id })).typeId).toBe(typeId('Warning'));
  });
});

describe('timelines', () => {
  it('list with event counts and layouts; trashing one keeps its events, restoring brings the links back', async () => {
    const { t } = await timelineProject();
    const talks = await t.call('timelines.create', { name: 'Negotiations' });
    const history = await t.call('timelines.create', { name: 'Historical context' });
    const a = await t.call('events.create', { title: 'Armistice', dateEdtf: '1953-07-27', timelineIds: [history.id, talks.id] });
    await t.call('events.create', { title: 'Round one', dateEdtf: '2022-03-27', timelineIds: [talks.id] });
    await t.call('events.create', { title: 'Loose', dateEdtf: '2021' });

    await t.call('timelines.saveLayout', { timelineId: talks.id, columnState: '[{"colId":"title","width":300}]' });
    await t.call('timelines.saveLayout', { timelineId: null, columnState: '[{"colId":"date"}]' });
    expect((await t.fail('timelines.saveLayout', { timelineId: null, columnState: '{oops' })).code).toBe('BAD_INPUT');
    await t.call('timelines.update', { id: history.id, position: 0, name: 'History' });
    const list = await t.call('timelines.list', {});
    expect(list.allEventsColumnState).toBe('[{"colId":"date"}]');
    expect(list.timelines.map((tl) => [tl.name, tl.position, tl.eventCount, tl.columnState])).toEqual([
      ['History', 0, 1, null],
      ['Negotiations', 1, 2, '[{"colId":"title","width":300}]'],
    ]);

    expect(titles((await t.call('events.list', { timelineId: talks.id })).rows)).toEqual(['Armistice', 'Round one']);
    await t.call('timelines.delete', { id: talks.id });
    expect((await t.call('timelines.list', {})).timelines.map((tl) => tl.name)).toEqual(['History']);
    expect((await t.fail('events.list', { timelineId: talks.id })).code).toBe('NOT_FOUND');
    const all = await t.call('events.list', {});
    expect(titles(all.rows)).toEqual(['Armistice', 'Loose', 'Round one']);
    expect(all.rows[0]?.[EVENT_ROW.timelineIds]).toEqual([history.id]);

    // Editing the event's timelines while one is trashed must not drop the trashed link.
    await t.call('events.update', { id: a.id, timelineIds: [history.id] });
    await t.call('trash.restore', { kind: 'timeline', id: talks.id });
    expect(titles((await t.call('events.list', { timelineId: talks.id })).rows)).toEqual(['Armistice', 'Round one']);
  });
});

describe('events', () => {
  it('are created with every field, listed as compact rows with an entity dictionary, and read back whole', async () => {
    const { t, typeId, dravik, vorontsov, halvorsen, passage, claim, sourceId } = await timelineProject();
    const talks = await t.call('timelines.create', { name: 'Negotiations' });
    const created = await t.call('events.create', {
      title: 'First round in Dravik',
      description: 'Delegations met for six hours.',
      dateEdtf: '2022-03-27',
      typeId: typeId('Summit'),
      placeEntityId: dravik.id,
      entityIds: [vorontsov.id, halvorsen.id],
      timelineIds: [talks.id],
      evidence: [
        { kind: 'annotation', refId: passage.id },
        { kind: 'claim', refId: claim.id },
        { kind: 'source', refId: sourceId },
      ],
    });
    const expected = parseEdtf('2022-03-27');
    if (!expected.ok) throw new Error('fixture');
    expect(created).toMatchObject({
      title: 'First round in Dravik',
      description: 'Delegations met for six hours.',
      dateEdtf: '2022-03-27',
      earliest: expected.date.earliest,
      latest: expected.date.latest,
      typeId: typeId('Summit'),
      placeEntityId: dravik.id,
      timelineIds: [talks.id],
      createdBy: 'lee',
    });
    expect(created.entityIds).toEqual([vorontsov.id, halvorsen.id]);
    expect(created.evidence).toEqual([
      { kind: 'claim', refId: claim.id, label: claim.statement, sourceId, sourceTitle: 'Herald', start: null, end: null, missing: false },
      { kind: 'annotation', refId: passage.id, label: passage.exact, sourceId, sourceTitle: 'Herald', start: passage.start, end: passage.end, missing: false },
      { kind: 'source', refId: sourceId, label: 'Herald', sourceId, sourceTitle: 'Herald', start: null, end: null, missing: false },
    ]);

    const list = await t.call('events.list', {});
    expect(list.rows).toHaveLength(1);
    const row = list.rows[0] as EventRowTuple;
    expect(row[EVENT_ROW.id]).toBe(created.id);
    expect(row[EVENT_ROW.placeEntityId]).toBe(dravik.id);
    expect(row[EVENT_ROW.entityIds].toSorted()).toEqual([vorontsov.id, halvorsen.id].toSorted());
    expect(row[EVENT_ROW.evidenceCount]).toBe(3);
    expect(row[EVENT_ROW.missingEvidence]).toBe(false);
    expect(list.entities).toEqual({
      [dravik.id]: { name: 'Dravik', kind: 'place' },
      [vorontsov.id]: { name: 'Gennady Vorontsov', kind: 'person' },
      [halvorsen.id]: { name: 'Ingrid Halvorsen', kind: 'person' },
    });

    // Trashed evidence stays, marked missing, and comes back with a restore.
    await t.call('annotations.delete', { id: passage.id });
    expect((await t.call('events.list', {})).rows[0]?.[EVENT_ROW.missingEvidence]).toBe(true);
    expect((await t.call('events.get', { id: created.id })).evidence[1]).toMatchObject({ kind: 'annotation', missing: true });
    expect((await t.fail('events.addEvidence', { eventId: created.id, evidence: { kind: 'annotation', refId: passage.id } })).code).toBe('NOT_FOUND');
    const cleared = await t.call('events.removeEvidence', { eventId: created.id, evidence: { kind: 'annotation', refId: passage.id } });
    expect(cleared.evidence.map((e) => e.kind)).toEqual(['claim', 'source']);
    await t.call('trash.restore', { kind: 'annotation', id: passage.id });
    const again = await t.call('events.addEvidence', { eventId: created.id, evidence: { kind: 'annotation', refId: passage.id } });
    expect(again.evidence).toHaveLength(3);
    expect((await t.fail('events.removeEvidence', { eventId: created.id, evidence: { kind: 'claim', refId: 'nope' } })).code).toBe('NOT_FOUND');
  });

  it('refuse references that do not exist or are in the Trash, leaving the project unchanged', async () => {
    const { t, vorontsov, claim } = await timelineProject();
    const tl = await t.call('timelines.create', { name: 'T' });
    await t.call('entities.delete', { id: vorontsov.id });
    expect((await t.fail('events.create', { title: 'x', placeEntityId: vorontsov.id })).message).toMatch(/place no longer exists/);
    expect((await t.fail('events.create', { title: 'x', entityIds: [vorontsov.id] })).message).toMatch(/entity no longer exists/);
    expect((await t.fail('events.create', { title: 'x', timelineIds: ['missing'] })).message).toMatch(/timeline no longer exists/);
    await t.call('claims.delete', { id: claim.id });
    expect((await t.fail('events.create', { title: 'x', evidence: [{ kind: 'claim', refId: claim.id }] })).message).toMatch(/claim no longer exists/);
    expect((await t.fail('events.create', { title: '   ' })).code).toBe('BAD_INPUT');
    const many = await t.fail('events.createMany', {
      events: [{ title: 'fine', timelineIds: [tl.id] }, { title: 'also fine' }, { title: 'bad', evidence: [{ kind: 'source', refId: 'gone' }] }],
    });
    expect(many.message).toMatch(/^Row 3: That source no longer exists/);
    expect((await t.call('events.list', {})).rows).toEqual([]);
    expect((await t.call('timelines.list', {})).timelines[0]?.eventCount).toBe(0);
  });

  it('keep an invalid date exactly as typed with no sort keys, and sort fuzzy dates by their keys', async () => {
    const { t } = await timelineProject();
    const { ids } = await t.call('events.createMany', {
      events: [
        { title: 'Typo', dateEdtf: '2022-13-01' },
        { title: 'Open', dateEdtf: '1953-07-27/..' },
        { title: 'Month', dateEdtf: '2022-03~' },
        { title: 'Day', dateEdtf: '2022-03-27' },
        { title: 'BC', dateEdtf: '-0500' },
        { title: 'Undated' },
        { title: 'Far', dateEdtf: 'Y12000' },
      ],
    });
    expect(ids).toHaveLength(7);
    const typo = await t.call('events.get', { id: ids[0] ?? '' });
    expect(typo).toMatchObject({ dateEdtf: '2022-13-01', earliest: null, latest: null });
    expect(titles((await t.call('events.list', {})).rows)).toEqual(['BC', 'Open', 'Month', 'Day', 'Far', 'Typo', 'Undated']);

    const fixed = await t.call('events.update', { id: typo.id, dateEdtf: '2022-12-01' });
    expect(fixed.earliest).toBe(Date.UTC(2022, 11, 1));
    const broken = await t.call('events.update', { id: typo.id, dateEdtf: ' 2022-12-01 ' });
    expect(broken).toMatchObject({ dateEdtf: ' 2022-12-01 ', earliest: null });
  });

  it('keep a manual order among ties: moving puts an event before another, renumbering when halving runs out', async () => {
    const { t } = await timelineProject();
    const { ids } = await t.call('events.createMany', {
      events: ['A', 'B', 'C', 'D'].map((title) => ({ title, dateEdtf: '2022-03' })).concat([{ title: 'Other day', dateEdtf: '2022-04-01' }]),
    });
    const [a, b, c, d, other] = ids as [string, string, string, string, string];
    const order = async (): Promise<string[]> => titles((await t.call('events.list', {})).rows);
    expect(await order()).toEqual(['A', 'B', 'C', 'D', 'Other day']);
    await t.call('events.move', { id: d, beforeId: a });
    expect(await order()).toEqual(['D', 'A', 'B', 'C', 'Other day']);
    await t.call('events.move', { id: d, beforeId: null });
    expect(await order()).toEqual(['A', 'B', 'C', 'D', 'Other day']);
    // Sixty moves into the same gap exhaust a double's precision and force a renumbering.
    for (let i = 0; i < 60; i += 1) await t.call('events.move', { id: i % 2 ? c : d, beforeId: b });
    expect(await order()).toEqual(['A', 'D', 'C', 'B', 'Other day']);
    const orders = (await t.call('events.list', {})).rows.slice(0, 4).map((r) => r[EVENT_ROW.manualOrder]);
    expect(orders).toEqual(orders.toSorted((x, y) => x - y));
    expect(new Set(orders).size).toBe(4);
    expect((await t.fail('events.move', { id: a, beforeId: other })).message).toMatch(/same date/);
    // A new date puts the event last among its new ties.
    await t.call('events.update', { id: other, dateEdtf: '2022-03' });
    expect(await order()).toEqual(['A', 'D', 'C', 'B', 'Other day']);
  });

  it('go to the Trash many at once, all or none, and come back with trash.restore', async () => {
    const { t } = await timelineProject();
    const { ids } = await t.call('events.createMany', { events: [{ title: 'One' }, { title: 'Two' }, { title: 'Three' }] });
    expect((await t.fail('events.delete', { ids: [ids[0] ?? '', 'nope'] })).code).toBe('NOT_FOUND');
    expect(titles((await t.call('events.list', {})).rows)).toEqual(['One', 'Two', 'Three']);
    await t.call('events.delete', { ids: [ids[0] ?? '', ids[2] ?? ''] });
    expect(titles((await t.call('events.list', {})).rows)).toEqual(['Two']);
    expect((await t.call('trash.list', {})).map((item) => [item.kind, item.title])).toEqual(expect.arrayContaining([['event', 'One'], ['event', 'Three']]));
    await t.call('trash.restore', { kind: 'event', id: ids[2] ?? '' });
    expect(titles((await t.call('events.list', {})).rows)).toEqual(['Two', 'Three']);
    expect((await t.fail('events.get', { id: ids[0] ?? '' })).code).toBe('NOT_FOUND');
  });

  it('follow an entity merge (place and people) and go back when the merge is undone', async () => {
    const { t, dravik, vorontsov, halvorsen } = await timelineProject();
    const dup = await t.call('entities.create', { kind: 'place', name: 'Dravik Port' });
    const vDup = await t.call('entities.create', { kind: 'person', name: 'G. Vorontsov' });
    const event = await t.call('events.create', { title: 'Meeting', placeEntityId: dup.id, entityIds: [vDup.id, halvorsen.id] });
    const both = await t.call('events.create', { title: 'Both', entityIds: [vDup.id, vorontsov.id] });

    await t.call('entities.merge', { fromId: dup.id, intoId: dravik.id });
    await t.call('entities.merge', { fromId: vDup.id, intoId: vorontsov.id });
    const merged = await t.call('events.get', { id: event.id });
    expect(merged.placeEntityId).toBe(dravik.id);
    expect(merged.entityIds.toSorted()).toEqual([vorontsov.id, halvorsen.id].toSorted());
    expect((await t.call('events.get', { id: both.id })).entityIds).toEqual([vorontsov.id]);
    expect(Object.keys((await t.call('events.list', {})).entities).toSorted()).toEqual([dravik.id, vorontsov.id, halvorsen.id].toSorted());

    await t.call('trash.restore', { kind: 'entity', id: dup.id });
    await t.call('trash.restore', { kind: 'entity', id: vDup.id });
    const undone = await t.call('events.get', { id: event.id });
    expect(undone.placeEntityId).toBe(dup.id);
    expect(undone.entityIds.toSorted()).toEqual([vDup.id, halvorsen.id].toSorted());
    expect((await t.call('events.get', { id: both.id })).entityIds.toSorted()).toEqual([vDup.id, vorontsov.id].toSorted());
  });

  it('report changes under the events and timelines topics', async () => {
    const { t } = await timelineProject();
    const seen: string[][] = [];
    t.workbench.onEvent((name, payload) => {
      if (name === 'project.changed') seen.push([...(payload as { topics: string[] }).topics]);
    });
    await t.call('events.create', { title: 'x' });
    await t.call('timelines.create', { name: 'y' });
    expect(seen).toEqual([['events', 'timelines'], ['timelines']]);
  });
});
