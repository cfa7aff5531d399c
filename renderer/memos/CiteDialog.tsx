import { useMemo, useState } from 'react';
import type { SourceSummary } from '../../shared/api/types';
import type { CitationKind } from '../../shared/memos/memoDoc';
import { useQuery } from '../api/QueryContext';
import { ClaimPicker } from '../claims/ClaimPicker';
import { SearchPicker, type PickerOption } from '../claims/SearchPicker';
import { Dialog } from '../ui/Dialog';
import { memosStrings as s } from './memosStrings';

const shorten = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** Cite a claim, or a highlighted passage of a source, at the cursor. */
export function CiteDialog({ onClose, onCite }: { onClose: () => void; onCite: (kind: CitationKind, refId: string) => void }) {
  const [tab, setTab] = useState<CitationKind>('claim');
  const sources = useQuery('sources.list', tab === 'annotation' ? {} : null);
  const [source, setSource] = useState<SourceSummary | null>(null);
  const highlights = useQuery('annotations.list', source ? { sourceId: source.id } : null);

  const sourceOptions = useMemo<PickerOption<SourceSummary>[]>(
    () =>
      (sources.data ?? [])
        .filter((x) => x.annotationCount > 0)
        .map((x) => ({ key: x.id, label: x.title, detail: [x.outlet, x.published].filter(Boolean).join(' · '), value: x })),
    [sources.data],
  );
  const passages = [...(highlights.data ?? [])].sort((a, b) => a.start - b.start);

  return (
    <Dialog label={s.cite.title} onClose={onClose} size="medium">
      <div role="tablist" aria-label={s.cite.title} className="tabs">
        {(['claim', 'annotation'] as const).map((kind) => (
          <button key={kind} type="button" role="tab" className="tab" aria-selected={tab === kind} onClick={() => setTab(kind)}>
            {s.cite.tabs[kind]}
          </button>
        ))}
      </div>
      {tab === 'claim' ? (
        <div role="tabpanel" aria-label={s.cite.tabs.claim}>
          <ClaimPicker label={s.cite.findClaim} placeholder={s.cite.findClaimPlaceholder} autoFocus onPick={(claim) => onCite('claim', claim.id)} />
        </div>
      ) : (
        <div role="tabpanel" aria-label={s.cite.tabs.annotation}>
          <SearchPicker label={s.cite.pickSource} options={sourceOptions} keepTextOnPick autoFocus text={source?.title ?? ''} onPick={(x) => setSource(x)} />
          {!source ? (
            <p className="muted passage-picker-note">{s.cite.chooseSourceFirst}</p>
          ) : highlights.data && passages.length === 0 ? (
            <p className="muted passage-picker-note">{s.cite.noHighlights}</p>
          ) : (
            <ul className="passage-list" aria-label={s.cite.pickPassage}>
              {passages.map((a) => (
                <li key={a.id}>
                  <button type="button" className="passage-option" onClick={() => onCite('annotation', a.id)}>
                    <span className="passage-quote">“{shorten(a.exact, 300)}”</span>
                    <span className="passage-action">{s.cite.action}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {s.cancel}
        </button>
      </div>
    </Dialog>
  );
}
