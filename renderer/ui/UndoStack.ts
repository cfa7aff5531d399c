/** The last edits made in a view, newest last; bounded so a long session does not grow it forever. */
export class UndoStack<Entry> {
  private entries: Entry[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(private readonly limit = 100) {}

  push(entry: Entry): void {
    this.entries = [...this.entries.slice(-(this.limit - 1)), entry];
    this.changed();
  }

  pop(): Entry | undefined {
    const entry = this.entries.at(-1);
    if (entry) {
      this.entries = this.entries.slice(0, -1);
      this.changed();
    }
    return entry;
  }

  /** Drops an entry taken back another way (a notice's Undo button). */
  remove(entry: Entry): void {
    if (!this.entries.includes(entry)) return;
    this.entries = this.entries.filter((e) => e !== entry);
    this.changed();
  }

  peek(): Entry | undefined {
    return this.entries.at(-1);
  }

  get size(): number {
    return this.entries.length;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
