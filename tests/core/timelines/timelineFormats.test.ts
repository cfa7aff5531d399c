import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, restoreCell } from '../../../electron/core/timelines/spreadsheetCells';
import { edtfToTimelineJs, timelineJsDisplayDate, timelineJsToEdtf } from '../../../electron/core/timelines/timelineJsDates';
import { parseEdtf } from '../../../shared/dates/edtf';
import { mixedDate } from './timelineArbitraries';

describe('formula injection', () => {
  it('neutralises cells that a spreadsheet would run, and import gives back exactly what was exported', () => {
    expect(neutraliseCell('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
    expect(neutraliseCell('+1')).toBe("'+1");
    expect(neutraliseCell('-0500')).toBe("'-0500");
    expect(neutraliseCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseCell('\tcmd')).toBe("'\tcmd");
    expect(neutraliseCell('\rcmd')).toBe("'\rcmd");
    expect(neutraliseCell("'=already")).toBe("''=already");
    expect(neutraliseCell('1953-07-27/..')).toBe('1953-07-27/..');
    expect(neutraliseCell("it's fine")).toBe("it's fine");
    expect(restoreCell("'-0500")).toBe('-0500');
    expect(restoreCell("'quoted")).toBe("'quoted");
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', ' ', '1') }), (value) => {
        expect(restoreCell(neutraliseCell(value))).toBe(value);
        expect(neutraliseCell(value)).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});

describe('TimelineJS dates', () => {
  it('fill the columns by precision and keep what they cannot say in Display Date', () => {
    expect(edtfToTimelineJs('2022-03-27')).toEqual({ columns: { year: '2022', month: '3', day: '27', endYear: '', endMonth: '', endDay: '' }, exact: true });
    expect(edtfToTimelineJs('2022-03').columns).toMatchObject({ year: '2022', month: '3', day: '' });
    expect(edtfToTimelineJs('1955-05-15/1955-10-26')).toEqual({
      columns: { year: '1955', month: '5', day: '15', endYear: '1955', endMonth: '10', endDay: '26' },
      exact: true,
    });
    expect(edtfToTimelineJs('2022-03~')).toMatchObject({ columns: { year: '2022', month: '3' }, exact: false });
    expect(edtfToTimelineJs('1953-07-27/..')).toMatchObject({ columns: { year: '1953', endYear: '' }, exact: false });
    expect(edtfToTimelineJs('-0500')).toMatchObject({ columns: { year: '-500' }, exact: false });
    expect(edtfToTimelineJs('2022-21')).toMatchObject({ columns: { year: '2022', month: '' }, exact: false });
    expect(timelineJsDisplayDate('2022-03-27', true)).toBe('27 Mar 2022');
    expect(timelineJsDisplayDate('2022-03~', false)).toBe('about March 2022 [2022-03~]');
    expect(timelineJsDisplayDate('2022-13-01', false)).toBe('[2022-13-01]');
  });

  it('read back from the columns, or from the bracket when the columns agree with it', () => {
    const columns = { year: '800', month: '', day: '', endYear: '', endMonth: '', endDay: '' };
    expect(timelineJsToEdtf(columns, 'AD 800')).toEqual({ edtf: '0800', disagrees: false });
    expect(timelineJsToEdtf({ ...columns, year: '2022', month: '3' }, 'about March 2022 [2022-03~]')).toEqual({ edtf: '2022-03~', disagrees: false });
    // Someone changed the year in the sheet: the columns win, and the row says so.
    expect(timelineJsToEdtf({ ...columns, year: '2023', month: '3' }, 'about March 2022 [2022-03~]')).toEqual({ edtf: '2023-03', disagrees: true });
    expect(timelineJsToEdtf({ ...columns, year: 'soon' }, '')).toEqual({ edtf: 'soon', disagrees: false });
  });

  it('round-trip every date through the columns and Display Date with nothing lost', () => {
    fc.assert(
      fc.property(mixedDate(), (edtf) => {
        const { columns, exact } = edtfToTimelineJs(edtf);
        const display = timelineJsDisplayDate(edtf, exact);
        expect(timelineJsToEdtf(columns, display).edtf).toBe(edtf);
        // Exact dates show only their words; the rest carry the EDTF in brackets.
        const parsed = parseEdtf(edtf);
        const words = parsed.ok ? parsed.date.words : '';
        expect(display).toBe(edtf === '' ? '' : exact ? words : parsed.ok ? `${words} [${edtf}]` : `[${edtf}]`);
      }),
      { numRuns: 2000 },
    );
  });
});
