import type { CitationInfo } from '../../shared/api/memoTypes';
import { describeEdtf } from '../../shared/dates/edtf';
import { memosStrings as s } from './memosStrings';

/** What a footnote rests on: the claim, the quote, its source and date, the grade; or that it is gone. */
export function CitationCard({
  n,
  info,
  style,
  reach,
}: {
  n: string;
  info: CitationInfo | undefined;
  style: React.CSSProperties;
  /** Shown for the keyboard (the footnote selected, or the caret beside it): announced, with the key that opens it. */
  reach?: 'selected' | 'caret' | undefined;
}) {
  const canOpen = info !== undefined && !info.removed && info.sourceId !== null && info.start !== null;
  return (
    <div className="memo-citation-card" role="tooltip" id="memo-citation-card" aria-live={reach ? 'polite' : undefined} style={style}>
      <div className="memo-citation-card-head">
        <span className="memo-citation-card-n">{s.footnote(n)}</span>
        {info && !info.removed && info.grade && <span className="memo-citation-grade">{s.grade(info.grade)}</span>}
      </div>
      {!info ? (
        <p className="muted">{s.loading}</p>
      ) : info.removed ? (
        <p className="memo-citation-removed">
          {s.sourceRemoved} <span className="muted">{s.removedExplained}</span>
        </p>
      ) : (
        <>
          {info.statement && <p className="memo-citation-statement">{info.statement}</p>}
          {info.quote ? <blockquote className="memo-citation-quote">“{info.quote.length > 400 ? `${info.quote.slice(0, 399)}…` : info.quote}”</blockquote> : <p className="muted">{s.noPassage}</p>}
          <p className="memo-citation-source">
            {[info.sourceTitle, info.outlet, info.published ? describeEdtf(info.published) : '', info.page ? s.page(info.page) : '']
              .filter((x) => x.trim() !== '')
              .join(' · ')}
          </p>
          {canOpen && <p className="memo-citation-hint muted">{reach === 'selected' ? s.enterToOpen : reach === 'caret' ? s.altEnterToOpen : s.clickToOpen}</p>}
        </>
      )}
    </div>
  );
}
