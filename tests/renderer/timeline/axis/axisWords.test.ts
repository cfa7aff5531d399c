import { describe, expect, it } from 'vitest';
import { describeKeys } from '../../../../renderer/timeline/axis/axisWords';
import { DAY, utcDay } from './fixtures';

describe('describeKeys', () => {
  it('says a day, a month, a year or a range in words, with about and uncertain', () => {
    expect(describeKeys(utcDay(2022, 3, 27), utcDay(2022, 3, 28) - 1, false, false, 'en-GB')).toBe('27 Mar 2022');
    expect(describeKeys(utcDay(2022, 3, 1), utcDay(2022, 4, 1) - 1, true, false, 'en-GB')).toBe('about Mar 2022');
    expect(describeKeys(utcDay(-500, 1, 1), utcDay(-499, 1, 1) - 1, false, true, 'en-GB')).toBe('501 BC (uncertain)');
    expect(describeKeys(utcDay(1955, 5, 15), utcDay(1955, 10, 26) + DAY - 1, false, false, 'en-GB')).toBe('15 May 1955 – 26 Oct 1955');
    expect(describeKeys(utcDay(1953, 7, 27), 1e300, false, false, 'en-GB')).toBe('27 Jul 1953 – present');
  });
});
