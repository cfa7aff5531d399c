import { useState } from 'react';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/errorMessage';
import type { PastedEvents } from './pastedRows';
import { timelineStrings as s } from './timelineStrings';
import { FormProblem } from '../ui/FormProblem';

interface Props {
  pasted: PastedEvents;
  onConfirm: (pasted: PastedEvents) => Promise<void>;
  onClose: () => void;
}

const SHOWN_PROBLEMS = 50;

/** A short confirmation before pasted spreadsheet rows become events: how many, and which rows have problems. */
export function PasteDialog({ pasted, onConfirm, onClose }: Props) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const errors = pasted.problems.filter((p) => p.errors.length > 0).length;
  const columns = pasted.columns.map((c) => (c ? s.columns[c === 'date' ? 'date' : c] : '—')).join(', ');

  const confirm = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await onConfirm(pasted);
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  };

  return (
    <Dialog label={s.pasteTitle} onClose={onClose} size="medium">
      <p>{s.pasteSummary(pasted.rowCount, errors)}</p>
      <p className="muted">{s.pasteColumns(columns)}</p>
      {pasted.problems.length > 0 && (
        <table className="import-table">
          <thead>
            <tr>
              <th scope="col">{s.row}</th>
              <th scope="col">{s.columns.title}</th>
              <th scope="col">{s.problems}</th>
            </tr>
          </thead>
          <tbody>
            {pasted.problems.slice(0, SHOWN_PROBLEMS).map((p) => (
              <tr key={p.row} className={p.errors.length ? 'row-error' : 'row-warning'}>
                <td>{p.row}</td>
                <td>{p.title}</td>
                <td>{[...p.errors, ...p.warnings].join(' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pasted.problems.length > SHOWN_PROBLEMS && <p className="muted">{s.importMore(pasted.problems.length - SHOWN_PROBLEMS)}</p>}
      <FormProblem problem={problem} />
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {s.cancel}
        </button>
        <button type="button" className="primary" data-autofocus disabled={busy || pasted.events.length === 0} onClick={() => void confirm()}>
          {s.pasteAdd(pasted.events.length)}
        </button>
      </div>
    </Dialog>
  );
}
