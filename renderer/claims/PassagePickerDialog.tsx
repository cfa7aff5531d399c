import { useMemo, useState } from 'react';
import type { Claim, SourceSummary } from '../../shared/api/types';
import { useMutate, useQuery } from '../api/QueryContext';
import { Dialog } from '../ui/Dialog';
import { useNotices } from '../ui/Notices';
import { shorten } from './claimFormat';
import { claimsStrings as s } from './claimsStrings';
import { SearchPicker, type PickerOption } from './SearchPicker';

interface Props {
  claim: Pick<Claim, 'id' | 'statement' | 'citations'>;
  onClose: () => void;
  /** Told of the citation, so that it can be undone. */
  onCited?: (annotationId: string) => void;
}

/** From the claim panel: choose a source, then one of its highlights, to cite as more evidence. */
export function PassagePickerDialog({ claim, onClose, onCited }: Props) {
  const sources = useQuery('sources.list', {});
  const [source, setSource] = useState<SourceSummary | null>(null);
  const highlights = useQuery('annotations.list', source ? { sourceId: source.id } : null);
  const mutate = useMutate();
  const notices = useNotices();
  const [busy, setBusy] = useState(false);
  const cited = useMemo(() => new Set(claim.citations.map((c) => c.annotationId)), [claim.citations]);

  const options = useMemo<PickerOption<SourceSummary>[]>(
    () =>
      (sources.data ?? [])
        .filter((x) => x.annotationCount > 0)
        .map((x) => ({ key: x.id, label: x.title, detail: [x.outlet, x.published].filter(Boolean).join(' · '), value: x })),
    [sources.data],
  );

  const cite = async (annotationId: string) => {
    setBusy(true);
    try {
      const updated = await mutate('claims.cite', { claimId: claim.id, annotationId });
      notices.notify(s.cited(updated.citationCount));
      onCited?.(annotationId);
      onClose();
    } catch (error) {
      notices.reportError(error);
      setBusy(false);
    }
  };

  const list = [...(highlights.data ?? [])].sort((a, b) => a.start - b.start);

  return (
    <Dialog label={s.pickPassageTitle} onClose={onClose} size="medium">
      <p className="muted claim-dialog-context">“{shorten(claim.statement, 160)}”</p>
      <SearchPicker
        label={s.pickSource}
        placeholder={s.pickSourcePlaceholder}
        options={options}
        keepTextOnPick
        text={source?.title ?? ''}
        onPick={(x) => setSource(x)}
      />
      {!source ? (
        <p className="muted passage-picker-note">{s.chooseSourceFirst}</p>
      ) : highlights.data && list.length === 0 ? (
        <p className="muted passage-picker-note">{s.noHighlights}</p>
      ) : (
        <ul className="passage-list" aria-label={s.pickHighlight}>
          {list.map((a) => {
            const already = cited.has(a.id);
            return (
              <li key={a.id}>
                <button type="button" className="passage-option" disabled={busy || already} onClick={() => void cite(a.id)}>
                  <span className="passage-quote">“{shorten(a.exact, 300)}”</span>
                  <span className="passage-action">{already ? s.alreadyCited : s.cite}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {s.cancel}
        </button>
      </div>
    </Dialog>
  );
}
