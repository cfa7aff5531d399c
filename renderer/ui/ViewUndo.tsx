import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useSyncExternalStore, type RefObject } from 'react';
import { hasModKey, isModalOpen, isTypingTarget } from './keyboard';
import { useNotices } from './Notices';
import { UndoStack } from './UndoStack';
import { uiStrings as u } from './uiStrings';

/** One saved edit and how to take it back. */
export interface UndoableEdit {
  /** Plain words for “Undone: …” and the Undo button's title, e.g. alias “Vorontsov” removed from Gennady Vorontsov. */
  description: string;
  undo: () => Promise<unknown>;
}

export interface ViewUndo {
  /** Records an edit just saved and says so briefly, with an Undo button. */
  saved(message: string, edit: UndoableEdit): void;
  /** Takes back the newest edit (Ctrl/Cmd+Z, the toolbar's Undo). */
  undoLast(): void;
  /** The edit Undo would take back now. */
  last: UndoableEdit | undefined;
}

const ViewUndoContext = createContext<ViewUndo | null>(null);
export const ViewUndoProvider = ViewUndoContext.Provider;

/**
 * The view's undo for the parts inside it. Outside a view that keeps one (a
 * part shown alone), edits are still announced, without Undo.
 */
export function useViewUndo(): ViewUndo {
  const undo = useContext(ViewUndoContext);
  const notices = useNotices();
  return useMemo(() => undo ?? { saved: (message) => notices.notify(message), undoLast: () => {}, last: undefined }, [undo, notices]);
}

function isEmptyField(target: EventTarget | null): boolean {
  return (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && target.value === '';
}

/**
 * Keeps the last edits made in a view and takes them back newest first:
 * Ctrl/Cmd+Z while the view shows and focus is in it (not in a text field
 * with text, whose own undo comes first, nor in a dialog), or a notice's Undo
 * button.
 */
export function useUndoStack(rootRef: RefObject<HTMLElement | null>, visible: boolean): ViewUndo {
  const notices = useNotices();
  const stack = useMemo(() => new UndoStack<UndoableEdit>(), []);
  const last = useSyncExternalStore(stack.subscribe, () => stack.peek());

  const revert = useCallback(
    async (edit: UndoableEdit) => {
      stack.remove(edit);
      try {
        await edit.undo();
        notices.notify(u.undone(edit.description));
      } catch (error) {
        notices.reportError(error);
      }
    },
    [stack, notices],
  );

  const undoLast = useCallback(() => {
    const edit = stack.peek();
    if (edit) void revert(edit);
    else notices.notify(u.nothingToUndo);
  }, [stack, revert, notices]);

  const saved = useCallback(
    (message: string, edit: UndoableEdit) => {
      stack.push(edit);
      notices.notify(message, { timeoutMs: 10000, action: { label: u.undo, run: () => revert(edit) } });
    },
    [stack, notices, revert],
  );

  const shown = useRef(visible);
  useEffect(() => {
    shown.current = visible;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!shown.current || event.defaultPrevented || isModalOpen()) return;
      // A field with text has its own undo; an empty one (where focus lands after removing an alias) has nothing to take back.
      if (isTypingTarget(event.target) && !isEmptyField(event.target)) return;
      if (!hasModKey(event) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'z') return;
      const inView = event.target === document.body || (event.target instanceof Node && rootRef.current?.contains(event.target));
      if (!inView) return;
      event.preventDefault();
      undoLast();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [rootRef, undoLast]);

  return useMemo(() => ({ saved, undoLast, last }), [saved, undoLast, last]);
}
