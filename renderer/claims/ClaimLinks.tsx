import { useId, useMemo, useState } from 'react';
import type { Claim, ClaimLink, ClaimRelation } from '../../shared/api/types';
import { useMutate } from '../api/QueryContext';
import { useNotices } from '../ui/Notices';
import { shorten } from './claimFormat';
import { ClaimPicker } from './ClaimPicker';
import { claimsStrings as s } from './claimsStrings';
import { undoLink, undoUnlink } from './claimUndo';
import type { ClaimUndoApi } from './ClaimUndoApi';

interface Props {
  claim: Claim;
  undo: ClaimUndoApi;
  onOpenClaim: (claimId: string) => void;
}

function relationText(link: ClaimLink): string {
  return link.direction === 'outgoing' ? s.relations[link.relation] : s.incomingRelations[link.relation];
}

/** Claims this one supports or contradicts, and those that support or contradict it. */
export function ClaimLinks({ claim, undo, onOpenClaim }: Props) {
  const id = useId();
  const mutate = useMutate();
  const notices = useNotices();
  const [relation, setRelation] = useState<ClaimRelation>('supports');
  const exclude = useMemo(() => [claim.id], [claim.id]);

  const add = async (toId: string) => {
    try {
      const linked = await mutate('claims.link', { fromId: claim.id, toId, relation });
      const made = linked.links.find((l) => l.direction === 'outgoing' && l.otherClaimId === toId && l.relation === relation);
      if (made) undo.push(undoLink(claim.id, s.editOf(s.edits.addedLink, shorten(claim.statement, 40)), made.id));
    } catch (error) {
      notices.reportError(error);
    }
  };

  const remove = async (link: ClaimLink) => {
    try {
      await mutate('claims.unlink', { claimId: claim.id, linkId: link.id });
      undo.push(undoUnlink(claim.id, s.editOf(s.edits.link, shorten(claim.statement, 40)), link));
    } catch (error) {
      notices.reportError(error);
    }
  };

  return (
    <section className="claim-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="claim-section-title">
        {s.links} {claim.links.length > 0 && <span className="count">{claim.links.length}</span>}
      </h3>
      {claim.links.length === 0 ? (
        <p className="muted small-text">{s.noLinks}</p>
      ) : (
        <ul className="claim-links">
          {claim.links.map((link) => (
            <li key={link.id} className={`claim-link relation-${link.relation}`}>
              <span className="claim-link-relation">{relationText(link)}</span>
              <button type="button" className="link-button claim-link-statement" aria-label={s.openLinked(shorten(link.otherStatement))} onClick={() => onOpenClaim(link.otherClaimId)}>
                {shorten(link.otherStatement, 160)}
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={s.removeLink(shorten(link.otherStatement))}
                title={s.removeLink(shorten(link.otherStatement))}
                onClick={() => void remove(link)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="claim-link-add">
        <select aria-label={s.linkRelation} value={relation} onChange={(e) => setRelation(e.target.value as ClaimRelation)}>
          <option value="supports">{s.relations.supports}</option>
          <option value="contradicts">{s.relations.contradicts}</option>
        </select>
        <ClaimPicker label={s.linkClaim} hideLabel placeholder={s.linkPlaceholder} excludeIds={exclude} onPick={(c) => void add(c.id)} />
      </div>
    </section>
  );
}
