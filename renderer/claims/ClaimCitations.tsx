import { useContext, useState } from 'react';
import type { Claim, ClaimCitation } from '../../shared/api/types';
import { useMutate } from '../api/QueryContext';
import { NavigationContext } from '../app/Navigation';
import { useNotices } from '../ui/Notices';
import { shorten } from './claimFormat';
import { claimsStrings as s } from './claimsStrings';
import { undoCite, undoUncite } from './claimUndo';
import type { ClaimUndoApi } from './ClaimUndoApi';
import { PassagePickerDialog } from './PassagePickerDialog';

interface Props {
  claim: Claim;
  undo: ClaimUndoApi;
}

/** The passages a claim cites; each opens the reader there. A deleted one shows as removed, the claim stays. */
export function ClaimCitations({ claim, undo }: Props) {
  const nav = useContext(NavigationContext);
  const mutate = useMutate();
  const notices = useNotices();
  const [picking, setPicking] = useState(false);
  const only = claim.citations.length <= 1;

  // Focus goes into the reader's text, at the passage, so the keyboard carries on there.
  const open = (c: ClaimCitation) => nav?.openSource(c.sourceId, { start: c.start, end: c.end, annotationId: c.annotationId }, { focus: true });

  const remove = async (c: ClaimCitation) => {
    try {
      await mutate('claims.uncite', { claimId: claim.id, annotationId: c.annotationId });
      undo.push(undoUncite(claim.id, s.editOf(s.edits.citation, shorten(claim.statement, 40)), c.annotationId));
    } catch (error) {
      notices.reportError(error);
    }
  };

  return (
    <section className="claim-section" aria-labelledby={`${claim.id}-citations`}>
      <h3 id={`${claim.id}-citations`} className="claim-section-title">
        {s.citations} <span className="count">{claim.citations.length}</span>
      </h3>
      <ul className="claim-citations">
        {claim.citations.map((c) => {
          const quote = shorten(c.exact, 80);
          return (
            <li key={c.annotationId} className={`claim-citation${c.missing ? ' missing' : ''}`}>
              <div className="claim-citation-source">{c.sourceTitle}</div>
              {c.missing ? (
                <p className="claim-citation-quote removed" title={s.passageRemovedTitle}>
                  {s.passageRemoved}
                </p>
              ) : (
                <button
                  type="button"
                  className="claim-citation-quote"
                  aria-label={s.openPassage(quote)}
                  title={s.openPassageShort}
                  onClick={() => open(c)}
                >
                  “{shorten(c.exact, 400)}”
                </button>
              )}
              <div className="claim-citation-actions">
                <button
                  type="button"
                  className="small danger-quiet"
                  aria-label={s.removeCitation(c.missing ? s.passageRemoved : quote)}
                  title={only ? s.lastCitation : undefined}
                  disabled={only}
                  onClick={() => void remove(c)}
                >
                  {s.removeCitationShort}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <button type="button" className="small" onClick={() => setPicking(true)}>
        {s.citeAnother}
      </button>
      {picking && (
        <PassagePickerDialog
          claim={claim}
          onClose={() => setPicking(false)}
          onCited={(annotationId) => undo.push(undoCite(claim.id, s.editOf(s.edits.addedCitation, shorten(claim.statement, 40)), annotationId))}
        />
      )}
    </section>
  );
}
