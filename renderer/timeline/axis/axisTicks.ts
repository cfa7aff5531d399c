import type { AxisView } from './axisScale';
import { MS_PER_DAY, MS_PER_MEAN_YEAR, calendarDay, dayStart, daysInMonth, monthName, yearLabel, yearStart } from './axisTime';

export type TickUnit = 'day' | 'month' | 'year';

export interface Tick {
  readonly t: number;
  readonly label: string;
}

export interface TickSet {
  readonly unit: TickUnit;
  /** Days, months or years between ticks. */
  readonly step: number;
  readonly ticks: Tick[];
  /**
   * The next larger unit, for a second row of labels: months above days,
   * years above months. The first one may start before the view (its label
   * stays pinned at the left edge).
   */
  readonly context: Tick[];
}

interface Step {
  unit: TickUnit;
  step: number;
  /** Rough length, to pick the step from the zoom. */
  approxMs: number;
}

const YEAR_STEPS = [1, 2, 5];
const STEPS: Step[] = [
  ...[1, 2, 5, 10].map((step) => ({ unit: 'day' as const, step, approxMs: step * MS_PER_DAY })),
  ...[1, 3, 6].map((step) => ({ unit: 'month' as const, step, approxMs: (step * MS_PER_MEAN_YEAR) / 12 })),
];
// Years, decades, centuries, millennia and on: 1, 2, 5 × 10^k up to a million years.
for (let power = 1; power <= 1e6; power *= 10) {
  for (const m of YEAR_STEPS) STEPS.push({ unit: 'year', step: m * power, approxMs: m * power * MS_PER_MEAN_YEAR });
}

/** Minimum distance between labelled ticks, by unit (year labels such as "1,000 BC" are wider). */
const MIN_TICK_PX: Record<TickUnit, number> = { day: 36, month: 48, year: 72 };

export function chooseStep(msPerPx: number): Step {
  for (const step of STEPS) if (step.approxMs / msPerPx >= MIN_TICK_PX[step.unit]) return step;
  return STEPS[STEPS.length - 1] as Step;
}

/** Ticks for the view, from days to millennia as the zoom asks. */
export function generateTicks(view: AxisView, width: number, locale?: string): TickSet {
  const { unit, step } = chooseStep((view.end - view.start) / Math.max(1, width));
  if (unit === 'day') return { unit, step, ticks: dayTicks(view, step), context: monthTicks(view, 1, locale, 'long', true) };
  if (unit === 'month') return { unit, step, ticks: monthTicks(view, step, locale, 'short', false), context: yearTicks(view, 1, true) };
  return { unit, step, ticks: yearTicks(view, step, false), context: [] };
}

function dayTicks(view: AxisView, step: number): Tick[] {
  const ticks: Tick[] = [];
  let { year, month0, day } = calendarDay(view.start);
  for (let t = dayStart(year, month0, day); t <= view.end; ) {
    const length = daysInMonth(year, month0);
    // Steps restart on the 1st of each month; a tick too close to the next 1st is left out.
    if ((day - 1) % step === 0 && day - 1 + step / 2 <= length && t >= view.start) ticks.push({ t, label: String(day) });
    day += 1;
    if (day > length) {
      day = 1;
      month0 += 1;
      if (month0 > 11) {
        month0 = 0;
        year += 1;
      }
    }
    t = dayStart(year, month0, day);
  }
  return ticks;
}

function monthTicks(view: AxisView, step: number, locale: string | undefined, width: 'short' | 'long', withYear: boolean): Tick[] {
  const ticks: Tick[] = [];
  const first = calendarDay(view.start);
  let year = first.year;
  let month0 = withYear ? first.month0 : Math.floor(first.month0 / step) * step;
  for (let t = dayStart(year, month0, 1); t <= view.end; t = dayStart(year, month0, 1)) {
    if (withYear || t >= view.start) {
      const name = monthName(month0, width, locale);
      ticks.push({ t, label: withYear ? `${name} ${yearLabel(year)}` : name });
    }
    month0 += step;
    if (month0 > 11) {
      month0 -= 12;
      year += 1;
    }
  }
  return ticks;
}

function yearTicks(view: AxisView, step: number, includeContaining: boolean): Tick[] {
  const ticks: Tick[] = [];
  const firstYear = calendarDay(view.start).year;
  let year = includeContaining ? firstYear : Math.ceil(firstYear / step) * step;
  for (let t = yearStart(year); t <= view.end; t = yearStart(year)) {
    if (includeContaining || t >= view.start) ticks.push({ t, label: yearLabel(year) });
    year += step;
  }
  return ticks;
}
