import { useCallback, useEffect, useRef, useState } from 'react';
import type { MergeItem, MergeKindSummary, MergePreview, MergeResult } from '../../shared/api/exchangeTypes';
import { DossierError } from '../../shared/api/errors';
import { MAX_SOURCE_FILE_BYTES, formatBytes } from '../../shared/sources/sourceLimits';
import { useApi } from '../api/ApiContext';
import { useMutate } from '../api/QueryContext';
import { pickFilesWithInput } from '../api/pickFilesWithInput';
import { readFileAsBase64 } from '../api/readFileAsBase64';
import { projectsStrings as ps } from '../projects/projectsStrings';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/errorMessage';
import { formatDateTime } from '../ui/formatDateTime';
import { FormProblem } from '../ui/FormProblem';
import { exchangeStrings as s } from './exchangeStrings';

/** The contract's upload limit for a project file. */
const MAX_UPLOAD_BYTES = MAX_SOURCE_FILE_BYTES * 2;

type Stage =
  | { step: 'checking'; fileName: string }
  | { step: 'preview'; preview: MergePreview & { stagingId: string } }
  | { step: 'merging'; preview: MergePreview & { stagingId: string } }
  | { step: 'failed'; problem: string };

interface Props {
  onClose: () => void;
  onMerged: (result: MergeResult) => void;
}

/**
 * "Merge a colleague's file…": choose the file (a native dialog on the
 * desktop, an upload in browser mode), see what it would change per kind,
 * then Merge or Cancel. A bad file shows core's message and changes nothing.
 */
export function MergeDialog({ onClose, onMerged }: Props) {
  const client = useApi();
  const mutate = useMutate();
  const [stage, setStage] = useState<Stage | null>(null);
  const staged = useRef<string | null>(null);

  const choose = useCallback(async () => {
    try {
      let input: { path: string } | { file: { name: string; dataBase64: string } };
      if (client.shell.kind === 'desktop') {
        const path = await client.shell.pickMergeFile();
        if (!path) return false;
        input = { path };
      } else {
        const file = (await pickFilesWithInput('.dossier', false))?.[0];
        if (!file) return false;
        if (!file.name.toLowerCase().endsWith('.dossier')) throw new DossierError('NOT_A_PROJECT', s.notDossier);
        if (file.size > MAX_UPLOAD_BYTES) throw new DossierError('FILE_TOO_LARGE', ps.uploadTooLarge(formatBytes(file.size), formatBytes(MAX_UPLOAD_BYTES)));
        setStage({ step: 'checking', fileName: file.name });
        input = { file: { name: file.name, dataBase64: await readFileAsBase64(file) } };
      }
      if ('path' in input) setStage({ step: 'checking', fileName: input.path.split(/[\\/]/).pop() ?? input.path });
      const preview = await client.call('exchange.previewMerge', input);
      staged.current = preview.stagingId;
      setStage({ step: 'preview', preview });
    } catch (error) {
      setStage({ step: 'failed', problem: errorMessage(error) });
    }
    return true;
  }, [client]);

  // The file is chosen as the command runs; cancelling the chooser closes the dialog unseen.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void choose().then((chosen) => {
      if (!chosen) onClose();
    });
  }, [choose, onClose]);

  const cancel = useCallback(() => {
    const stagingId = staged.current;
    staged.current = null;
    if (stagingId) void client.call('exchange.cancelMerge', { stagingId }).catch(() => undefined);
    onClose();
  }, [client, onClose]);

  const merge = async () => {
    if (stage?.step !== 'preview') return;
    const { preview } = stage;
    setStage({ step: 'merging', preview });
    try {
      const result = await mutate('exchange.applyMerge', { stagingId: preview.stagingId });
      staged.current = null;
      onMerged(result);
    } catch (error) {
      staged.current = null;
      setStage({ step: 'failed', problem: errorMessage(error) });
    }
  };

  if (stage === null) return null;
  return (
    <Dialog label={s.previewTitle} onClose={cancel} size="large">
      <div className="merge-dialog">
        {stage.step === 'checking' && (
          <p role="status" className="muted">
            {s.checking(stage.fileName)}
          </p>
        )}
        {stage.step === 'failed' && (
          <>
            <FormProblem problem={stage.problem} />
            <div className="dialog-actions">
              <button type="button" onClick={cancel}>
                {s.close}
              </button>
              <button type="button" className="primary" data-autofocus onClick={() => void choose()}>
                {s.chooseAnother}
              </button>
            </div>
          </>
        )}
        {(stage.step === 'preview' || stage.step === 'merging') && (
          <PreviewBody preview={stage.preview} busy={stage.step === 'merging'} onMerge={() => void merge()} onCancel={cancel} />
        )}
      </div>
    </Dialog>
  );
}

function total(k: MergeKindSummary): number {
  return k.added + k.updated + k.deleted + k.conflicts + k.linkChanges;
}

function PreviewBody({ preview, busy, onMerge, onCancel }: { preview: MergePreview; busy: boolean; onMerge: () => void; onCancel: () => void }) {
  const peer = preview.peerName || preview.fileName;
  const conflicts = preview.kinds.reduce((n, k) => n + k.conflicts, 0);
  return (
    <>
      <p>
        <strong>{preview.fileName}</strong>
        <br />
        {s.from(peer, preview.exportedBy, preview.exportedAt ? formatDateTime(preview.exportedAt) : '')}
      </p>
      <p className="muted" data-testid="last-exchange">
        {preview.lastExchange
          ? s.lastExchange(preview.lastExchange.peerName || peer, formatDateTime(preview.lastExchange.mergedAt), preview.lastExchange.fileName)
          : s.firstExchange(peer)}
      </p>
      {preview.changes === 0 ? (
        <p role="status">{s.nothingNew}</p>
      ) : (
        <>
          <table className="data-table merge-counts">
            <caption className="visually-hidden">{s.previewTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{s.columns.kind}</th>
                <th scope="col">{s.columns.added}</th>
                <th scope="col">{s.columns.updated}</th>
                <th scope="col">{s.columns.deleted}</th>
                <th scope="col">{s.columns.conflicts}</th>
                <th scope="col">{s.columns.links}</th>
              </tr>
            </thead>
            <tbody>
              {preview.kinds.map((k) => (
                <tr key={k.kind} className={total(k) === 0 ? 'muted' : undefined}>
                  <th scope="row">{s.kinds[k.kind]}</th>
                  <td>{k.added}</td>
                  <td>{k.updated}</td>
                  <td>{k.deleted}</td>
                  <td className={k.conflicts > 0 ? 'merge-conflict-count' : undefined}>{k.conflicts}</td>
                  <td>{k.linkChanges}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.duplicateSources > 0 && <p>{s.duplicates(preview.duplicateSources)}</p>}
          {preview.entityMerges > 0 && <p>{s.entityMerges(preview.entityMerges)}</p>}
          {conflicts > 0 && <p className="muted">{s.conflictsNote}</p>}
          {preview.kinds.some((k) => k.linkChanges > 0) && <p className="muted small">{s.linksNote}</p>}
          <div className="merge-lists">
            {preview.kinds.flatMap((k) =>
              (['added', 'updated', 'deleted', 'conflicts'] as const)
                .filter((what) => k[what] > 0 && k.lists[what].length > 0)
                .map((what) => <ItemList key={`${k.kind}-${what}`} kind={s.kinds[k.kind]} what={s.columns[what]} count={k[what]} items={k.lists[what]} />),
            )}
          </div>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} disabled={busy}>
          {s.cancel}
        </button>
        <button type="button" className="primary" data-autofocus onClick={onMerge} disabled={busy}>
          {busy ? s.merging : s.merge}
        </button>
      </div>
    </>
  );
}

function ItemList({ kind, what, count, items }: { kind: string; what: string; count: number; items: MergeItem[] }) {
  return (
    <details className="merge-list">
      <summary>{s.listHeading(what, kind, count)}</summary>
      <ul>
        {items.map((item) => (
          <li key={`${item.table}:${item.id}`}>{item.title || s.untitled}</li>
        ))}
      </ul>
      {count > items.length && <p className="muted">{s.moreNotListed(count - items.length)}</p>}
    </details>
  );
}
