import { useId, useState } from 'react';
import type { ImportCommitResult, ImportPreview, Timeline } from '../../shared/api/timelineTypes';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/errorMessage';
import { timelineStrings as s } from './timelineStrings';
import { useEventMutate } from './useEventMutate';
import { FormProblem } from '../ui/FormProblem';

interface Props {
  preview: ImportPreview;
  /** The chosen file's name: the new timeline is named after it. */
  fileName: string;
  /** The timeline shown when importing (null: All events): offered as the target. */
  currentTimeline: Timeline | null;
  onClose: () => void;
  onImported: (result: ImportCommitResult) => void;
}

function baseName(fileTitle: string): string {
  return fileTitle.replace(/\.[^.]+$/, '').slice(0, 200) || 'Imported events';
}

/**
 * What a CSV or TimelineJS file would bring, before anything changes: the
 * format and encoding found, missing and ignored columns, the rows with their
 * errors and warnings; then import into this timeline or a new one.
 */
export function ImportDialog({ preview, fileName, currentTimeline, onClose, onImported }: Props) {
  const id = useId();
  const mutate = useEventMutate();
  const [skipInvalid, setSkipInvalid] = useState(preview.validRows < preview.totalRows);
  const [target, setTarget] = useState<'this' | 'new'>(currentTimeline ? 'this' : 'new');
  const [newName, setNewName] = useState(() => baseName(fileName));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const invalid = preview.totalRows - preview.validRows;
  const importable = skipInvalid ? preview.validRows : invalid > 0 ? 0 : preview.totalRows;

  const commit = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const result = await mutate('timelines.importCommit', {
        token: preview.token,
        skipInvalid,
        ...(target === 'this' && currentTimeline ? { timelineId: currentTimeline.id } : { newTimelineName: newName.trim() }),
      });
      onImported(result);
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  };

  return (
    <Dialog label={s.importTitle} onClose={onClose} size="large">
      <p>
        <strong>{s.importFormat(preview.format, preview.encoding)}</strong> — {s.importCounts(preview.totalRows, preview.validRows)}
      </p>
      {preview.missingColumns.length > 0 && <p className="inline-problem">{s.importMissing(preview.missingColumns.join(', '))}</p>}
      {preview.ignoredColumns.length > 0 && <p className="muted">{s.importIgnored(preview.ignoredColumns.join(', '))}</p>}
      <div className="import-table-wrap">
        <table className="import-table">
          <thead>
            <tr>
              <th scope="col">{s.importColumns.row}</th>
              <th scope="col">{s.importColumns.date}</th>
              <th scope="col">{s.importColumns.words}</th>
              <th scope="col">{s.importColumns.title}</th>
              <th scope="col">{s.importColumns.type}</th>
              <th scope="col">{s.importColumns.problems}</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.rowNumber} className={row.errors.length ? 'row-error' : row.warnings.length ? 'row-warning' : undefined}>
                <td>{row.rowNumber}</td>
                <td className="mono import-date">{row.dateEdtf}</td>
                <td className="import-date-words">{row.dateWords}</td>
                <td className="import-title">{row.title}</td>
                <td>{row.typeName}</td>
                <td>{[...row.errors, ...row.warnings].join(' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.totalRows > preview.rows.length && <p className="muted">{s.importMore(preview.totalRows - preview.rows.length)}</p>}
      {invalid > 0 && (
        <label className="checkbox-field">
          <input type="checkbox" checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)} />
          {s.importSkipInvalid}
        </label>
      )}
      {invalid > 0 && !skipInvalid && <p className="inline-problem">{s.importHasErrors}</p>}
      <fieldset className="import-target">
        <legend>{s.importTarget}</legend>
        {currentTimeline && (
          <label className="checkbox-field">
            <input type="radio" name={`${id}-target`} checked={target === 'this'} onChange={() => setTarget('this')} />
            {s.importIntoThis(currentTimeline.name)}
          </label>
        )}
        <label className="checkbox-field">
          <input type="radio" name={`${id}-target`} checked={target === 'new'} onChange={() => setTarget('new')} />
          {s.importIntoNew}
        </label>
        <input
          type="text"
          aria-label={s.importIntoNew}
          value={newName}
          maxLength={200}
          disabled={target !== 'new'}
          onChange={(e) => setNewName(e.target.value)}
        />
      </fieldset>
      <FormProblem problem={problem} />
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {s.cancel}
        </button>
        <button
          type="button"
          className="primary"
          data-autofocus
          disabled={busy || importable === 0 || (target === 'new' && !newName.trim())}
          onClick={() => void commit()}
        >
          {s.importCommit(importable)}
        </button>
      </div>
    </Dialog>
  );
}
