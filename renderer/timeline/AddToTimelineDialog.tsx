import { useId, useState, type FormEvent } from 'react';
import { useNavigation } from '../app/Navigation';
import { excerpt } from '../annotations/excerpt';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/errorMessage';
import { hasModKey } from '../ui/keyboard';
import { useNotices } from '../ui/Notices';
import { readCurrentTimeline } from './currentTimeline';
import { EdtfField } from './EdtfField';
import { timelineStrings as s } from './timelineStrings';
import { requestTimelinesView } from './timelinesViewRequests';
import { useEventMutate } from './useEventMutate';
import { useQuery } from '../api/QueryContext';
import { FormProblem } from '../ui/FormProblem';

export type EvidenceSource = { annotationId: string } | { claimId: string };

interface Props {
  from: EvidenceSource;
  /** The quote or the statement: the title to start from. */
  text: string;
  onClose: () => void;
}

/**
 * From a highlighted passage or a claim to an event in one step: the title
 * starts as the text, the date as the first one found in it (relative phrases
 * read against the source's published date); the analyst confirms or edits,
 * picks a type and timelines, and the text becomes the event's evidence.
 */
export function AddToTimelineDialog({ from, text, onClose }: Props) {
  const id = useId();
  const mutate = useEventMutate();
  const notices = useNotices();
  const nav = useNavigation();
  const suggestions = useQuery('events.suggestDates', from);
  const types = useQuery('eventTypes.list', {});
  const timelines = useQuery('timelines.list', {});
  const [title, setTitle] = useState(() => excerpt(text, 300));
  const [date, setDate] = useState<string | null>(null);
  const [typeId, setTypeId] = useState<string>('');
  // Until the analyst ticks or unticks one, the timeline chosen in the Timelines view is ticked.
  const [chosenTimelineIds, setTimelineIds] = useState<string[] | null>(null);
  const current = readCurrentTimeline();
  const timelineIds = chosenTimelineIds ?? (current && timelines.data?.timelines.some((t) => t.id === current) ? [current] : []);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const found = suggestions.data ?? [];
  // Until the analyst types, the date is the first one found.
  const shownDate = date ?? found[0]?.edtf ?? '';

  const create = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const created = await mutate('events.createFromEvidence', {
        ...from,
        title: title.trim() || undefined,
        dateEdtf: shownDate.trim(),
        typeId: typeId || null,
        timelineIds,
      });
      onClose();
      notices.notify(s.eventCreated(excerpt(created.title, 60)), {
        action: {
          label: s.showEvent,
          run: () => {
            requestTimelinesView({ timelineId: timelineIds.length === 1 ? (timelineIds[0] ?? null) : null, eventId: created.id });
            nav.go('timelines', { focus: true });
          },
        },
      });
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  };

  return (
    <Dialog label={s.addToTimelineTitle} onClose={onClose} size="medium">
      <form
        className="add-to-timeline"
        // Opened from inside another form (the highlight editor): its events stop here, not in that form.
        onSubmit={(e) => {
          e.stopPropagation();
          void create(e);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && hasModKey(e)) {
            e.preventDefault();
            e.stopPropagation();
            void create();
          }
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-title`}>{s.eventTitleLabel}</label>
          <textarea id={`${id}-title`} data-autofocus rows={2} maxLength={1000} value={title} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div className="field">
          <span className="picker-label">{s.suggestedDates}</span>
          {suggestions.loading && <p className="muted">…</p>}
          {!suggestions.loading && found.length === 0 && <p className="muted">{suggestions.error ? suggestions.error.message : s.suggestedNone}</p>}
          {found.length > 0 && (
            <ul className="suggestion-list">
              {found.map((suggestion) => (
                <li key={`${suggestion.edtf}:${suggestion.matchedText}`} className="suggestion">
                  <button type="button" className="small" aria-pressed={shownDate === suggestion.edtf} onClick={() => setDate(suggestion.edtf)}>
                    {s.takeSuggestion(suggestion.words)}
                  </button>
                  <span className="matched">{s.suggestedFrom(suggestion.matchedText)}</span>
                  {suggestion.referenceDate && <span className="muted">{s.referenceDate(suggestion.referenceDate)}</span>}
                </li>
              ))}
            </ul>
          )}
          <EdtfField value={shownDate} onChange={setDate} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-type`}>{s.typeLabel}</label>
          <select id={`${id}-type`} value={typeId} onChange={(e) => setTypeId(e.target.value)}>
            <option value="">{s.noType}</option>
            {(types.data ?? []).map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field timelines-choice">
          <legend>{s.timelinesLabel}</legend>
          {(timelines.data?.timelines ?? []).length === 0 && <p className="muted">{s.noTimelines}</p>}
          {(timelines.data?.timelines ?? []).map((t) => (
            <label key={t.id} className="checkbox-field">
              <input
                type="checkbox"
                checked={timelineIds.includes(t.id)}
                onChange={(e) => setTimelineIds(e.target.checked ? [...timelineIds, t.id] : timelineIds.filter((x) => x !== t.id))}
              />
              {t.name}
            </label>
          ))}
        </fieldset>
        <FormProblem problem={problem} />
        <div className="dialog-actions">
          <span className="muted hint">{s.doneHint}</span>
          <button type="button" onClick={onClose}>
            {s.cancel}
          </button>
          <button type="submit" className="primary" disabled={busy || !title.trim()}>
            {s.createEvent}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
