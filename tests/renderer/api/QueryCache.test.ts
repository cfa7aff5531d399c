import { describe, expect, it } from 'vitest';
import { QueryCache, deepEqual } from '../../../renderer/api/QueryCache';
import { createFakeClient } from '../fakeClient';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('QueryCache', () => {
  it('fetches on first interest and again when a topic it depends on changes', async () => {
    let labels = [{ id: 'l1', name: 'A', color: '#000000', usageCount: 0, createdAt: '', updatedAt: '' }];
    const fake = createFakeClient({ 'labels.list': () => labels });
    const cache = new QueryCache(fake.client);
    let notified = 0;
    const off = cache.subscribe('labels.list', {}, ['labels'], () => notified++);
    await tick();
    expect(cache.getState('labels.list', {}).data).toEqual(labels);
    const first = cache.getState('labels.list', {}).data;

    cache.invalidate(['sources']);
    await tick();
    expect(fake.callsTo('labels.list')).toHaveLength(1);

    // Same answer: the same object, so views that compare by reference do not redraw.
    cache.invalidate(['labels']);
    await tick();
    expect(fake.callsTo('labels.list')).toHaveLength(2);
    expect(cache.getState('labels.list', {}).data).toBe(first);

    labels = [...labels, { id: 'l2', name: 'B', color: '#ffffff', usageCount: 0, createdAt: '', updatedAt: '' }];
    const before = notified;
    cache.invalidate(['labels']);
    await tick();
    expect(cache.getState('labels.list', {}).data).toHaveLength(2);
    expect(notified).toBeGreaterThan(before);
    off();
  });

  it('keeps the last data and reports the error when a refetch fails', async () => {
    let fail = false;
    const fake = createFakeClient({
      'trash.list': () => {
        if (fail) throw new Error('disk full');
        return [];
      },
    });
    const cache = new QueryCache(fake.client);
    const off = cache.subscribe('trash.list', {}, ['trash'], () => {});
    await tick();
    fail = true;
    cache.invalidate(['trash']);
    await tick();
    expect(cache.getState('trash.list', {}).data).toEqual([]);
    expect(cache.getState('trash.list', {}).error?.message).toBe('disk full');
    off();
  });
});

describe('deepEqual', () => {
  it('compares API answers by value', () => {
    expect(deepEqual({ rows: [['a', 1, [[0, 'subject']]]], titles: ['T'] }, { rows: [['a', 1, [[0, 'subject']]]], titles: ['T'] })).toBe(true);
    expect(deepEqual({ rows: [['a', 1, [[0, 'subject']]]] }, { rows: [['a', 1, [[0, 'object']]]] })).toBe(false);
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(deepEqual([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
  });
});
