/**
 * "At least this reliable and this credible" as one Admiralty grade such as
 * "B2". F and 6 ("cannot be judged") are the weakest, so an unset half is any.
 */
export function minGradeOf(reliability: string, credibility: string): string | null {
  if (reliability === '' && credibility === '') return null;
  return `${reliability || 'F'}${credibility || '6'}`;
}

/** The two halves of a minimum grade, '' where it sets no floor (F, 6). */
export function minGradeParts(minGrade: string | undefined | null): { reliability: string; credibility: string } {
  return {
    reliability: minGrade && minGrade[0] !== 'F' ? minGrade[0]! : '',
    credibility: minGrade && minGrade[1] !== '6' ? minGrade[1]! : '',
  };
}

/** Whether a grade reaches the floor; without a credibility (a source) only reliability counts. */
export function meetsMinGrade(reliability: string, credibility: number | null, minGrade: string | null): boolean {
  if (minGrade === null) return true;
  return reliability <= minGrade[0]! && (credibility === null || credibility <= Number(minGrade[1]));
}
