import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { DossierError } from '../../shared/api/errors';
import type { Claim } from '../../shared/api/types';
import { admiraltyGrade } from '../../shared/grades/admiraltyGrade';
import { useMutate, useQuery } from '../api/QueryContext';
import { formatDateTime } from '../ui/formatDateTime';
import { useNotices } from '../ui/Notices';
import { AddToTimelineButton } from '../timeline/AddToTimelineButton';
import { AsserterField, type AsserterValue } from './AsserterField';
import { ClaimCitations } from './ClaimCitations';
import { ClaimEntitiesField, type ClaimEntityValue } from './ClaimEntitiesField';
import { gradeMeaning, shorten, statusLabel } from './claimFormat';
import { ClaimLinks } from './ClaimLinks';
import { claimsStrings as s } from './claimsStrings';
import { patchChangesNothing, undoDelete, undoUpdate, valuesBefore, type ClaimPatch } from './claimUndo';
import type { ClaimUndoApi } from './ClaimUndoApi';
import { EditableText } from './EditableText';
import { GradeSelect } from './GradeSelect';

interface Props {
  claimId: string;
  onClose: () => void;
  onOpenClaim: (claimId: string) => void;
  undo: ClaimUndoApi;
  /** Changes when the panel should take focus (opened from the keyboard). */
  focusRequest?: number;
}

/**
 * One claim, every field editable and saved as soon as it is changed or left:
 * statement, asserter, entities and roles, date, status, grade, notes; its
 * cited passages (each opens the reader) and links to other claims.
 */
export function ClaimPanel({ claimId, onClose, onOpenClaim, undo, focusRequest = 0 }: Props) {
  const query = useQuery('claims.get', { id: claimId });
  const mutate = useMutate();
  const notices = useNotices();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // What was just chosen, shown until the saved claim comes back (no flicker back to the old value).
  const [shown, setShown] = useState<{ base: Claim | undefined; overrides: Partial<Claim> }>({ base: undefined, overrides: {} });
  const stored = query.data;
  const overrides = shown.base === stored ? shown.overrides : {};
  const claim = stored ? { ...stored, ...overrides } : undefined;

  useEffect(() => {
    if (focusRequest > 0) headingRef.current?.focus();
  }, [focusRequest]);

  const save = async (patch: ClaimPatch, what: string, display: Partial<Claim>) => {
    if (!stored || patchChangesNothing(stored, patch)) return;
    const before = valuesBefore(stored, patch);
    setShown({ base: stored, overrides: { ...overrides, ...display } });
    try {
      await mutate('claims.update', { id: stored.id, ...patch });
      undo.push(undoUpdate(stored.id, s.editOf(what, shorten(stored.statement, 40)), before));
    } catch (error) {
      setShown({ base: undefined, overrides: {} });
      notices.reportError(error);
    }
  };

  const remove = async () => {
    if (!stored) return;
    const entry = undoDelete(stored.id, s.editOf(s.edits.delete, shorten(stored.statement, 40)));
    try {
      await mutate('claims.delete', { id: stored.id });
      undo.push(entry);
      notices.notify(s.deleted(shorten(stored.statement)), { timeoutMs: 10000, action: { label: s.undo, run: () => undo.revert(entry) } });
      onClose();
    } catch (error) {
      notices.reportError(error);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onClose();
    }
  };

  const header = (
    <div className="claim-panel-header">
      <h2 className="claim-panel-title" ref={headingRef} tabIndex={-1}>
        {s.panelLabel}
        {claim && (
          <>
            <span className="grade-badge" title={gradeMeaning(claim.reliability, claim.credibility)}>
              {admiraltyGrade(claim.reliability, claim.credibility)}
            </span>
            <span className={`status-pill status-${claim.status}`}>{statusLabel(claim.status)}</span>
            {claim.missingEvidence && (
              <span className="missing-pill" title={s.missingEvidenceTitle}>
                {s.missingEvidence}
              </span>
            )}
          </>
        )}
      </h2>
      <button type="button" className="icon-button" aria-label={s.closePanel} title={s.closePanelHint} onClick={onClose}>
        ×
      </button>
    </div>
  );

  if (!claim) {
    return (
      <aside className="claim-panel" aria-label={s.panelLabel} onKeyDown={onKeyDown}>
        {header}
        <div className="claim-panel-body">
          {query.error ? (
            <p className="inline-problem" role="alert">
              {query.error instanceof DossierError && query.error.code === 'NOT_FOUND' ? s.claimGone : query.error.message}
            </p>
          ) : (
            <p className="muted" aria-busy="true">
              {s.loading}
            </p>
          )}
        </div>
      </aside>
    );
  }

  const asserter: AsserterValue = { entityId: claim.asserterEntityId, name: claim.asserterEntityId ? claim.asserterName : claim.asserterText };
  const entities: ClaimEntityValue[] = claim.entities.map((e) => ({ entityId: e.entityId, name: e.name, kind: e.kind, role: e.role }));

  return (
    <aside className="claim-panel" aria-label={s.panelLabel} onKeyDown={onKeyDown}>
      {header}
      <div className="claim-panel-body">
        <EditableText
          label={s.statement}
          value={claim.statement}
          multiline
          rows={3}
          maxLength={20000}
          className="claim-statement"
          onCommit={(statement) => {
            if (statement.trim()) void save({ statement: statement.trim() }, s.edits.statement, { statement: statement.trim() });
          }}
        />
        <AsserterField
          value={asserter}
          onChange={(next) =>
            void save(
              next.entityId ? { asserterEntityId: next.entityId, asserterText: '' } : { asserterEntityId: null, asserterText: next.name },
              s.edits.asserter,
              { asserterEntityId: next.entityId, asserterName: next.name, asserterText: next.entityId ? '' : next.name },
            )
          }
        />
        <ClaimEntitiesField
          value={entities}
          onChange={(next) =>
            void save({ entities: next.map((e) => ({ entityId: e.entityId, role: e.role })) }, s.edits.entities, {
              entities: next.map((e) => ({ entityId: e.entityId, name: e.name, kind: e.kind, role: e.role })),
            })
          }
        />
        <div className="claim-grade-grid">
          <GradeSelect kind="status" value={claim.status} onChange={(status) => void save({ status }, s.edits.status, { status })} />
          <EditableText
            label={s.date}
            value={claim.dateEdtf}
            maxLength={100}
            hint={s.dateHint}
            onCommit={(dateEdtf) => void save({ dateEdtf: dateEdtf.trim() }, s.edits.dateEdtf, { dateEdtf: dateEdtf.trim() })}
          />
          <GradeSelect
            kind="reliability"
            value={claim.reliability}
            onChange={(reliability) => void save({ reliability }, s.edits.reliability, { reliability })}
          />
          <GradeSelect
            kind="credibility"
            value={claim.credibility}
            onChange={(credibility) => void save({ credibility }, s.edits.credibility, { credibility })}
          />
        </div>
        <EditableText
          label={s.notes}
          value={claim.notes}
          multiline
          rows={3}
          placeholder={s.notesPlaceholder}
          onCommit={(notes) => void save({ notes }, s.edits.notes, { notes })}
        />
        <ClaimCitations claim={claim} undo={undo} />
        <ClaimLinks claim={claim} undo={undo} onOpenClaim={onOpenClaim} />
        <div className="claim-panel-footer">
          <span className="muted small-text">
            {s.createdBy(formatDateTime(claim.createdAt), claim.createdBy)}
            {claim.updatedAt !== claim.createdAt && (
              <>
                <br />
                {s.updatedAt(formatDateTime(claim.updatedAt))}
              </>
            )}
          </span>
          <AddToTimelineButton from={{ claimId: claim.id }} text={claim.statement} />
          <button type="button" className="small danger-quiet" onClick={() => void remove()}>
            {s.deleteClaim}
          </button>
        </div>
      </div>
    </aside>
  );
}
