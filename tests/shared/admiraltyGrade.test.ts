import { describe, expect, it } from 'vitest';
import { admiraltyGrade, credibilityLabel } from '../../shared/grades/admiraltyGrade';
import { reliabilityLabel } from '../../shared/grades/reliability';

describe('Admiralty grades', () => {
  it('combine reliability and credibility as e.g. B2, with their meanings', () => {
    expect(admiraltyGrade('B', 2)).toBe('B2');
    expect(admiraltyGrade('F', 6)).toBe('F6');
    expect(reliabilityLabel('B')).toBe('Usually reliable');
    expect(credibilityLabel(2)).toBe('Probably true');
    expect(credibilityLabel(6)).toBe('Truth cannot be judged');
  });
});
