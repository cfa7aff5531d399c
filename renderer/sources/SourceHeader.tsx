import { useState } from 'react';
import { reliabilityLabel } from '../../shared/grades/reliability';
import type { Source } from '../../shared/api/types';
import { useMutate } from '../api/QueryContext';
import { useNavigation } from '../app/Navigation';
import { readerStrings as r } from '../reader/readerStrings';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { formatDateTime } from '../ui/formatDateTime';
import { useNotices } from '../ui/Notices';
import { EditSourceDialog } from './EditSourceDialog';
import { sourcesStrings as s } from './sourcesStrings';

/** Title, description and the source's own actions above the reader. */
export function SourceHeader({ source, highlightCount }: { source: Source; highlightCount: number }) {
  const mutate = useMutate();
  const nav = useNavigation();
  const notices = useNotices();
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);

  const facts = [
    source.outlet,
    source.author,
    source.published,
    `${source.reliability} — ${reliabilityLabel(source.reliability)}`,
    r.meta.highlights(highlightCount),
  ].filter(Boolean);

  return (
    <header className="source-header">
      <div className="source-heading">
        <h2 className="source-title" title={source.title}>
          {source.title || s.untitled}
        </h2>
        <p className="source-facts">
          {facts.map((fact, i) => (
            <span key={i}>{fact}</span>
          ))}
          <span className="muted" title={r.meta.addedBy(formatDateTime(source.createdAt), source.createdBy)}>
            {r.meta.added} {formatDateTime(source.createdAt)}
          </span>
        </p>
        {source.url && (
          <p className="source-url muted" title={source.url}>
            {source.url}
          </p>
        )}
        {source.notes && <p className="source-notes">{source.notes}</p>}
      </div>
      <div className="source-actions">
        <button type="button" className="small" onClick={() => setDialog('edit')}>
          {s.editDetails}
        </button>
        <button type="button" className="small danger-quiet" onClick={() => setDialog('delete')}>
          {s.deleteSource}
        </button>
      </div>
      {dialog === 'edit' && <EditSourceDialog source={source} onClose={() => setDialog(null)} />}
      {dialog === 'delete' && (
        <ConfirmDialog
          label={s.deleteConfirmTitle}
          message={s.deleteConfirm(source.title)}
          confirmLabel={s.deleteConfirmButton}
          danger
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            try {
              await mutate('sources.delete', { id: source.id });
              setDialog(null);
              nav.selectSource(null);
              notices.notify(s.deleted(source.title), {
                timeoutMs: 10000,
                action: {
                  label: s.undo,
                  run: async () => {
                    await mutate('trash.restore', { kind: 'source', id: source.id });
                    nav.openSource(source.id);
                  },
                },
              });
            } catch (error) {
              setDialog(null);
              notices.reportError(error);
            }
          }}
        />
      )}
    </header>
  );
}
