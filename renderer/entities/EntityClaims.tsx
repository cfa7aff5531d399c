import { useId, useState } from 'react';
import type { ClaimCitation, ClaimRow } from '../../shared/api/types';
import { credibilityLabel } from '../../shared/grades/admiraltyGrade';
import { reliabilityLabel } from '../../shared/grades/reliability';
import { useQuery } from '../api/QueryContext';
import { useNavigation } from '../app/Navigation';
import { useShowInClaims } from '../claims/claimsViewRequests';
import { entitiesStrings as s } from './entitiesStrings';

interface Props {
  heading: string;
  empty: string;
  claims: readonly ClaimRow[];
  /** Whose page this is: for "about" lists, the role it plays in each claim. */
  entityId: string;
  showAsserter: boolean;
}

/** Claims by or about an entity: grade, status and statement; each opens to its cited passages. */
export function EntityClaims({ heading, empty, claims, entityId, showAsserter }: Props) {
  const headingId = useId();
  const showInClaims = useShowInClaims();
  return (
    <section className="entity-section" aria-labelledby={headingId}>
      <div className="entity-section-head">
        <h3 id={headingId} className="entity-section-title">
          {heading} <span className="count">{claims.length}</span>
        </h3>
        {claims.length > 0 && (
          <button type="button" className="small quiet entity-claims-all" onClick={() => showInClaims({ entityId })}>
            {s.showInClaims}
          </button>
        )}
      </div>
      {claims.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="entity-claims">
          {claims.map((claim) => (
            <ClaimItem key={claim.id} claim={claim} entityId={entityId} showAsserter={showAsserter} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ClaimItem({ claim, entityId, showAsserter }: { claim: ClaimRow; entityId: string; showAsserter: boolean }) {
  const listId = useId();
  const showInClaims = useShowInClaims();
  const [open, setOpen] = useState(false);
  const role = claim.entities.find((e) => e.entityId === entityId)?.role;
  const gradeTitle = s.gradeTitle(claim.grade, reliabilityLabel(claim.reliability), credibilityLabel(claim.credibility));

  return (
    <li className="entity-claim">
      <div className="entity-claim-head">
        <span className="entity-grade" title={gradeTitle}>
          <span aria-hidden="true">{claim.grade}</span>
          <span className="visually-hidden">{gradeTitle}</span>
        </span>
        <span className={`entity-claim-status entity-claim-status-${claim.status}`}>{s.status[claim.status]}</span>
        {role && <span className="muted small-text">{s.roles[role]}</span>}
        {claim.missingEvidence && <span className="entity-claim-missing">{s.missingEvidence}</span>}
        <button
          type="button"
          className="small quiet entity-claim-open"
          aria-label={s.openClaimLabel(claim.statement)}
          onClick={() => showInClaims({ claimId: claim.id })}
        >
          {s.openInClaims}
        </button>
      </div>
      <p className="entity-claim-statement" dir="auto">
        {claim.statement}
      </p>
      <div className="entity-claim-meta muted small-text">
        {showAsserter && claim.asserterName && <span>{s.assertedBy(claim.asserterName)}</span>}
        {claim.dateEdtf && <span>{claim.dateEdtf}</span>}
        {claim.sourceTitles.length > 0 && <span>{claim.sourceTitles.join(' · ')}</span>}
        <button
          type="button"
          className="link-button small-text"
          aria-expanded={open}
          aria-controls={open ? listId : undefined}
          onClick={() => setOpen(!open)}
        >
          {open ? s.hideCitations : `${s.showCitations} (${s.claimSources(claim.citationCount)})`}
        </button>
      </div>
      {open && <ClaimCitations id={listId} claimId={claim.id} statement={claim.statement} />}
    </li>
  );
}

/** The claim's cited passages, inline; each opens the reader at the passage. */
function ClaimCitations({ id, claimId, statement }: { id: string; claimId: string; statement: string }) {
  const nav = useNavigation();
  const claim = useQuery('claims.get', { id: claimId });
  if (claim.error) {
    return (
      <p id={id} className="inline-problem" role="alert">
        {claim.error.message}
      </p>
    );
  }
  if (!claim.data) {
    return (
      <p id={id} className="muted small-text" aria-busy="true">
        {s.loadingCitations}
      </p>
    );
  }
  const open = (c: ClaimCitation) => nav.openSource(c.sourceId, { start: c.start, end: c.end, annotationId: c.annotationId }, { focus: true });
  return (
    <ul id={id} className="entity-citations" aria-label={s.citationsOf(statement)}>
      {claim.data.citations.map((c) => (
        <li key={c.annotationId}>
          {c.missing ? (
            <div className="entity-citation missing" title={s.citationMissing}>
              <span className="entity-citation-source">{c.sourceTitle}</span>
              <q dir="auto">{c.exact}</q>
              <span className="entity-claim-missing">{s.missingEvidence}</span>
            </div>
          ) : (
            <button type="button" className="entity-citation" title={s.openCitation(c.sourceTitle)} onClick={() => open(c)}>
              <span className="entity-citation-source">{c.sourceTitle}</span>
              <q dir="auto">{c.exact}</q>
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
