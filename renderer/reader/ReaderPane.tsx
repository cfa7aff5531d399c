import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import type { Annotation, EntitySummary, Label } from '../../shared/api/types';
import { useMutate, useQuery } from '../api/QueryContext';
import { annotationsStrings as a } from '../annotations/annotationsStrings';
import { HighlightEditor, type AfterSave, type HighlightValues } from '../annotations/HighlightEditor';
import { HighlightList } from '../annotations/HighlightList';
import { useFocusRequest, useNavigation, type RevealTarget } from '../app/Navigation';
import { AddCitationDialog } from '../claims/AddCitationDialog';
import { NewClaimDialog } from '../claims/NewClaimDialog';
import type { SuggestedEntity } from '../claims/SuggestedEntities';
import { useShowEntityPage } from '../entities/entitiesViewRequests';
import { SourceHeader } from '../sources/SourceHeader';
import { hasModKey, isModalOpen, isTypingTarget } from '../ui/keyboard';
import { useNotices } from '../ui/Notices';
import { MentionCard } from './MentionCard';
import type { MentionLook } from './mentionMarks';
import { readMentionMarksShown, writeMentionMarksShown } from './mentionMarksSetting';
import { entitiesInPassage, groupMentions, type MentionSpan } from './mentionSpans';
// oxlint-disable-next-line import/no-unassigned-import -- Vite bundles the reader's stylesheet with it.
import './reader.css';
import { AddToTimelineDialog } from '../timeline/AddToTimelineDialog';
import { ReaderText } from './ReaderText';
import { readerStrings as s } from './readerStrings';
import { firstVisibleOffset, flashAnnotation, flashSpan, markAnnotation, rangeForSpan, scrollToSpan } from './revealInReader';
import { readReadingPlace, writeReadingPlace } from './readingPlace';
import { SelectionToolbar } from './SelectionToolbar';
import { selectionToOffsets } from './selectionToOffsets';
import { useMentionCard } from './useMentionCard';
import { useMentionMarks } from './useMentionMarks';
import { useReaderKeyboard } from './useReaderKeyboard';
import { FindInSource } from './FindInSource';
import { useFindInSourceRequests } from './findInSourceRequests';
import { useReaderSelection } from './useReaderSelection';
import { DossierError } from '../../shared/api/errors';

type Editing = { kind: 'new'; start: number; end: number } | { kind: 'edit'; annotationId: string };

/** A claim being made: from highlights, or from a passage that becomes a highlight when the claim is saved. */
interface Claiming {
  annotationIds: string[];
  passage?: { sourceId: string; start: number; end: number };
  quote: string;
  suggested: SuggestedEntity[];
}

const NO_LABELS: Label[] = [];

/** A query answered, with data or an error: the reader draws without what failed. */
const settled = (query: { data?: unknown; error?: unknown }) => query.data !== undefined || query.error !== undefined;
const NO_ENTITIES: EntitySummary[] = [];
const SELECTED_CLASS = 'hl-selected';


/** One source to read and annotate: its text with highlights, and the list of them beside it. */
export function ReaderPane({ sourceId }: { sourceId: string }) {
  const nav = useNavigation();
  const mutate = useMutate();
  const notices = useNotices();
  const source = useQuery('sources.get', { id: sourceId });
  const annotationsQuery = useQuery('annotations.list', { sourceId });
  const labelsQuery = useQuery('labels.list', {});
  // Entities and their mentions change with names in the Entities view: these follow.
  const entitiesQuery = useQuery('entities.list', {});
  const mentionsQuery = useQuery('mentions.forSource', { sourceId });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [claiming, setClaiming] = useState<Claiming | null>(null);
  const [citing, setCiting] = useState<{ annotationId: string; quote: string } | null>(null);
  const [addingToTimeline, setAddingToTimeline] = useState<{ annotationId: string; quote: string } | null>(null);
  const [marksShown, setMarksShown] = useState(readMentionMarksShown);
  const rootRef = useRef<HTMLDivElement>(null);
  const [finding, setFinding] = useState(false);
  const paneRef = useRef<HTMLDivElement>(null);
  const showEntityPage = useShowEntityPage();

  const labels = labelsQuery.data ?? NO_LABELS;
  const labelsById = useMemo(() => new Map(labels.map((l) => [l.id, l])), [labels]);
  const annotations = useMemo(
    () => (annotationsQuery.data ? [...annotationsQuery.data].sort((x, y) => x.start - y.start || x.end - y.end) : null),
    [annotationsQuery.data],
  );
  const byId = useMemo(() => new Map((annotations ?? []).map((x) => [x.id, x])), [annotations]);

  // Draw only when the text, its highlights and the label colours are all here, so the
  // text renders once (and the ready mark means what it says).
  const labelsSettled = settled(labelsQuery);
  // The entity names too, when they are marked: underlining them after the text is drawn costs a
  // second layout and paint of a long text, far more than waiting for them (renderer/reader/mentionMarks.ts).
  const mentionsSettled = !marksShown || (settled(mentionsQuery) && settled(entitiesQuery));
  const ready = source.data?.id === sourceId && annotations !== null && labelsSettled && mentionsSettled;
  const text = ready ? (source.data?.text ?? '') : null;
  const selection = useReaderSelection(rootRef, text);
  const keyboard = useReaderKeyboard(rootRef, text, annotations);

  const entities = entitiesQuery.data ?? NO_ENTITIES;
  const entitiesById = useMemo(() => new Map(entities.map((e) => [e.id, e])), [entities]);
  const mentionData = mentionsQuery.data;
  const spans = useMemo(() => (text === null || !mentionData ? null : groupMentions(mentionData, text.length)), [text, mentionData]);
  const lookOf = useCallback(
    (span: MentionSpan): MentionLook | null => {
      if (span.entityIds.length > 1) return 'conflict';
      return entitiesById.get(span.entityIds[0] as string)?.kind ?? null;
    },
    [entitiesById],
  );
  useMentionMarks(rootRef, sourceId, annotations, spans, lookOf, marksShown && ready);
  const mentionCard = useMentionCard(rootRef, text, marksShown ? spans : null);
  const toggleMarks = (shown: boolean) => {
    setMarksShown(shown);
    writeMentionMarksShown(shown);
  };
  const openEntityPage = useCallback(
    (entityId: string) => {
      mentionCard.close();
      showEntityPage(entityId);
    },
    [mentionCard, showEntityPage],
  );
  /** Entities to offer for a passage: those it is tagged with, then those named in it. */
  const suggestFor = useCallback(
    (start: number, end: number, tagged: readonly string[] = []): SuggestedEntity[] =>
      [...new Set([...tagged, ...(spans ? entitiesInPassage(spans, start, end) : [])])].flatMap((id) => {
        const entity = entitiesById.get(id);
        return entity ? [{ id: entity.id, name: entity.name, kind: entity.kind }] : [];
      }),
    [spans, entitiesById],
  );

  // A request to land on a highlight (from search) also selects it in the list.
  const [seenReveal, setSeenReveal] = useState<RevealTarget | null>(null);
  if (nav.reveal !== seenReveal) {
    setSeenReveal(nav.reveal);
    if (nav.reveal?.annotationId && nav.selectedSourceId === sourceId) setSelectedId(nav.reveal.annotationId);
  }

  // Land on the place asked for (a search hit, a highlight) once the text is drawn;
  // otherwise, the first time, where the person last was in this source.
  const handledReveal = useRef<number | null>(null);
  const placeRestored = useRef(false);
  const { projectId } = nav;
  useEffect(() => {
    const reveal = nav.reveal;
    const root = rootRef.current;
    if (!ready || !root || nav.selectedSourceId !== sourceId) return;
    if (reveal && handledReveal.current !== reveal.nonce) {
      handledReveal.current = reveal.nonce;
      placeRestored.current = true;
      scrollToSpan(root, reveal.start, reveal.end);
      if (reveal.annotationId && byId.has(reveal.annotationId)) flashAnnotation(root, reveal.annotationId);
      else flashSpan(root, reveal.start, reveal.end);
      return;
    }
    if (placeRestored.current) return;
    placeRestored.current = true;
    const offset = readReadingPlace(projectId, sourceId);
    const range = offset ? rangeForSpan(root, offset, offset + 1) : null;
    const scroller = root.closest<HTMLElement>('.reader-scroll');
    if (!range || !scroller || typeof range.getBoundingClientRect !== 'function') return;
    scroller.scrollTop += range.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 12;
  }, [ready, nav.reveal, nav.selectedSourceId, sourceId, byId, projectId]);

  // Remember the place while reading (after scrolling settles).
  useEffect(() => {
    const root = rootRef.current;
    const scroller = root?.closest<HTMLElement>('.reader-scroll');
    if (!ready || !root || !scroller || text === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(() => writeReadingPlace(projectId, sourceId, scroller.scrollTop < 8 ? 0 : firstVisibleOffset(root, text.length)), 400);
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      scroller.removeEventListener('scroll', onScroll);
    };
  }, [ready, projectId, sourceId, text]);

  // Focus asked for the text (Enter in the list, a search hit, a labelled highlight): the cursor starts at the place shown.
  const focusRequest = useFocusRequest('sources', 'reader');
  const { placeCursor } = keyboard;
  const { focusDone } = nav;
  useEffect(() => {
    const root = rootRef.current;
    if (!ready || !focusRequest || !root || nav.selectedSourceId !== sourceId) return;
    focusDone(focusRequest);
    if (nav.reveal) placeCursor(nav.reveal.start);
    root.focus({ preventScroll: true });
  }, [ready, focusRequest, focusDone, nav.selectedSourceId, nav.reveal, sourceId, placeCursor]);

  const selectFromList = useCallback(
    (annotationId: string) => {
      setSelectedId(annotationId);
      const root = rootRef.current;
      const target = byId.get(annotationId);
      if (!root || !target) return;
      scrollToSpan(root, target.start, target.end);
      flashAnnotation(root, annotationId);
    },
    [byId],
  );

  // Marks the chosen highlight's spans directly: restyling a few elements, not re-rendering the text.
  useEffect(() => {
    const root = rootRef.current;
    if (!root || !selectedId || !annotations || !ready) return;
    const marked = markAnnotation(root, selectedId, SELECTED_CLASS);
    return () => marked.forEach((el) => el.classList.remove(SELECTED_CLASS));
  }, [selectedId, annotations, ready]);

  // Clicking text covered by several highlights cycles through them, innermost first.
  const onHighlightClick = useCallback((ids: string[]) => {
    setSelectedId((current) => ids[((current ? ids.indexOf(current) : -1) + 1) % ids.length] ?? null);
  }, []);

  // The document's selection right now: the state above lags a frame behind fast keys.
  const selectedSpan = useCallback(() => {
    const root = rootRef.current;
    const sel = window.getSelection();
    if (!root || text === null || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    return selectionToOffsets(root, sel.getRangeAt(0), text);
  }, [text]);

  const startHighlight = useCallback(() => {
    const span = selectedSpan() ?? selection;
    if (span) setEditing({ kind: 'new', start: span.start, end: span.end });
  }, [selectedSpan, selection]);

  const claimFromHighlight = useCallback(
    (annotation: Annotation) => {
      mentionCard.close();
      setClaiming({
        annotationIds: [annotation.id],
        quote: annotation.exact,
        suggested: suggestFor(annotation.start, annotation.end, annotation.entityIds),
      });
    },
    [mentionCard, suggestFor],
  );

  /** Make claim on a selection: a passage already highlighted is cited as it is; any other becomes a highlight with the claim. */
  const claimFromSelection = useCallback(() => {
    const span = selectedSpan() ?? selection;
    if (!span || text === null) return;
    const same = annotations?.find((x) => x.start === span.start && x.end === span.end);
    if (same) return claimFromHighlight(same);
    mentionCard.close();
    setClaiming({
      annotationIds: [],
      passage: { sourceId, start: span.start, end: span.end },
      quote: text.slice(span.start, span.end),
      suggested: suggestFor(span.start, span.end),
    });
  }, [selectedSpan, selection, text, annotations, claimFromHighlight, mentionCard, sourceId, suggestFor]);

  // One listener for the pane's life; it always sees the current selection.
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (isModalOpen()) return;
    // Ctrl/Cmd+F: find in this source, when the reader is on screen (not the browser's own find).
    if (hasModKey(event) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f' && paneRef.current?.offsetParent) {
      event.preventDefault();
      setFinding(true);
      return;
    }
    if (isTypingTarget(event.target)) return;
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
    const key = event.key.toLowerCase();
    if (plain && key === 'c') {
      // C: a claim from the selected passage, or else from the highlight chosen in the reader.
      const chosen = selectedId ? byId.get(selectedId) : undefined;
      const inPane = paneRef.current?.contains(document.activeElement) ?? false;
      if (selectedSpan()) claimFromSelection();
      else if (chosen && inPane) claimFromHighlight(chosen);
      else return;
      event.preventDefault();
      return;
    }
    if (!(plain && key === 'h') && !(event.key === 'Enter' && hasModKey(event))) return;
    if (!selectedSpan()) return;
    event.preventDefault();
    startHighlight();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  // The desktop menu's Find… (its accelerator never reaches the page as a key).
  useFindInSourceRequests(() => setFinding(true));

  const createLabel = useCallback((name: string, color: string) => mutate('labels.create', { name, color }), [mutate]);

  const sideRef = useRef<HTMLElement>(null);
  const deleteAnnotation = useCallback(
    async (annotationId: string) => {
      // Focus goes on to the next highlight in the list (or the one before), not to the page.
      const items = Array.from(sideRef.current?.querySelectorAll<HTMLElement>('.highlight-item') ?? []);
      const index = items.findIndex((item) => item.dataset.annotationId === annotationId);
      const neighbour = (items[index + 1] ?? items[index - 1])?.querySelector<HTMLElement>('.highlight-quote');
      try {
        await mutate('annotations.delete', { id: annotationId });
        setSelectedId(null);
        (neighbour ?? rootRef.current)?.focus({ preventScroll: true });
        notices.notify(a.deleted, {
          timeoutMs: 10000,
          action: { label: a.undo, run: () => void mutate('trash.restore', { kind: 'annotation', id: annotationId }) },
        });
      } catch (error) {
        notices.reportError(error);
      }
    },
    [mutate, notices],
  );

  const onEdit = useCallback((annotationId: string) => setEditing({ kind: 'edit', annotationId }), []);
  const onMakeClaim = useCallback(
    (annotationId: string) => {
      const annotation = byId.get(annotationId);
      if (annotation) claimFromHighlight(annotation);
    },
    [byId, claimFromHighlight],
  );
  const onCite = useCallback(
    (annotationId: string) => {
      const annotation = byId.get(annotationId);
      if (annotation) setCiting({ annotationId, quote: annotation.exact });
    },
    [byId],
  );
  const onAddToTimeline = useCallback(
    (annotationId: string) => {
      const annotation = byId.get(annotationId);
      if (annotation) setAddingToTimeline({ annotationId, quote: annotation.exact });
    },
    [byId],
  );
  /** After saving a highlight from the editor (which closes it), Make claim, Cite in claim and Add to timeline go on with it. */
  const goOn = (annotation: Annotation, then: AfterSave) => {
    if (then === 'claim') claimFromHighlight(annotation);
    else if (then === 'cite') setCiting({ annotationId: annotation.id, quote: annotation.exact });
    else if (then === 'timeline') setAddingToTimeline({ annotationId: annotation.id, quote: annotation.exact });
  };

  // A source deleted elsewhere (another window, a merge) leaves the reader with a plain message.
  const gone = source.error instanceof DossierError && source.error.code === 'NOT_FOUND';
  if (source.error && (!source.data || gone)) {
    return <div className="reader-message">{gone ? s.gone : source.error.message}</div>;
  }
  if (!ready || !source.data || !annotations) {
    return (
      <div className="reader-message" aria-busy="true">
        {s.loading}
      </div>
    );
  }

  const doc = source.data;
  const editedAnnotation: Annotation | undefined = editing?.kind === 'edit' ? byId.get(editing.annotationId) : undefined;

  return (
    <div className="reader" ref={paneRef}>
      <SourceHeader source={doc} highlightCount={annotations.length} />
      <div className="reader-body">
        <div className="reader-main">
          {finding && <FindInSource key={doc.id} text={doc.text} rootRef={rootRef} onClose={() => setFinding(false)} />}
          <div className="reader-scroll">
            <ReaderText
              sourceId={doc.id}
              text={doc.text}
              annotations={annotations}
              labelsById={labelsById}
              onHighlightClick={onHighlightClick}
              rootRef={rootRef}
            />
          </div>
          {mentionCard.card && (
            <MentionCard
              target={mentionCard.card}
              text={doc.text}
              entitiesById={entitiesById}
              onOpenEntity={openEntityPage}
              onPointerEnter={mentionCard.keep}
              onPointerLeave={mentionCard.letGo}
              onDismiss={() => {
                mentionCard.close();
                rootRef.current?.focus({ preventScroll: true });
              }}
            />
          )}
          {keyboard.focused && (
            <ul className="reader-keys" aria-label={s.keyboard.hintsLabel}>
              {s.keyboard.hints.map((hint) => (
                <li key={hint.keys}>
                  <kbd>{hint.keys}</kbd> {hint.what}
                </li>
              ))}
            </ul>
          )}
          <p className="visually-hidden" aria-live="polite">
            {keyboard.announcement}
          </p>
        </div>
        <aside className="reader-side" ref={sideRef}>
          {entities.length > 0 && (
            <label className="mention-toggle" title={s.mentions.showHint}>
              <input type="checkbox" checked={marksShown} onChange={(e) => toggleMarks(e.target.checked)} />
              <span>{s.mentions.show}</span>
              {spans && <span className="muted">{s.mentions.count(spans.length)}</span>}
            </label>
          )}
          <h3 className="side-title">
            {a.listTitle} <span className="count">{annotations.length}</span>
          </h3>
          <HighlightList
            annotations={annotations}
            labelsById={labelsById}
            entitiesById={entitiesById}
            selectedId={selectedId}
            onSelect={selectFromList}
            onEdit={onEdit}
            onDelete={deleteAnnotation}
            onMakeClaim={onMakeClaim}
            onCite={onCite}
            onAddToTimeline={onAddToTimeline}
            pageStarts={doc.pageStarts}
          />
        </aside>
      </div>
      {selection && !editing && !claiming && (
        <SelectionToolbar selection={selection} onHighlight={startHighlight} onMakeClaim={claimFromSelection} />
      )}
      {editing?.kind === 'new' && (
        <HighlightEditor
          isNew
          quote={doc.text.slice(editing.start, editing.end)}
          labels={labels}
          onCreateLabel={createLabel}
          entitiesById={entitiesById}
          suggestedEntityIds={spans ? entitiesInPassage(spans, editing.start, editing.end) : undefined}
          onClose={() => setEditing(null)}
          onSave={async ({ note, labelIds, entityIds }: HighlightValues, then) => {
            // The new highlight is not selected on purpose: its Edit/Delete buttons would crowd the
            // floating Highlight button while the person goes on marking passages.
            const created = await mutate('annotations.create', {
              sourceId: doc.id,
              start: editing.start,
              end: editing.end,
              note: note || undefined,
              labelIds,
              entityIds,
            });
            setEditing(null);
            window.getSelection()?.removeAllRanges();
            goOn(created, then);
          }}
        />
      )}
      {editing?.kind === 'edit' && editedAnnotation && (
        <HighlightEditor
          isNew={false}
          quote={editedAnnotation.exact}
          initialNote={editedAnnotation.note}
          initialLabelIds={editedAnnotation.labelIds}
          initialEntityIds={editedAnnotation.entityIds}
          labels={labels}
          onCreateLabel={createLabel}
          entitiesById={entitiesById}
          suggestedEntityIds={spans ? entitiesInPassage(spans, editedAnnotation.start, editedAnnotation.end) : undefined}
          onClose={() => setEditing(null)}
          onSave={async ({ note, labelIds, entityIds }: HighlightValues, then) => {
            const updated = await mutate('annotations.update', { id: editedAnnotation.id, note, labelIds, entityIds });
            setEditing(null);
            goOn(updated, then);
          }}
        />
      )}
      {claiming && (
        <NewClaimDialog
          annotationIds={claiming.annotationIds}
          passage={claiming.passage}
          defaultStatement={claiming.quote}
          sourceReliability={doc.reliability}
          suggestedEntities={claiming.suggested}
          onClose={() => setClaiming(null)}
          onCreated={() => {
            if (claiming.passage) window.getSelection()?.removeAllRanges();
          }}
        />
      )}
      {citing && <AddCitationDialog annotationId={citing.annotationId} quote={citing.quote} onClose={() => setCiting(null)} />}
      {addingToTimeline && (
        <AddToTimelineDialog from={{ annotationId: addingToTimeline.annotationId }} text={addingToTimeline.quote} onClose={() => setAddingToTimeline(null)} />
      )}
    </div>
  );
}
