import type { ImportResult } from '../../shared/api/types';
import { useQuery } from '../api/QueryContext';
import { importAdvice, sortImportResults } from './importAdvice';
import { sourcesStrings as s } from './sourcesStrings';

interface Props {
  results: readonly ImportResult[];
  cancelled?: { notRead: number; imported: number };
  onOpen: (sourceId: string) => void;
  /** Opens the review of a file held back (status 'review'), by its index in results. */
  onReview: (index: number) => void;
  onImportAsSuggested: () => void;
}

/**
 * One row per file in aligned columns (status, file and what happened, action):
 * failures first with what to do about them, then duplicates, then the imported.
 */
export function ImportSummary({ results, cancelled, onOpen, onReview, onImportAsSuggested }: Props) {
  const sources = useQuery('sources.list', {});
  const titleOf = (id: string | undefined, fallback: string | undefined) =>
    sources.data?.find((src) => src.id === id)?.title ?? fallback ?? s.untitled;
  const count = (status: ImportResult['status']) => results.filter((r) => r.status === status).length;

  return (
    <div className="import-summary">
      <p className="import-counts">{s.summaryCounts(count('imported'), count('duplicate'), count('failed'), count('review'))}</p>
      {cancelled && (
        <p className="import-cancelled" role="note">
          {s.cancelledNote(cancelled.notRead, cancelled.imported)}
        </p>
      )}
      {count('review') > 0 && (
        <p className="import-review-all">
          <button type="button" className="small" onClick={onImportAsSuggested}>
            {s.reviewAll(count('review'))}
          </button>
        </p>
      )}
      <ul className="import-results" aria-label={s.summaryTitle}>
        {sortImportResults(results).map((r) => {
          const index = results.indexOf(r);
          const advice = r.status === 'failed' ? importAdvice(r.message) : null;
          const target = r.status === 'duplicate' ? r.duplicateOf : r.sourceId;
          return (
            <li key={`${index}-${r.name}`} className={`import-result import-${r.status}`}>
              <span className={`status-badge status-${r.status}`}>
                {r.status === 'imported'
                  ? s.statusImported
                  : r.status === 'duplicate'
                    ? s.statusDuplicate
                    : r.status === 'review'
                      ? s.statusReview
                      : s.statusFailed}
              </span>
              <div className="import-result-body">
                <div className="import-file-name" title={r.name}>
                  {r.name}
                </div>
                <div className="import-detail">
                  {r.status === 'imported' && s.importedAs(r.title ?? s.untitled)}
                  {r.status === 'duplicate' && s.duplicateOf(titleOf(r.duplicateOf, r.title))}
                  {r.status === 'failed' && (r.message ?? '')}
                  {r.status === 'review' && s.reviewNeeded}
                  {r.status === 'imported' && r.message ? ` — ${r.message}` : ''}
                </div>
                {advice && <div className="import-advice">{advice}</div>}
              </div>
              <span className="import-action">
                {r.status === 'review' && (
                  <button type="button" className="small" aria-label={`${s.review} ${r.name}`} onClick={() => onReview(index)}>
                    {s.review}
                  </button>
                )}
                {r.status !== 'failed' && r.status !== 'review' && target && (
                  <button
                    type="button"
                    className="small"
                    aria-label={`${s.open} ${r.status === 'duplicate' ? titleOf(r.duplicateOf, r.title) : (r.title ?? r.name)}`}
                    onClick={() => onOpen(target)}
                  >
                    {s.open}
                  </button>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
