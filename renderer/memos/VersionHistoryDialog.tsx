import { EditorContent, useEditor } from '@tiptap/react';
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import type { Memo, MemoVersion, MemoVersionSummary } from '../../shared/api/memoTypes';
import { useApi } from '../api/ApiContext';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/errorMessage';
import { formatDateTime } from '../ui/formatDateTime';
import { memoExtensions } from './editor/memoExtensions';
import { memosStrings as s } from './memosStrings';
import { FormProblem } from '../ui/FormProblem';

const h = s.history;

/** A version's document, read-only, with the same blocks as the editor. */
function VersionView({ version }: { version: MemoVersion }) {
  const editor = useEditor(
    {
      extensions: memoExtensions(),
      content: version.doc,
      editable: false,
      editorProps: { attributes: { class: 'memo-prose', 'aria-label': h.versionText(h.label(version)) } },
    },
    [version.id],
  );
  return (
    <div className="memo-version-view">
      <EditorContent editor={editor} />
    </div>
  );
}

interface Props {
  memoId: string;
  /** Saves what was typed, so that a snapshot or a restore starts from the memo as on screen. */
  beforeChange: () => Promise<unknown>;
  onRestored: (memo: Memo) => void;
  onClose: () => void;
}

/** The memo's versions: save a named one, view one read-only, restore one. */
export function VersionHistoryDialog({ memoId, beforeChange, onRestored, onClose }: Props) {
  const id = useId();
  const client = useApi();
  const [versions, setVersions] = useState<MemoVersionSummary[] | null>(null);
  const [viewing, setViewing] = useState<MemoVersion | null>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const load = useCallback(() => client.call('memos.versions.list', { memoId }).then(setVersions, (error: unknown) => setProblem(errorMessage(error))), [client, memoId]);
  useEffect(() => void load(), [load]);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const snapshot = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await beforeChange();
      await client.call('memos.snapshot', { id: memoId, name: name.trim() });
      setName('');
      await load();
    });
  };

  const view = (versionId: string) => void run(async () => setViewing(await client.call('memos.versions.get', { id: versionId })));

  const restore = (version: MemoVersion) =>
    void run(async () => {
      await beforeChange();
      onRestored(await client.call('memos.restoreVersion', { versionId: version.id }));
    });

  return (
    <Dialog label={h.title} onClose={onClose} size="large">
      <div className="memo-history">
        <form className="memo-history-snapshot" onSubmit={snapshot}>
          <div className="field">
            <label htmlFor={`${id}-name`}>{h.name}</label>
            <input id={`${id}-name`} value={name} maxLength={200} placeholder={h.namePlaceholder} onChange={(e) => setName(e.target.value)} />
          </div>
          <button type="submit" disabled={busy || name.trim() === ''}>
            {h.saveNamed}
          </button>
        </form>
        <FormProblem problem={problem} />
        <div className="memo-history-body">
          <ul className="memo-history-list" aria-label={h.listLabel}>
            {versions === null && <li className="muted">{s.loading}</li>}
            {versions?.length === 0 && <li className="muted">{h.none}</li>}
            {versions?.map((version) => (
              <li key={version.id} className={viewing?.id === version.id ? 'on' : undefined}>
                <button type="button" className="quiet" aria-pressed={viewing?.id === version.id} aria-label={h.viewLabel(h.label(version), formatDateTime(version.createdAt))} onClick={() => view(version.id)}>
                  <span className="memo-version-name">{h.label(version)}</span>
                  <span className="muted">
                    {formatDateTime(version.createdAt)}
                    {version.createdBy ? ` · ${version.createdBy}` : ''} · {s.words(version.wordCount)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <div className="memo-history-preview">
            {viewing ? (
              <>
                <div className="memo-history-preview-head">
                  <strong>{h.label(viewing)}</strong>
                  <button type="button" className="primary" disabled={busy} onClick={() => restore(viewing)}>
                    {h.restore}
                  </button>
                </div>
                <VersionView version={viewing} />
              </>
            ) : (
              <p className="muted">{h.pick}</p>
            )}
          </div>
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {s.close}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
