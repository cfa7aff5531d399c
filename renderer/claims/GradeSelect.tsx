import { useId } from 'react';
import type { ClaimStatus, Credibility, Reliability } from '../../shared/api/types';
import { claimStatuses, credibilities, credibilityText, reliabilities, reliabilityText, statusLabel } from './claimFormat';
import { claimsStrings as s } from './claimsStrings';

type Props =
  | { kind: 'status'; value: ClaimStatus; onChange: (value: ClaimStatus) => void; hint?: string }
  | { kind: 'reliability'; value: Reliability; onChange: (value: Reliability) => void; hint?: string }
  | { kind: 'credibility'; value: Credibility; onChange: (value: Credibility) => void; hint?: string };

/** Status, source reliability (A–F) or information credibility (1–6), with the Admiralty wording. */
export function GradeSelect(props: Props) {
  const id = useId();
  const label = props.kind === 'status' ? s.status : props.kind === 'reliability' ? s.reliability : s.credibility;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {props.kind === 'status' && (
        <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value as ClaimStatus)}>
          {claimStatuses.map((v) => (
            <option key={v} value={v}>
              {statusLabel(v)}
            </option>
          ))}
        </select>
      )}
      {props.kind === 'reliability' && (
        <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value as Reliability)}>
          {reliabilities.map((v) => (
            <option key={v} value={v}>
              {reliabilityText(v)}
            </option>
          ))}
        </select>
      )}
      {props.kind === 'credibility' && (
        <select id={id} value={props.value} onChange={(e) => props.onChange(Number(e.target.value) as Credibility)}>
          {credibilities.map((v) => (
            <option key={v} value={v}>
              {credibilityText(v)}
            </option>
          ))}
        </select>
      )}
      {props.hint && <span className="muted small-text">{props.hint}</span>}
    </div>
  );
}
