import { useId, useMemo, useState } from 'react';
import type { ImportResult, PdfReview } from '../../shared/api/types';
import { assemblePdfText } from '../../shared/sources/pdfText';
import { useMutate } from '../api/QueryContext';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/errorMessage';
import { FormProblem } from '../ui/FormProblem';
import { sourcesStrings as s } from './sourcesStrings';

interface Props {
  name: string;
  review: PdfReview;
  onImported: (result: ImportResult) => void;
  onClose: () => void;
}

/** Longest preview shown; the whole text is imported. */
const PREVIEW_CHARS = 20_000;

/**
 * A PDF whose text has running headers/footers, page numbers or words hyphenated at line ends:
 * what was found, two choices (on when found), the text they give, then Import.
 */
export function PdfReviewDialog({ name, review, onImported, onClose }: Props) {
  const mutate = useMutate();
  const { artifacts } = review;
  const hasEdges = artifacts.repeated.length > 0 || artifacts.pageNumbers > 0;
  const [stripRepeated, setStripRepeated] = useState(hasEdges);
  const [joinHyphens, setJoinHyphens] = useState(artifacts.hyphenations > 0);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const previewId = useId();
  // The text to import, page by page (a page's start marked), up to PREVIEW_CHARS.
  const preview = useMemo(() => {
    const { text, pageStarts } = assemblePdfText(review.pages, { stripRepeated, joinHyphens });
    const pages: { page: number; text: string }[] = [];
    pageStarts.forEach((start, i) => {
      if (start >= PREVIEW_CHARS) return;
      const end = Math.min(pageStarts[i + 1] ?? text.length, PREVIEW_CHARS);
      pages.push({ page: i + 1, text: text.slice(start, end).trim() });
    });
    return { pages, cut: text.length > PREVIEW_CHARS };
  }, [review.pages, stripRepeated, joinHyphens]);

  const submit = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const result = await mutate('sources.importReviewed', { name, pages: review.pages, stripRepeated, joinHyphens, title: review.title, author: review.author });
      onImported({ ...result, message: result.message ?? review.info });
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  };

  return (
    <Dialog label={s.reviewTitle(name)} onClose={onClose} size="large">
      <div className="pdf-review">
        <p>{s.reviewIntro}</p>
        <ul className="pdf-review-found">
          {artifacts.repeated.length > 0 && (
            <li>
              {s.reviewRepeated(artifacts.repeated.length)}
              <ul>
                {artifacts.repeated.map((line) => (
                  <li key={line}>
                    <q>{line}</q>
                  </li>
                ))}
              </ul>
            </li>
          )}
          {artifacts.pageNumbers > 0 && <li>{s.reviewPageNumbers(artifacts.pageNumbers)}</li>}
          {artifacts.hyphenations > 0 && <li>{s.reviewHyphens(artifacts.hyphenations)}</li>}
        </ul>
        <div className="pdf-review-choices">
          <label>
            <input type="checkbox" checked={stripRepeated} disabled={!hasEdges} onChange={(e) => setStripRepeated(e.target.checked)} />
            {s.stripRepeated}
          </label>
          <label>
            <input type="checkbox" checked={joinHyphens} disabled={artifacts.hyphenations === 0} onChange={(e) => setJoinHyphens(e.target.checked)} />
            {s.joinHyphens}
          </label>
        </div>
        <h3 id={previewId} className="pdf-review-heading">
          {s.reviewPreview} <span className="muted">({s.reviewPages(review.pages.length)})</span>
        </h3>
        <div className="pdf-review-preview" role="document" aria-labelledby={previewId} tabIndex={0}>
          {preview.pages.map(({ page, text }) => (
            <section key={page} aria-label={s.reviewPage(page)}>
              <div className="pdf-review-page muted" aria-hidden="true">
                {s.reviewPage(page)}
              </div>
              <p>{text}</p>
            </section>
          ))}
          {preview.cut && <p className="muted">…</p>}
        </div>
        <FormProblem problem={problem} />
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {s.cancel}
        </button>
        <button type="button" className="primary" data-autofocus disabled={busy} onClick={() => void submit()}>
          {s.importReviewed}
        </button>
      </div>
    </Dialog>
  );
}
