import { useState } from 'react';
import type { Claim } from '../../shared/api/types';
import { useMutate } from '../api/QueryContext';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/errorMessage';
import { useNotices } from '../ui/Notices';
// oxlint-disable-next-line import/no-unassigned-import -- the dialog is opened from other views: it brings its own styles.
import './claims.css';
import { ClaimPicker } from './ClaimPicker';
import { shorten } from './claimFormat';
import { claimsStrings as s } from './claimsStrings';
import { useShowInClaims } from './claimsViewRequests';
import { FormProblem } from '../ui/FormProblem';

export interface AddCitationDialogProps {
  /** The highlight to cite as further evidence (e.g. the same fact from another outlet). */
  annotationId: string;
  /** Its quote, shown so the analyst sees what is being cited. */
  quote: string;
  /** Called on Esc, Cancel, and after citing. */
  onClose: () => void;
  onCited?: (claim: Claim) => void;
}

/**
 * From the reader: cite a highlighted passage in an existing claim. Type a
 * few words of the claim, Up/Down, Enter. Self-contained like NewClaimDialog.
 */
export function AddCitationDialog({ annotationId, quote, onClose, onCited }: AddCitationDialogProps) {
  const mutate = useMutate();
  const notices = useNotices();
  const showInClaims = useShowInClaims();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const cite = async (claimId: string) => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const claim = await mutate('claims.cite', { claimId, annotationId });
      notices.notify(s.cited(claim.citationCount), { action: { label: s.showClaim, run: () => showInClaims({ claimId }) } });
      onCited?.(claim);
      onClose();
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  };

  return (
    <Dialog label={s.citeInClaimTitle} onClose={onClose} size="medium">
      <div className="cite-dialog-body">
        <blockquote className="editor-quote" aria-label={s.quoteLabel}>
          {shorten(quote, 400)}
        </blockquote>
        <ClaimPicker label={s.claimToCite} placeholder={s.findClaimPlaceholder} autoFocus onPick={(claim) => void cite(claim.id)} />
      </div>
      <FormProblem problem={problem} />
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {s.cancel}
        </button>
      </div>
    </Dialog>
  );
}
