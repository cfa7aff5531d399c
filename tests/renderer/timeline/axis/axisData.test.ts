import { describe, expect, it } from 'vitest';
import { FLAG_OPEN_END, FLAG_OPEN_START, drawnKeys, forEachVisible, nearestItem, prepareAxisData, stepInTime, type AxisItem } from '../../../../renderer/timeline/axis/axisData';
import { DAY, TYPES, dayItem, item, utcDay } from './fixtures';

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe('prepareAxisData', () => {
  it('puts each type in its lane, in the given order, and unknown or missing types in "No type"', () => {
    const data = prepareAxisData(
      [dayItem('a', 2022, 1, 1, { typeId: 'warning' }), dayItem('b', 2022, 1, 2, { typeId: null }), dayItem('c', 2022, 1, 3, { typeId: 'gone' })],
      TYPES,
      'No type',
      '#888',
    );
    expect(data.lanes.map((l) => [l.name, l.count])).toEqual([
      ['Summit', 0],
      ['Warning', 1],
      ['No type', 2],
    ]);
    expect(data.lane[data.byId.get('c') as number]).toBe(2);
  });

  it('leaves out the "No type" lane when every event has a type', () => {
    const data = prepareAxisData([dayItem('a', 2022, 1, 1)], TYPES, 'No type', '#888');
    expect(data.lanes.map((l) => l.name)).toEqual(['Summit', 'Warning']);
  });

  it('runs open ends to now (not to 1e300), in the keys and in the extent; open starts end where they end', () => {
    const now = utcDay(2024, 5, 1);
    const data = prepareAxisData(
      [item('open', utcDay(1953, 7, 27), 1e300, { openEnd: true }), item('before', -1e300, utcDay(1940, 1, 1), { openStart: true })],
      TYPES,
      'No type',
      '#888',
      now,
    );
    expect(data.extent).toEqual({ min: utcDay(1940, 1, 1), max: now });
    const open = data.byId.get('open') as number;
    const before = data.byId.get('before') as number;
    expect([data.earliest[open], data.latest[open]]).toEqual([utcDay(1953, 7, 27), now]);
    expect([data.earliest[before], data.latest[before]]).toEqual([utcDay(1940, 1, 1), utcDay(1940, 1, 1)]);
    expect(data.flags[open]).toBe(FLAG_OPEN_END);
    expect(data.flags[before]).toBe(FLAG_OPEN_START);
    expect(prepareAxisData([], TYPES, 'No type', '#888').extent).toBeNull();
  });

  it('draws an open end that starts after now as starting and ending there, and "../.." at now', () => {
    const now = utcDay(2024, 5, 1);
    expect(drawnKeys(utcDay(2030, 1, 1), 1e300, false, true, now)).toEqual([utcDay(2030, 1, 1), utcDay(2030, 1, 1)]);
    expect(drawnKeys(-1e300, 1e300, true, true, now)).toEqual([now, now]);
    expect(drawnKeys(utcDay(2000, 1, 1), utcDay(2001, 1, 1), false, false, now)).toEqual([utcDay(2000, 1, 1), utcDay(2001, 1, 1)]);
  });

  it('finds exactly the events overlapping a view, for points, long spans and open ends alike', () => {
    const rand = seeded(7);
    const base = utcDay(2000, 1, 1);
    const items: AxisItem[] = [];
    for (let i = 0; i < 3000; i += 1) {
      const start = base + Math.floor(rand() * 20_000) * DAY;
      const kind = rand();
      const length = kind < 0.6 ? DAY : kind < 0.9 ? rand() * 400 * DAY : rand() * 8000 * DAY;
      const open = rand();
      items.push(
        item(`i${i}`, open < 0.02 ? -1e300 : start, open > 0.98 ? 1e300 : start + length - 1, {
          typeId: rand() < 0.5 ? 'summit' : 'warning',
        }),
      );
    }
    const data = prepareAxisData(items, TYPES, 'No type', '#888');
    for (let q = 0; q < 200; q += 1) {
      const start = base + (rand() * 22_000 - 1000) * DAY;
      const end = start + rand() * rand() * 5000 * DAY;
      for (let l = 0; l < data.lanes.length; l += 1) {
        const found: number[] = [];
        forEachVisible(data, l, start, end, (i) => {
          found.push(i);
        });
        const expected: number[] = [];
        for (let i = 0; i < data.count; i += 1) {
          if (data.lane[i] === l && (data.earliest[i] as number) <= end && (data.latest[i] as number) >= start) expected.push(i);
        }
        expect(found.sort((a, b) => a - b)).toEqual(expected);
      }
    }
  });

  it('finds the event nearest an instant and steps through events in time order', () => {
    const data = prepareAxisData(
      [dayItem('mar', 2022, 3, 1), dayItem('jan', 2022, 1, 1), item('long', utcDay(2021, 1, 1), utcDay(2021, 12, 31)), dayItem('may', 2022, 5, 1)],
      TYPES,
      'No type',
      '#888',
    );
    const id = (i: number): string | undefined => data.ids[i];
    expect(id(nearestItem(data, utcDay(2022, 2, 25)))).toBe('mar');
    expect(id(nearestItem(data, utcDay(2021, 6, 1)))).toBe('long');
    expect(id(nearestItem(data, utcDay(2030, 1, 1)))).toBe('may');
    const jan = data.byId.get('jan') as number;
    expect(id(stepInTime(data, jan, 1))).toBe('mar');
    expect(id(stepInTime(data, jan, -1))).toBe('long');
    expect(stepInTime(data, data.byId.get('may') as number, 1)).toBe(-1);
  });
});
