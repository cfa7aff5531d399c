import { useId, useState, type FormEvent } from 'react';
import type { Claim, ClaimStatus, Credibility, Reliability } from '../../shared/api/types';
import { DEFAULT_RELIABILITY } from '../../shared/grades/reliability';
import { useMutate } from '../api/QueryContext';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/errorMessage';
import { hasModKey, modKeyName } from '../ui/keyboard';
import { useNotices } from '../ui/Notices';
// oxlint-disable-next-line import/no-unassigned-import -- the dialog is opened from other views: it brings its own styles.
import './claims.css';
import { AsserterField, type AsserterValue } from './AsserterField';
import { ClaimEntitiesField, type ClaimEntityValue } from './ClaimEntitiesField';
import { nextRole, reliabilityText, shorten } from './claimFormat';
import { claimsStrings as s } from './claimsStrings';
import { useShowInClaims } from './claimsViewRequests';
import { GradeSelect } from './GradeSelect';
import { SuggestedEntities, type SuggestedEntity } from './SuggestedEntities';
import { FormProblem } from '../ui/FormProblem';

export interface NewClaimDialogProps {
  /** The highlights the claim cites: at least one, unless a passage is given. */
  annotationIds: readonly string[];
  /** A passage not highlighted yet: saving the claim highlights it too (one transaction); Cancel leaves it as it was. */
  passage?: { sourceId: string; start: number; end: number };
  /** Entities to offer with one click, e.g. those named in the passage. */
  suggestedEntities?: readonly SuggestedEntity[];
  /** Where the statement starts: usually the highlighted quote; the analyst rewords it. */
  defaultStatement: string;
  /** The cited source's reliability (A–F): the claim's default; F when not given. */
  sourceReliability?: Reliability;
  /** Called on Cancel, Esc, and after a successful save. */
  onClose: () => void;
  /** Called with the saved claim, before onClose. */
  onCreated?: (claim: Claim) => void;
}

/**
 * Makes a claim from highlighted passages: statement, who asserts it, the
 * entities it is about and their roles, the date it refers to, status and the
 * Admiralty grade (reliability from the source, credibility 6 until judged).
 * Self-contained: it reads entities and saves through the API itself.
 * Ctrl/Cmd+Enter (or Enter in a one-line field) saves; Esc cancels.
 */
export function NewClaimDialog({
  annotationIds,
  passage,
  suggestedEntities = [],
  defaultStatement,
  sourceReliability,
  onClose,
  onCreated,
}: NewClaimDialogProps) {
  const id = useId();
  const mutate = useMutate();
  const notices = useNotices();
  const showInClaims = useShowInClaims();
  const [statement, setStatement] = useState(defaultStatement.replace(/\s+/g, ' ').trim());
  const [asserter, setAsserter] = useState<AsserterValue>({ entityId: null, name: '' });
  const [entities, setEntities] = useState<ClaimEntityValue[]>([]);
  const [dateEdtf, setDateEdtf] = useState('');
  const [status, setStatus] = useState<ClaimStatus>('unverified');
  const [reliability, setReliability] = useState<Reliability>(sourceReliability ?? DEFAULT_RELIABILITY);
  const [credibility, setCredibility] = useState<Credibility>(6);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const claim = await mutate('claims.create', {
        statement: statement.trim(),
        annotationIds: [...annotationIds],
        ...(passage ? { passage } : {}),
        ...(asserter.entityId ? { asserterEntityId: asserter.entityId } : { asserterText: asserter.name }),
        entities: entities.map((e) => ({ entityId: e.entityId, role: e.role })),
        dateEdtf: dateEdtf.trim(),
        status,
        reliability,
        credibility,
      });
      notices.notify(s.created(claim.grade), { action: { label: s.showClaim, run: () => showInClaims({ claimId: claim.id }) } });
      onCreated?.(claim);
      onClose();
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  };

  return (
    <Dialog label={s.newClaimTitle} onClose={onClose} size="medium">
      <form
        className="claim-dialog-form"
        onSubmit={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && hasModKey(e)) {
            e.preventDefault();
            void save();
          }
        }}
      >
        {annotationIds.length > 1 && <p className="muted small-text">{s.passages(annotationIds.length)}</p>}
        <div className="field claim-statement">
          <label htmlFor={`${id}-statement`}>{s.statement}</label>
          <textarea
            id={`${id}-statement`}
            data-autofocus
            rows={3}
            maxLength={20000}
            value={statement}
            onChange={(e) => setStatement(e.target.value)}
            onFocus={(e) => e.currentTarget.setSelectionRange(e.currentTarget.value.length, e.currentTarget.value.length)}
          />
        </div>
        <AsserterField value={asserter} onChange={setAsserter} />
        <ClaimEntitiesField value={entities} onChange={setEntities} />
        <SuggestedEntities
          label={s.inPassage}
          entities={suggestedEntities.filter((x) => !entities.some((e) => e.entityId === x.id))}
          addLabel={s.addSuggested}
          onAdd={(x) => setEntities([...entities, { entityId: x.id, name: x.name, kind: x.kind, role: nextRole(entities) }])}
        />
        <div className="claim-grade-grid">
          <div className="field">
            <label htmlFor={`${id}-date`}>{s.date}</label>
            <input
              id={`${id}-date`}
              type="text"
              maxLength={100}
              value={dateEdtf}
              aria-describedby={`${id}-date-hint`}
              onChange={(e) => setDateEdtf(e.target.value)}
            />
            <span id={`${id}-date-hint`} className="muted small-text">
              {s.dateHint}
            </span>
          </div>
          <GradeSelect kind="status" value={status} onChange={setStatus} />
          <GradeSelect
            kind="reliability"
            value={reliability}
            onChange={setReliability}
            hint={sourceReliability ? s.reliabilityFromSource(shorten(reliabilityText(sourceReliability), 40)) : undefined}
          />
          <GradeSelect kind="credibility" value={credibility} onChange={setCredibility} />
        </div>
        <FormProblem problem={problem} />
        <div className="dialog-actions">
          <span className="muted hint">{s.saveShortcut(modKeyName)}</span>
          <button type="button" onClick={onClose}>
            {s.cancel}
          </button>
          <button type="submit" className="primary" disabled={busy || !statement.trim()}>
            {s.saveClaim}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
