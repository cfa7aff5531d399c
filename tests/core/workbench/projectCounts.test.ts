import { describe, expect, it } from 'vitest';
import { testWorkbench } from '../../helpers/testWorkbench';

describe('project counts', () => {
  it("counts in the Trash exactly what trash.list lists, every kind of item, and the live claims, entities and timelines", async () => {
    const t = testWorkbench();
    await t.call('projects.create', { name: 'Counts' });
    const text = 'The ministry said the port would reopen. Officials in Lindhaven agreed.';
    const { sourceId = '' } = await t.call('sources.addText', { text, title: 'Ministry' });
    const gone = await t.call('sources.addText', { text: 'A second text to delete.', title: 'Gone' });
    const passage = await t.call('annotations.create', { sourceId, start: 4, end: 20 });
    const kept = await t.call('annotations.create', { sourceId, start: 21, end: 40 });
    const label = await t.call('labels.create', { name: 'Key', color: '#e8a33d' });
    const entity = await t.call('entities.create', { kind: 'place', name: 'Lindhaven' });
    await t.call('entities.create', { kind: 'person', name: 'Kept person' });
    const claim = await t.call('claims.create', { statement: 'The port reopens', annotationIds: [kept.id] });
    await t.call('claims.create', { statement: 'Kept claim', annotationIds: [kept.id] });
    const type = await t.call('eventTypes.create', { name: 'Meeting', color: '#1B9E77' });
    const event = await t.call('events.create', { title: 'Talks', typeId: type.id });
    const timeline = await t.call('timelines.create', { name: 'Talks' });
    await t.call('timelines.create', { name: 'Kept timeline' });
    const memo = await t.call('memos.create', { title: 'Brief' });
    const template = await t.call('templates.saveFromMemo', { memoId: memo.id, name: 'My brief' });

    await t.call('sources.delete', { id: gone.sourceId ?? '' });
    await t.call('annotations.delete', { id: passage.id });
    await t.call('labels.delete', { id: label.id });
    await t.call('entities.delete', { id: entity.id });
    await t.call('claims.delete', { id: claim.id });
    await t.call('events.delete', { ids: [event.id] });
    await t.call('timelines.delete', { id: timeline.id });
    await t.call('eventTypes.delete', { id: type.id });
    await t.call('memos.delete', { id: memo.id });
    await t.call('templates.delete', { id: template.id });

    const listed = await t.call('trash.list', {});
    expect(new Set(listed.map((item) => item.kind))).toEqual(
      new Set(['source', 'annotation', 'label', 'entity', 'claim', 'event', 'timeline', 'eventType', 'memo', 'memoTemplate']),
    );
    const info = await t.call('projects.current', {});
    expect(info?.counts.trash).toBe(listed.length);
    expect(info?.counts).toMatchObject({ sources: 1, claims: 1, entities: 1, timelines: 1, memos: 0 });

    await t.call('trash.restore', { kind: 'event', id: event.id });
    expect((await t.call('projects.current', {}))?.counts.trash).toBe((await t.call('trash.list', {})).length);
  });
});
