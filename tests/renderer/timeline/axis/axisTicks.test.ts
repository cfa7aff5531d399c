import { describe, expect, it } from 'vitest';
import { chooseStep, generateTicks } from '../../../../renderer/timeline/axis/axisTicks';
import { MS_PER_MEAN_YEAR, calendarDay, yearLabel, yearStart } from '../../../../renderer/timeline/axis/axisTime';
import { DAY, utcDay } from './fixtures';

describe('axis ticks', () => {
  it('steps up from days to months, years, decades, centuries and millennia as the view widens', () => {
    const units = [10 * DAY, 300 * DAY, 12 * MS_PER_MEAN_YEAR, 100 * MS_PER_MEAN_YEAR, 1000 * MS_PER_MEAN_YEAR, 10_000 * MS_PER_MEAN_YEAR].map((span) => {
      const step = chooseStep(span / 1000);
      return `${step.step} ${step.unit}`;
    });
    expect(units).toEqual(['1 day', '1 month', '1 year', '10 year', '100 year', '1000 year']);
  });

  it('labels days with a month row above, at the start of each day', () => {
    const ticks = generateTicks({ start: utcDay(2022, 2, 26), end: utcDay(2022, 3, 4) }, 1000, 'en-GB');
    expect(ticks.unit).toBe('day');
    expect(ticks.ticks.map((t) => t.label)).toEqual(['26', '27', '28', '1', '2', '3', '4']);
    expect(ticks.ticks[3]?.t).toBe(utcDay(2022, 3, 1));
    expect(ticks.context.map((t) => t.label)).toEqual(['February 2022', 'March 2022']);
  });

  it('labels months by name with the years above', () => {
    const ticks = generateTicks({ start: utcDay(2021, 11, 15), end: utcDay(2022, 3, 20) }, 300, 'en-GB');
    expect(ticks.unit).toBe('month');
    expect(ticks.ticks.map((t) => t.label)).toEqual(['Dec', 'Jan', 'Feb', 'Mar']);
    expect(ticks.context.map((t) => t.label)).toEqual(['2021', '2022']);
  });

  it('writes years before 1 AD as BC, astronomically (−500 is 501 BC)', () => {
    expect(yearLabel(-500)).toBe('501 BC');
    expect(yearLabel(0)).toBe('1 BC');
    expect(yearLabel(1)).toBe('1');
    expect(yearLabel(12_000)).toBe('12,000');
    const ticks = generateTicks({ start: yearStart(-1000), end: yearStart(200) }, 1000);
    expect(ticks.unit).toBe('year');
    expect(ticks.ticks.map((t) => t.label)).toContain('501 BC');
    expect(ticks.ticks.map((t) => t.label)).toContain('1 BC');
    for (const tick of ticks.ticks) expect(calendarDay(tick.t)).toMatchObject({ month0: 0, day: 1 });
  });

  it('gives ticks in order inside the view at any zoom, from two days to millions of years, past and far future', () => {
    const centres = [utcDay(2022, 6, 1), yearStart(-44), yearStart(150_000), yearStart(-400_000)];
    for (const centre of centres) {
      for (let span = 2 * DAY; span < 4e6 * MS_PER_MEAN_YEAR; span *= 7) {
        const view = { start: centre - span / 2, end: centre + span / 2 };
        const { ticks } = generateTicks(view, 1200);
        expect(ticks.length).toBeGreaterThanOrEqual(1);
        expect(ticks.length).toBeLessThanOrEqual(40);
        const times = ticks.map((t) => t.t);
        expect(times[0]).toBeGreaterThanOrEqual(view.start);
        expect(times.at(-1)).toBeLessThanOrEqual(view.end);
        expect(times).toEqual([...new Set(times)].sort((a, b) => a - b));
      }
    }
  });
});
