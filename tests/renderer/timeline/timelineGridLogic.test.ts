import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventType } from '../../../shared/api/timelineTypes';
import { parseEdtf } from '../../../shared/dates/edtf';
import { compareByDate, eventToRow, hasInvalidDate, sameDateKeys, sectionYear, type EventRow } from '../../../renderer/timeline/eventRows';
import { UndoRedoStack } from '../../../renderer/timeline/eventUndo';
import { parseTsv, pastedEvents } from '../../../renderer/timeline/pastedRows';
import { searchText, sectionLabel, sectionRank, sortEventNodes } from '../../../renderer/timeline/timelineColumns';
import type { TimelineGridContext } from '../../../renderer/timeline/timelineGridContext';

let next = 0;
/** A row as events.list gives it, with keys from the real EDTF parser. */
function row(dateEdtf: string, title = `Event ${next}`, extra: Partial<{ typeId: string | null; manualOrder: number; entityIds: string[] }> = {}): EventRow {
  next += 1;
  const parsed = dateEdtf ? parseEdtf(dateEdtf) : null;
  const ok = parsed?.ok ? parsed.date : null;
  return [`id-${next}`, title, '', dateEdtf, ok ? ok.earliest : null, ok ? ok.latest : null, extra.typeId ?? null, null, extra.entityIds ?? [], 0, false, extra.manualOrder ?? next, [], '2026-01-01T00:00:00Z'];
}

const types: EventType[] = [
  { id: 't-summit', name: 'Summit', color: '#0072b2', position: 0 },
  { id: 't-warning', name: 'Warning', color: '#d55e00', position: 1 },
];
function context(sections: TimelineGridContext['sections'] = 'none'): TimelineGridContext {
  const names = new Map([['e-1', 'Dravik'], ['e-2', 'Gennady Vorontsov']]);
  return {
    types,
    typeById: new Map(types.map((t) => [t.id, t])),
    timelines: [],
    timelineName: () => '',
    entityName: (id) => names.get(id) ?? '…',
    sections,
    openEvidence: () => {},
  };
}

describe('date order of rows', () => {
  it('sorts by earliest, then latest, then manual order; undated and invalid last', () => {
    const rows = [row(''), row('2022-03-27', 'b', { manualOrder: 2 }), row('2022-03'), row('2022-13-45'), row('2022-03-27', 'a', { manualOrder: 1 }), row('1953-07-27/..'), row('2022')];
    const sorted = [...rows].sort(compareByDate).map((r) => r[3] + (r[3] === '2022-03-27' ? r[1] : ''));
    expect(sorted.slice(0, 5)).toEqual(['1953-07-27/..', '2022', '2022-03', '2022-03-27a', '2022-03-27b']);
    expect(sorted.slice(5).sort()).toEqual(['', '2022-13-45']);
    expect(hasInvalidDate(rows[3] as EventRow)).toBe(true);
    expect(hasInvalidDate(rows[0] as EventRow)).toBe(false);
  });

  it('is a total order consistent with the keys (property)', () => {
    const day = fc.record({ y: fc.integer({ min: 1900, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
    const value = fc.oneof(
      day.map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
      day.map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}~`),
      day.map(({ y }) => `${y}?`),
      fc.constant(''),
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: 2, maxLength: 30 }), (dates) => {
        const sorted = dates.map((d) => row(d)).sort(compareByDate);
        for (let i = 1; i < sorted.length; i += 1) {
          const a = sorted[i - 1] as EventRow;
          const b = sorted[i] as EventRow;
          expect(compareByDate(a, b)).toBeLessThanOrEqual(0);
          // Dated rows by their earliest key; rows with equal keys in manual order.
          expect(a[4] === null || b[4] === null || a[4] <= b[4]).toBe(true);
          expect(!sameDateKeys(a, b) || a[11] < b[11]).toBe(true);
        }
      }),
    );
  });

  it('puts rows in sections by type (in the types’ order) or by year', () => {
    const summit = row('2022-03-27', 'x', { typeId: 't-summit' });
    const untyped = row('1955-05-15/1955-10-26');
    const invalid = row('2022-02-30');
    expect(sectionLabel(context('type'), summit)).toBe('Summit');
    expect(sectionLabel(context('type'), untyped)).toBe('No type');
    expect(sectionRank(context('type'), summit)).toBeLessThan(sectionRank(context('type'), untyped));
    expect(sectionLabel(context('year'), untyped)).toBe('1955');
    expect(sectionLabel(context('year'), invalid)).toBe('Invalid date');
    expect(sectionLabel(context('year'), row('-0043'))).toBe('44 BC');
    expect(sectionYear(row('1953-07-27/..'))).toBe(1953);
    expect(sectionYear(row('../1953-07-27'))).toBe(1953);
  });
});

describe('sortEventNodes', () => {
  it('sorts like the grid asks: by one column either way, by date with ties in manual order, stable', () => {
    const rows = [row('2022', 'delta'), row('2021', 'Alpha'), row('2022', 'charlie', { typeId: 't-warning' }), row('2020', 'bravo', { typeId: 't-summit' })];
    const nodes = rows.map((data) => ({ data }));
    sortEventNodes(nodes, [{ colId: 'title', sort: 'asc' }], context());
    expect(nodes.map((n) => n.data[1])).toEqual(['Alpha', 'bravo', 'charlie', 'delta']);
    sortEventNodes(nodes, [{ colId: 'title', sort: 'desc' }], context());
    expect(nodes.map((n) => n.data[1])).toEqual(['delta', 'charlie', 'bravo', 'Alpha']);
    sortEventNodes(nodes, [{ colId: 'date', sort: 'asc' }], context());
    expect(nodes.map((n) => n.data[1])).toEqual(['bravo', 'Alpha', 'delta', 'charlie']);
    sortEventNodes(nodes, [{ colId: 'type', sort: 'asc' }], context());
    expect(nodes.map((n) => n.data[1])).toEqual(['bravo', 'charlie', 'Alpha', 'delta']);
  });
});

describe('quick search text', () => {
  it('holds the title, the date as typed and in words, the type and the names, lower-cased', () => {
    const text = searchText(context(), row('2022-03~', 'Summit in Lindhaven', { typeId: 't-summit', entityIds: ['e-2'] }));
    for (const word of ['summit in lindhaven', '2022-03~', 'about march 2022', 'gennady vorontsov']) expect(text).toContain(word);
  });
});

describe('pasted spreadsheet rows', () => {
  it('reads quoted cells with tabs, quotes and line breaks', () => {
    expect(parseTsv('a\t"b\tc"\t"say ""hi""\nthere"\r\nd\t\te\n\n')).toEqual([
      ['a', 'b\tc', 'say "hi"\nthere'],
      ['d', '', 'e'],
    ]);
  });

  it('maps a header in any order, keeps invalid dates as typed with a warning, leaves out rows without a title', () => {
    const text = 'Title\tDate\tType\tPlace\nSummit\t2022-03-27\tsummit\tDravik\nNo date\t\t\t\n\t2022\tWarning\t\nOdd\t2022-02-30\tUnknown kind\tNowhere';
    const pasted = pastedEvents(text, {
      typeIdByName: (name) => types.find((t) => t.name.toLowerCase() === name.toLowerCase())?.id ?? null,
      placeIdByName: (name) => (name === 'Dravik' ? 'e-1' : null),
      timelineId: 'tl-1',
    });
    expect(pasted.rowCount).toBe(4);
    expect(pasted.columns).toEqual(['title', 'date', 'type', 'place']);
    expect(pasted.events).toEqual([
      { title: 'Summit', dateEdtf: '2022-03-27', typeId: 't-summit', placeEntityId: 'e-1', timelineIds: ['tl-1'] },
      { title: 'No date', dateEdtf: '', timelineIds: ['tl-1'] },
      { title: 'Odd', dateEdtf: '2022-02-30', timelineIds: ['tl-1'] },
    ]);
    expect(pasted.problems.map((p) => [p.row, p.errors.length, p.warnings.length])).toEqual([
      [3, 1, 0],
      [4, 0, 3],
    ]);
    expect(pasted.problems[1]?.warnings[0]).toMatch(/^Date kept as typed but not valid/);
  });

  it('without a header: one column is titles; more are date, title, type, place, description', () => {
    const lookups = { typeIdByName: () => null, placeIdByName: () => null, timelineId: null };
    expect(pastedEvents('First\nSecond', lookups).events.map((e) => e.title)).toEqual(['First', 'Second']);
    expect(pastedEvents('2022\tFirst\t\t\tLong text', lookups).events).toEqual([{ title: 'First', dateEdtf: '2022', description: 'Long text' }]);
  });
});

describe('UndoRedoStack', () => {
  it('undoes and redoes in order, a new step clears redo, a discarded step is gone', async () => {
    const log: string[] = [];
    const stack = new UndoRedoStack();
    const step = (name: string) => ({ description: name, undo: async () => void log.push(`undo ${name}`), redo: async () => void log.push(`redo ${name}`) });
    const a = step('a');
    stack.push(a);
    stack.push(step('b'));
    expect(stack.peek().undo?.description).toBe('b');
    expect((await stack.undo())?.description).toBe('b');
    expect(stack.peek().redo?.description).toBe('b');
    expect((await stack.redo())?.description).toBe('b');
    await stack.undo();
    stack.push(step('c'));
    expect(stack.peek().redo).toBeUndefined();
    stack.discard(a);
    await stack.undo();
    expect(await stack.undo()).toBeUndefined();
    expect(log).toEqual(['undo b', 'redo b', 'undo b', 'undo c']);
  });

  it('drops a step whose undo fails, so it is not offered again', async () => {
    const stack = new UndoRedoStack();
    stack.push({ description: 'x', undo: () => Promise.reject(new Error('gone')), redo: async () => {} });
    await expect(stack.undo()).rejects.toThrow('gone');
    expect(stack.peek()).toEqual({ undo: undefined, redo: undefined });
  });
});

describe('eventToRow', () => {
  it('gives the tuple events.list would: evidence counted, missing marked', () => {
    const tuple = eventToRow({
      id: 'e',
      title: 'T',
      description: 'D',
      dateEdtf: '2022',
      earliest: 1,
      latest: 2,
      typeId: null,
      placeEntityId: 'p',
      entityIds: ['x'],
      evidence: [
        { kind: 'claim', refId: 'c', label: '', sourceId: null, sourceTitle: null, start: null, end: null, missing: false },
        { kind: 'annotation', refId: 'a', label: '', sourceId: 's', sourceTitle: 'S', start: 0, end: 3, missing: true },
      ],
      timelineIds: ['tl'],
      manualOrder: 7,
      createdAt: 'c',
      updatedAt: 'u',
      createdBy: 'me',
    });
    expect(tuple).toEqual(['e', 'T', 'D', '2022', 1, 2, null, 'p', ['x'], 2, true, 7, ['tl'], 'u']);
  });
});
