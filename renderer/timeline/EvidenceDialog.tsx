import { useMemo, useState } from 'react';
import type { EventEvidence, EvidenceKind } from '../../shared/api/timelineTypes';
import type { SourceSummary } from '../../shared/api/types';
import { useQuery } from '../api/QueryContext';
import { excerpt } from '../annotations/excerpt';
import { useNavigation } from '../app/Navigation';
import { ClaimPicker } from '../claims/ClaimPicker';
import { SearchPicker, type PickerOption } from '../claims/SearchPicker';
import { Dialog } from '../ui/Dialog';
import { useNotices } from '../ui/Notices';
import type { UndoStep } from './eventUndo';
import { timelineStrings as s } from './timelineStrings';
import { useEventMutate } from './useEventMutate';

interface Props {
  eventId: string;
  onClose: () => void;
  onUndoable: (step: UndoStep) => void;
}

/**
 * An event's evidence: the claims, passages and sources that support it.
 * Each opens in the reader; more are added with the pickers below.
 */
export function EvidenceDialog({ eventId, onClose, onUndoable }: Props) {
  const event = useQuery('events.get', { id: eventId });
  const sources = useQuery('sources.list', {});
  const [source, setSource] = useState<SourceSummary | null>(null);
  const passages = useQuery('annotations.list', source ? { sourceId: source.id } : null);
  const mutate = useEventMutate();
  const notices = useNotices();
  const nav = useNavigation();
  const evidence = event.data?.evidence ?? [];
  const title = event.data?.title ?? '';

  const sourceOptions = useMemo<PickerOption<SourceSummary>[]>(
    () => (sources.data ?? []).map((x) => ({ key: x.id, label: x.title, detail: [x.outlet, x.published].filter(Boolean).join(' · '), value: x })),
    [sources.data],
  );

  const change = async (method: 'events.addEvidence' | 'events.removeEvidence', kind: EvidenceKind, refId: string, label: string) => {
    const input = { eventId, evidence: { kind, refId } };
    const inverse = method === 'events.addEvidence' ? 'events.removeEvidence' : 'events.addEvidence';
    try {
      await mutate(method, input);
      event.reload();
      onUndoable({
        description: `${method === 'events.addEvidence' ? 'adding' : 'removing'} evidence “${excerpt(label, 40)}”`,
        undo: async () => void (await mutate(inverse, input)),
        redo: async () => void (await mutate(method, input)),
      });
    } catch (error) {
      notices.reportError(error);
    }
  };

  const open = (item: EventEvidence) => {
    if (!item.sourceId) return;
    onClose();
    const reveal =
      item.start !== null && item.end !== null ? { start: item.start, end: item.end, annotationId: item.kind === 'annotation' ? item.refId : undefined } : undefined;
    nav.openSource(item.sourceId, reveal, { focus: true });
  };

  const has = (kind: EvidenceKind, refId: string) => evidence.some((e) => e.kind === kind && e.refId === refId);

  return (
    <Dialog label={s.evidenceTitle(excerpt(title, 60))} onClose={onClose} size="large">
      {event.error && (
        <p className="inline-problem" role="alert">
          {event.error.message}
        </p>
      )}
      {evidence.length === 0 ? (
        <p className="muted">{s.evidenceNone}</p>
      ) : (
        <ul className="evidence-list">
          {evidence.map((item) => (
            <li key={`${item.kind}:${item.refId}`} className={`evidence-item${item.missing ? ' missing' : ''}`}>
              <span className={`kind-badge evidence-kind-${item.kind}`}>{s.evidenceKinds[item.kind]}</span>
              {item.sourceId && !item.missing ? (
                <button type="button" className="link-button evidence-label" aria-label={s.openInReader(item.label)} onClick={() => open(item)}>
                  {excerpt(item.label, 160)}
                </button>
              ) : (
                <span className="evidence-label">{excerpt(item.label, 160)}</span>
              )}
              {item.sourceTitle && item.kind !== 'source' && <span className="muted evidence-source">{item.sourceTitle}</span>}
              {item.missing && <span className="missing-pill">{s.missingEvidence}</span>}
              <button
                type="button"
                className="icon-button"
                aria-label={s.removeEvidence(item.label)}
                onClick={() => void change('events.removeEvidence', item.kind, item.refId, item.label)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="evidence-add">
        <ClaimPicker
          label={s.addClaim}
          placeholder={s.findClaim}
          excludeIds={evidence.filter((e) => e.kind === 'claim').map((e) => e.refId)}
          onPick={(claim) => void change('events.addEvidence', 'claim', claim.id, claim.statement)}
        />
        <SearchPicker label={s.addPassage} placeholder={s.findSource} options={sourceOptions} onPick={(picked) => setSource(picked)} keepTextOnPick text={source?.title} />
        {source && (
          <div className="evidence-source-pick">
            <button type="button" className="small" disabled={has('source', source.id)} onClick={() => void change('events.addEvidence', 'source', source.id, source.title)}>
              {s.addSource}: {excerpt(source.title, 50)}
            </button>
            <ul className="evidence-passages">
              {(passages.data ?? []).map((passage) => (
                <li key={passage.id}>
                  <button
                    type="button"
                    className="link-button"
                    disabled={has('annotation', passage.id)}
                    onClick={() => void change('events.addEvidence', 'annotation', passage.id, passage.exact)}
                  >
                    {excerpt(passage.exact, 140)}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {s.close}
        </button>
      </div>
    </Dialog>
  );
}
