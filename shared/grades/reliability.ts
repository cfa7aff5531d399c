import type { Reliability } from '../api/types';

/** Admiralty (NATO) scale for source reliability. */
export const reliabilityGrades: readonly { grade: Reliability; label: string }[] = [
  { grade: 'A', label: 'Completely reliable' },
  { grade: 'B', label: 'Usually reliable' },
  { grade: 'C', label: 'Fairly reliable' },
  { grade: 'D', label: 'Not usually reliable' },
  { grade: 'E', label: 'Unreliable' },
  { grade: 'F', label: 'Reliability cannot be judged' },
];

export const DEFAULT_RELIABILITY: Reliability = 'F';

export function reliabilityLabel(grade: Reliability): string {
  return reliabilityGrades.find((g) => g.grade === grade)?.label ?? grade;
}
