import { NodeSelection, type EditorState } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { EditorContent, useEditor } from '@tiptap/react';
import { useCallback, useContext, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { Memo, MemoSummary } from '../../shared/api/memoTypes';
import type { MemoDoc } from '../../shared/memos/memoDoc';
import { citationsOf, memoStats } from '../../shared/memos/memoStats';
import { useApi } from '../api/ApiContext';
import { useQuery } from '../api/QueryContext';
import { NavigationContext } from '../app/Navigation';
import { hasModKey } from '../ui/keyboard';
import { formatDateTime } from '../ui/formatDateTime';
import { useNotices } from '../ui/Notices';
import { Autosave, type SaveState } from './autosave';
import { CitationCard } from './CitationCard';
import { CiteDialog } from './CiteDialog';
import { ExportMenu } from './ExportMenu';
import { InsertBlockDialog, type LiveBlockKind } from './InsertBlockDialog';
import { PrintDialog } from './PrintDialog';
import { citationKey, citationNumbersKey } from './editor/citationNumbers';
import { CitationsContext, type CitationsInMemo } from './editor/citationsContext';
import { memoExtensions } from './editor/memoExtensions';
import { InsertMenu } from './editor/InsertMenu';
import { MemoToolbar } from './editor/MemoToolbar';
import { sanitizePastedHtml } from './editor/sanitizePastedHtml';
import { memosStrings as s } from './memosStrings';
import { RenameMemoDialog } from './RenameMemoDialog';
import { SaveTemplateDialog } from './SaveTemplateDialog';
import { VersionHistoryDialog } from './VersionHistoryDialog';

type Ref = CitationsInMemo['refs'][number];

function distinctRefs(doc: MemoDoc): Ref[] {
  const seen = new Set<string>();
  const refs: Ref[] = [];
  for (const ref of citationsOf(doc)) {
    const key = citationKey(ref.kind, ref.refId);
    if (!seen.has(key)) {
      seen.add(key);
      refs.push(ref);
    }
  }
  return refs;
}

const sameRefs = (a: readonly Ref[], b: readonly Ref[]) => a.length === b.length && a.every((r, i) => r.kind === b[i]?.kind && r.refId === b[i]?.refId);

function citationAt(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('sup.memo-citation') : null;
}

/** How the keyboard reached a footnote: selected (an arrow key onto it) or the caret just beside it. */
type KeyboardReach = 'selected' | 'caret';

/** The footnote the keyboard is on: node-selected, or the caret right after (else right before) it. */
export function citationNear(state: EditorState): { pos: number; kind: string; refId: string; reach: KeyboardReach } | null {
  const { selection } = state;
  const at = (pos: number, node: { attrs: Record<string, unknown> }, reach: KeyboardReach) => ({ pos, kind: String(node.attrs.kind), refId: String(node.attrs.refId), reach });
  if (selection instanceof NodeSelection) return selection.node.type.name === 'citation' ? at(selection.from, selection.node, 'selected') : null;
  if (!selection.empty) return null;
  const { $from } = selection;
  const before = $from.nodeBefore;
  if (before?.type.name === 'citation') return at($from.pos - before.nodeSize, before, 'caret');
  const after = $from.nodeAfter;
  if (after?.type.name === 'citation') return at($from.pos, after, 'caret');
  return null;
}

/** Shortcuts the editor handled (Ctrl+I is italic here, not Import) stop at the editor. */
function keepHandledShortcuts(event: KeyboardEvent) {
  if (event.defaultPrevented && hasModKey(event)) event.stopPropagation();
}

interface Props {
  memo: Memo;
  onBack: () => void;
  /** The memo changed elsewhere: load it again from core. */
  onReload: () => void;
  /** A version was restored: open the memo as it is now. */
  onRestored: (memo: Memo) => void;
}

/** One memo open for writing: toolbar, the text, autosave and the status bar. */
export function MemoEditor({ memo, onBack, onReload, onRestored }: Props) {
  const client = useApi();
  const notices = useNotices();
  const [title, setTitle] = useState(memo.title);
  const [renaming, setRenaming] = useState(false);
  const [citing, setCiting] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [history, setHistory] = useState(false);
  const [savingTemplate, setSavingTemplate] = useState(false);
  const [inserting, setInserting] = useState<LiveBlockKind | null>(null);
  const [hovered, setHovered] = useState<{ key: string; n: string; left: number; top: number; reach?: KeyboardReach } | null>(null);
  /** Opens what a footnote cites in the reader; false when there is nothing to open. Read by the editor's key handler. */
  const openCitation = useRef<(kind: string, refId: string) => boolean>(() => false);
  const nav = useContext(NavigationContext);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [savedAt, setSavedAt] = useState(memo.updatedAt);
  const [stats, setStats] = useState({ wordCount: memo.wordCount, citationCount: memo.citationCount });
  const [refs, setRefs] = useState<Ref[]>(() => distinctRefs(memo.doc));

  const [autosave] = useState(
    () =>
      new Autosave({
        revision: memo.revision,
        save: (doc, baseRevision) => client.call('memos.save', { id: memo.id, doc, baseRevision }),
        onState: (state, result) => {
          setSaveState(state);
          if (result) setSavedAt(result.updatedAt);
        },
        onConflict: (error) => {
          notices.reportError(new Error(s.conflict, { cause: error }));
          onReload();
        },
        onError: (error) => notices.reportError(error),
      }),
  );

  const editor = useEditor(
    {
      extensions: memoExtensions(),
      content: memo.doc,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: { class: 'memo-prose', 'aria-label': s.editorLabel(memo.title), spellcheck: 'true' },
        transformPastedHTML: sanitizePastedHtml,
        // Enter on a selected footnote (Alt+Enter with the caret beside one) opens its passage.
        handleKeyDown: (view, event) => {
          if (event.key !== 'Enter' || event.shiftKey || event.ctrlKey || event.metaKey) return false;
          const near = citationNear(view.state);
          if (!near || (near.reach === 'selected') === event.altKey) return false;
          if (!openCitation.current(near.kind, near.refId)) return false;
          event.preventDefault();
          return true;
        },
      },
      onUpdate: () => autosave.changed(),
      // The keyboard on a footnote shows its card, as hovering does.
      onSelectionUpdate: ({ editor: current }) => showKeyboardCard(current.view),
      onFocus: ({ editor: current }) => showKeyboardCard(current.view),
      onBlur: () => {
        setHovered((h) => (h?.reach ? null : h));
        void autosave.flush();
      },
    },
    [memo.id],
  );
  // Autosave reads the document from the editor when a save starts; the word count and citations follow it.
  useEffect(() => {
    if (!editor) return;
    autosave.setReader(() => {
      const doc = editor.getJSON() as MemoDoc;
      setStats(memoStats(doc));
      const next = distinctRefs(doc);
      setRefs((current) => (sameRefs(current, next) ? current : next));
      return doc;
    });
  }, [autosave, editor]);

  // Closing the memo (back to the list, another view's reload) and leaving the page save what is left.
  useEffect(() => {
    const save = () => void autosave.flush();
    const onHidden = () => document.visibilityState === 'hidden' && save();
    window.addEventListener('beforeunload', save);
    window.addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('beforeunload', save);
      window.removeEventListener('pagehide', save);
      document.removeEventListener('visibilitychange', onHidden);
      void autosave.flush().finally(() => autosave.stop());
    };
  }, [autosave]);

  // What the citations point at: for the hover card, the Sources block and "[source removed]".
  const citationsQuery = useQuery('memos.citations', refs.length > 0 ? { refs } : null);
  const infos = useMemo(() => new Map((citationsQuery.data ?? []).map((info) => [citationKey(info.kind, info.refId), info])), [citationsQuery.data]);
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const removed = new Set([...infos.values()].filter((info) => info.removed).map((info) => citationKey(info.kind, info.refId)));
    editor.view.dispatch(editor.state.tr.setMeta(citationNumbersKey, { removed }).setMeta('addToHistory', false));
  }, [editor, infos]);
  const citations = useMemo<CitationsInMemo>(() => ({ refs, infos }), [refs, infos]);

  function showKeyboardCard(view: EditorView) {
    const near = citationNear(view.state);
    const sup = near ? view.nodeDOM(near.pos) : null;
    if (!near || !(sup instanceof HTMLElement)) {
      setHovered((h) => (h?.reach ? null : h));
      return;
    }
    const box = sup.getBoundingClientRect();
    const key = citationKey(near.kind, near.refId);
    const n = sup.dataset.n ?? '';
    setHovered((h) =>
      h?.reach === near.reach && h.key === key && h.n === n ? h : { key, n, left: Math.min(box.left, window.innerWidth - 380), top: box.bottom + 6, reach: near.reach },
    );
  }

  const onMouseOver = (event: MouseEvent) => {
    const sup = citationAt(event.target);
    if (!sup) return setHovered(null);
    const box = sup.getBoundingClientRect();
    const key = citationKey(sup.dataset.kind ?? '', sup.dataset.refId ?? '');
    if (hovered?.key === key && hovered.n === sup.dataset.n) return;
    setHovered({ key, n: sup.dataset.n ?? '', left: Math.min(box.left, window.innerWidth - 380), top: box.bottom + 6 });
  };

  // Exports render the stored memo: what was typed is saved first.
  const saveNow = useCallback(() => autosave.flush(), [autosave]);

  // A click on a footnote (or Enter on it) opens what it cites in the reader.
  const openCited = (kind: string, refId: string): boolean => {
    const info = infos.get(citationKey(kind, refId));
    if (!info || info.removed || !info.sourceId || !nav) return false;
    void autosave.flush();
    const annotationId = info.kind === 'annotation' ? info.refId : undefined;
    nav.openSource(info.sourceId, info.start !== null && info.end !== null ? { start: info.start, end: info.end, annotationId } : undefined, { focus: true });
    return true;
  };
  useEffect(() => {
    openCitation.current = openCited;
  });
  const onClick = (event: MouseEvent) => {
    const sup = citationAt(event.target);
    if (!sup || event.button !== 0 || event.shiftKey || event.ctrlKey || event.metaKey || event.altKey) return;
    if (openCited(sup.dataset.kind ?? '', sup.dataset.refId ?? '')) event.preventDefault();
  };

  const insertCitation = (kind: 'claim' | 'annotation', refId: string) => {
    setCiting(false);
    if (!editor) return;
    editor.chain().focus().insertContent({ type: 'citation', attrs: { kind, refId } }).run();
    const next = distinctRefs(editor.getJSON() as MemoDoc);
    setRefs((current) => (sameRefs(current, next) ? current : next));
  };

  const statusText = saveState === 'saving' ? s.saving : saveState === 'dirty' ? s.unsaved : saveState === 'failed' ? s.saveFailed : s.saved;

  return (
    <div className="view memo-editor-view">
      <div className="view-toolbar memo-header">
        <button type="button" className="small quiet" aria-label={s.backToListLabel} onClick={onBack}>
          {s.backToList}
        </button>
        <h1 className="view-title memo-title" title={title}>
          {title}
        </h1>
        <button type="button" className="small quiet" aria-label={s.renameMemo(title)} onClick={() => setRenaming(true)}>
          {s.rename}
        </button>
        <div className="memo-header-actions">
          <ExportMenu memoId={memo.id} beforeExport={saveNow} />
          <button type="button" className="small" onClick={() => setHistory(true)}>
            {s.historyButton}
          </button>
          <button type="button" className="small" onClick={() => setSavingTemplate(true)}>
            {s.saveTemplateButton}
          </button>
          <button type="button" className="small" onClick={() => setPrinting(true)}>
            {s.printButton}
          </button>
        </div>
        <span className={`memo-save-state ${saveState}`} role="status" title={saveState === 'saved' ? s.savedAt(formatDateTime(savedAt)) : undefined}>
          {statusText}
        </span>
      </div>
      {editor && (
        <MemoToolbar
          editor={editor}
          extra={
            <>
              <button type="button" className="memo-tool memo-cite" title={s.citeHint} onMouseDown={(e) => e.preventDefault()} onClick={() => setCiting(true)}>
                {s.citeButton}
              </button>
              <InsertMenu onChoose={setInserting} />
            </>
          }
        />
      )}
      <CitationsContext.Provider value={citations}>
        <div className="memo-scroll" onKeyDown={keepHandledShortcuts} onMouseOver={onMouseOver} onMouseLeave={() => setHovered(null)} onClick={onClick}>
          <div className="memo-page">
            <EditorContent editor={editor} />
          </div>
        </div>
      </CitationsContext.Provider>
      <div className="memo-statusbar">
        <span>{s.words(stats.wordCount)}</span>
        <span>{s.citations(stats.citationCount)}</span>
      </div>
      {hovered && <CitationCard n={hovered.n} info={infos.get(hovered.key)} reach={hovered.reach} style={{ left: hovered.left, top: hovered.top }} />}
      {printing && <PrintDialog memoId={memo.id} onClose={() => setPrinting(false)} beforeExport={saveNow} />}
      {history && (
        <VersionHistoryDialog
          memoId={memo.id}
          beforeChange={saveNow}
          onClose={() => setHistory(false)}
          onRestored={(restored) => {
            setHistory(false);
            notices.notify(s.history.restored);
            onRestored(restored);
          }}
        />
      )}
      {savingTemplate && (
        <SaveTemplateDialog
          memo={{ id: memo.id, title, templateId: memo.templateId }}
          beforeSave={saveNow}
          onClose={() => setSavingTemplate(false)}
          onSaved={(template, replaced) => {
            setSavingTemplate(false);
            notices.notify(replaced ? s.saveTemplate.replaced(template.name) : s.saveTemplate.saved(template.name), { fullText: template.name });
          }}
        />
      )}
      {inserting && (
        <InsertBlockDialog
          kind={inserting}
          onClose={() => setInserting(null)}
          onInsert={(block) => {
            setInserting(null);
            if (!editor) return;
            // A selected block (the one just inserted, say) stays: the new one goes after it.
            const { selection } = editor.state;
            if (selection instanceof NodeSelection) editor.chain().focus().insertContentAt(selection.to, block).run();
            else editor.chain().focus().insertContent(block).run();
          }}
        />
      )}
      {citing && <CiteDialog onClose={() => setCiting(false)} onCite={insertCitation} />}
      {renaming && (
        <RenameMemoDialog
          memo={{ id: memo.id, title }}
          onClose={() => setRenaming(false)}
          onRenamed={(renamed: MemoSummary) => {
            setRenaming(false);
            setTitle(renamed.title);
            notices.notify(s.renamed(renamed.title), { fullText: renamed.title });
          }}
        />
      )}
    </div>
  );
}
