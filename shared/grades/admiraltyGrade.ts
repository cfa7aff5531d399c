import type { Credibility, Reliability } from '../api/types';

/** Admiralty (NATO) scale for information credibility. */
export const credibilityGrades: readonly { grade: Credibility; label: string }[] = [
  { grade: 1, label: 'Confirmed by other sources' },
  { grade: 2, label: 'Probably true' },
  { grade: 3, label: 'Possibly true' },
  { grade: 4, label: 'Doubtful' },
  { grade: 5, label: 'Improbable' },
  { grade: 6, label: 'Truth cannot be judged' },
];

export function credibilityLabel(grade: Credibility): string {
  return credibilityGrades.find((g) => g.grade === grade)?.label ?? String(grade);
}

/** Source reliability and information credibility shown together, e.g. "B2". */
export function admiraltyGrade(reliability: Reliability, credibility: number): string {
  return `${reliability}${credibility}`;
}
