import { useId } from 'react';
import { credibilityGrades } from '../../shared/grades/admiraltyGrade';
import { reliabilityGrades } from '../../shared/grades/reliability';

// F and 6 (cannot be judged) are the weakest: "at least F" is any grade, so they are not offered.
const RELIABILITIES = reliabilityGrades.filter((g) => g.grade !== 'F');
const CREDIBILITIES = credibilityGrades.filter((g) => g.grade !== 6);

interface Props {
  reliability: string;
  credibility: string;
  onReliability: (value: string) => void;
  onCredibility: (value: string) => void;
  labels: { reliability: string; credibility: string; any: string };
}

/** A minimum Admiralty grade as two "at least" choices, in the scale's words (shared/grades/minGrade.ts reads them). */
export function MinGradeFields({ reliability, credibility, onReliability, onCredibility, labels }: Props) {
  const id = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-reliability`}>{labels.reliability}</label>
        <select id={`${id}-reliability`} value={reliability} onChange={(e) => onReliability(e.target.value)}>
          <option value="">{labels.any}</option>
          {RELIABILITIES.map((g) => (
            <option key={g.grade} value={g.grade}>
              {g.grade} — {g.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-credibility`}>{labels.credibility}</label>
        <select id={`${id}-credibility`} value={credibility} onChange={(e) => onCredibility(e.target.value)}>
          <option value="">{labels.any}</option>
          {CREDIBILITIES.map((g) => (
            <option key={g.grade} value={String(g.grade)}>
              {g.grade} — {g.label}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
