import { useId, useState } from 'react';
import { reliabilityLabel } from '../../shared/grades/reliability';
import type { Source } from '../../shared/api/types';
import { useMutate, useQuery } from '../api/QueryContext';
import { useNavigation } from '../app/Navigation';
import { readerStrings as r } from '../reader/readerStrings';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { formatDateTime } from '../ui/formatDateTime';
import { useNotices } from '../ui/Notices';
import { EditSourceDialog } from './EditSourceDialog';
import { sourcesStrings as s } from './sourcesStrings';

const DETAILS_KEY = 'dossier:source-details-open';

/** The header stays two lines unless the person asks for URL, notes and who added it; the choice is remembered. */
function readDetailsOpen(): boolean {
  try {
    return localStorage.getItem(DETAILS_KEY) === '1';
  } catch {
    return false;
  }
}

function writeDetailsOpen(open: boolean): void {
  try {
    localStorage.setItem(DETAILS_KEY, open ? '1' : '0');
  } catch {
    // Not remembered; the header simply starts closed next time.
  }
}

/** Title, description and the source's own actions above the reader. */
export function SourceHeader({ source, highlightCount }: { source: Source; highlightCount: number }) {
  const mutate = useMutate();
  const nav = useNavigation();
  const notices = useNotices();
  const me = useQuery('app.info', {}).data?.userName;
  const id = useId();
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  const [open, setOpen] = useState(readDetailsOpen);

  const facts = [
    source.outlet,
    source.author,
    source.published,
    `${source.reliability} — ${reliabilityLabel(source.reliability)}`,
    r.meta.highlights(highlightCount),
    source.format === 'pdf' && source.pageStarts ? r.meta.pdfPages(source.pageStarts.length) : source.format === 'docx' ? r.meta.wordDocument : '',
  ].filter(Boolean);
  const added = r.meta.addedBy(formatDateTime(source.createdAt), source.createdBy === me ? '' : source.createdBy);

  return (
    <header className={`source-header${open ? ' details-open' : ''}`}>
      <div className="source-heading">
        <h2 className="source-title" title={source.title}>
          {source.title || s.untitled}
        </h2>
        <p className="source-facts" title={open ? undefined : [...facts, added].join(' · ')}>
          {facts.map((fact, i) => (
            <span key={i}>{fact}</span>
          ))}
          {open && <span className="muted">{added}</span>}
        </p>
        {open && (
          <div id={`${id}-details`} className="source-details">
            {source.url && (
              <p className="source-url muted" title={source.url}>
                {source.url}
              </p>
            )}
            {source.notes && <p className="source-notes">{source.notes}</p>}
          </div>
        )}
      </div>
      <div className="source-actions">
        <button
          type="button"
          className="small quiet details-toggle"
          aria-expanded={open}
          aria-controls={open ? `${id}-details` : undefined}
          title={open ? s.hideDetailsHint : s.showDetailsHint}
          onClick={() => {
            setOpen(!open);
            writeDetailsOpen(!open);
          }}
        >
          {open ? s.lessDetails : s.details}
        </button>
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
                fullText: source.title,
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
