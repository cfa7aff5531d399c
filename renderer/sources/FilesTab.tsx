import type { PickedFile } from '../../shared/api/host';
import { formatBytes } from '../../shared/sources/sourceLimits';
import { FileDropZone } from './FileDropZone';
import { precheckFile, type ImportProgress } from './runImport';
import { sourcesStrings as s } from './sourcesStrings';

interface Props {
  files: readonly PickedFile[];
  busy: boolean;
  progress: ImportProgress | null;
  onChoose: () => void;
  onChooseFolder: () => void;
  onDrop: (files: File[]) => void;
  onRemove: (index: number) => void;
  onImport: () => void;
  onCancelImport: (jobId: string) => void;
  onCancel: () => void;
}

/** Rows listed before "…and N more": a folder of thousands stays quick to show. */
const LISTED = 200;

/** The "Files" tab: gather files or folders by chooser or drop, see problems early, import them all as one job. */
export function FilesTab({ files, busy, progress, onChoose, onChooseFolder, onDrop, onRemove, onImport, onCancelImport, onCancel }: Props) {
  return (
    <div className="files-tab">
      <FileDropZone className="files-drop" overlayText={s.dropHere} onFiles={onDrop}>
        <p>{s.dropZone}</p>
        <div className="files-choose">
          <button type="button" data-autofocus onClick={onChoose} disabled={busy}>
            {s.chooseFiles}
          </button>
          <button type="button" onClick={onChooseFolder} disabled={busy}>
            {s.chooseFolder}
          </button>
        </div>
      </FileDropZone>
      {files.length === 0 ? (
        <p className="muted">{s.noFilesChosen}</p>
      ) : (
        <ul className="chosen-files" aria-label={s.chosenFiles}>
          {files.slice(0, LISTED).map((file, index) => {
            const problem = precheckFile(file);
            return (
              <li key={`${index}-${file.name}`} className={problem ? 'has-problem' : undefined}>
                <span className="file-name">{file.name}</span>
                <span className="muted">{formatBytes(file.size)}</span>
                {problem && <span className="file-problem">{problem}</span>}
                <button
                  type="button"
                  className="icon-button"
                  aria-label={s.removeFile(file.name)}
                  disabled={busy}
                  onClick={() => onRemove(index)}
                >
                  ×
                </button>
              </li>
            );
          })}
          {files.length > LISTED && <li className="muted">{s.moreFiles(files.length - LISTED)}</li>}
        </ul>
      )}
      {progress && (
        <div role="status" className="import-progress">
          <span className="import-progress-text">
            {progress.current ? s.importingFile(Math.min(progress.done + 1, progress.total), progress.total, progress.current) : s.importing(progress.done, progress.total)}
          </span>
          {/* No value while the first file is read: the bar moves instead of sitting at zero. */}
          <progress max={progress.total} value={progress.done > 0 ? progress.done : undefined} aria-label={s.filesDone(progress.done, progress.total)} />
          <span className="import-progress-meta muted">
            {s.filesDone(progress.done, progress.total)}
            {typeof progress.etaMs === 'number' && progress.etaMs > 0 ? ` · ${s.timeLeft(progress.etaMs)}` : ''}
          </span>
        </div>
      )}
      <div className="dialog-actions">
        {progress?.jobId ? (
          <button type="button" disabled={progress.cancelling} onClick={() => onCancelImport(progress.jobId as string)}>
            {progress.cancelling ? s.cancellingImport : s.cancelImport}
          </button>
        ) : (
          <button type="button" onClick={onCancel}>
            {s.cancel}
          </button>
        )}
        <button type="button" className="primary" disabled={busy || files.length === 0} onClick={onImport}>
          {s.import}
        </button>
      </div>
    </div>
  );
}
