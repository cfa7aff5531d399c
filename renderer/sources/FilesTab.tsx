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
  onDrop: (files: File[]) => void;
  onRemove: (index: number) => void;
  onImport: () => void;
  onCancel: () => void;
}

/** The "Files" tab: gather files by chooser or drop, see problems early, then import them all. */
export function FilesTab({ files, busy, progress, onChoose, onDrop, onRemove, onImport, onCancel }: Props) {
  return (
    <div className="files-tab">
      <FileDropZone className="files-drop" overlayText={s.dropHere} onFiles={onDrop}>
        <p>{s.dropZone}</p>
        <button type="button" data-autofocus onClick={onChoose} disabled={busy}>
          {s.chooseFiles}
        </button>
      </FileDropZone>
      {files.length === 0 ? (
        <p className="muted">{s.noFilesChosen}</p>
      ) : (
        <ul className="chosen-files" aria-label={s.chosenFiles}>
          {files.map((file, index) => {
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
        </ul>
      )}
      {progress && (
        <div role="status" className="import-progress">
          <span className="import-progress-text">
            {progress.current ? s.importingFile(progress.done + 1, progress.total, progress.current) : s.importing(progress.done, progress.total)}
          </span>
          {/* No value while the first file is read: the bar moves instead of sitting at zero. */}
          <progress max={progress.total} value={progress.done > 0 ? progress.done : undefined} />
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {s.cancel}
        </button>
        <button type="button" className="primary" disabled={busy || files.length === 0} onClick={onImport}>
          {s.import}
        </button>
      </div>
    </div>
  );
}
