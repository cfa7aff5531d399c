import { useState } from 'react';
import type { Entity, EntitySummary } from '../../shared/api/types';
import { useMutate } from '../api/QueryContext';
import { Dialog } from '../ui/Dialog';
import { EntityPicker } from './EntityPicker';
import { entitiesStrings as s } from './entitiesStrings';
import { plainError } from './plainError';
import { FormProblem } from '../ui/FormProblem';

interface Props {
  from: EntitySummary;
  entities: readonly EntitySummary[];
  onClose: () => void;
  onMerged: (into: Entity) => void;
}

/**
 * "Merge into…": pick the entity to keep, then confirm, with what moves and
 * how to undo it said plainly before anything happens.
 */
export function MergeDialog({ from, entities, onClose, onMerged }: Props) {
  const mutate = useMutate();
  const [into, setInto] = useState<EntitySummary | null>(null);
  const [choosingAgain, setChoosingAgain] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const merge = async () => {
    if (!into || busy) return;
    setBusy(true);
    setProblem(null);
    try {
      onMerged(await mutate('entities.merge', { fromId: from.id, intoId: into.id }));
    } catch (error) {
      setProblem(plainError(error));
      setBusy(false);
    }
  };

  return (
    <Dialog label={s.mergeTitle(from.name)} onClose={onClose} size="medium">
      {into === null ? (
        <EntityPicker
          entities={entities}
          excludeId={from.id}
          autoFocus={choosingAgain}
          onPick={(picked) => {
            setProblem(null);
            setInto(picked);
          }}
        />
      ) : (
        <div className="merge-confirm">
          <p className="merge-question">
            <strong>{s.mergeWhat(from.name, into.name)}</strong>
          </p>
          <ul className="merge-moves">
            {s.mergeMoves(from.aliases.length, from.mentionCount, from.claimCount, into.name).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="muted">{s.mergeUndo(from.name)}</p>
          <div className="dialog-actions">
            <button
              type="button"
              onClick={() => {
                setChoosingAgain(true);
                setInto(null);
              }}
            >
              {s.mergeBack}
            </button>
            <button type="button" onClick={onClose}>
              {s.cancel}
            </button>
            <button type="button" className="primary" data-autofocus autoFocus disabled={busy} onClick={() => void merge()}>
              {s.mergeConfirm}
            </button>
          </div>
        </div>
      )}
      <FormProblem problem={problem} />
    </Dialog>
  );
}
