/** One step the analyst can take back and do again: an edit, an added or deleted row, a paste, a move. */
export interface UndoStep {
  /** Plain words for notices and button titles, e.g. date of “Summit in Lindhaven”. */
  description: string;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}

/**
 * Undo and redo for the Timelines grid. A new step clears what could be
 * redone (as in any editor); a step that fails to apply is dropped, so the
 * stacks never promise what they cannot do. Bounded so a long session does
 * not grow it forever.
 */
export class UndoRedoStack {
  private done: UndoStep[] = [];
  private undone: UndoStep[] = [];
  private busy = false;
  private readonly listeners = new Set<() => void>();
  private snapshot = { undo: undefined as UndoStep | undefined, redo: undefined as UndoStep | undefined };

  constructor(private readonly limit = 200) {}

  push(step: UndoStep): void {
    this.done = [...this.done.slice(-(this.limit - 1)), step];
    this.undone = [];
    this.changed();
  }

  /** Takes the last step back; resolves to it, or undefined when there was none (or one is running). */
  async undo(): Promise<UndoStep | undefined> {
    const step = this.done.at(-1);
    if (!step || this.busy) return undefined;
    this.busy = true;
    this.done = this.done.slice(0, -1);
    try {
      await step.undo();
      this.undone = [...this.undone, step];
      return step;
    } finally {
      this.busy = false;
      this.changed();
    }
  }

  async redo(): Promise<UndoStep | undefined> {
    const step = this.undone.at(-1);
    if (!step || this.busy) return undefined;
    this.busy = true;
    this.undone = this.undone.slice(0, -1);
    try {
      await step.redo();
      this.done = [...this.done, step];
      return step;
    } finally {
      this.busy = false;
      this.changed();
    }
  }

  /** Forgets a step that no longer applies (a row added by Enter and left untouched, then taken away). */
  discard(step: UndoStep): void {
    if (!this.done.includes(step) && !this.undone.includes(step)) return;
    this.done = this.done.filter((s) => s !== step);
    this.undone = this.undone.filter((s) => s !== step);
    this.changed();
  }

  clear(): void {
    this.done = [];
    this.undone = [];
    this.changed();
  }

  /** What undo and redo would do now; the same object until something changes (for useSyncExternalStore). */
  peek = (): { undo: UndoStep | undefined; redo: UndoStep | undefined } => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private changed(): void {
    this.snapshot = { undo: this.done.at(-1), redo: this.undone.at(-1) };
    for (const listener of this.listeners) listener();
  }
}
