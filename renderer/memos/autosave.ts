import { DossierError } from '../../shared/api/errors';
import type { MemoSaveResult } from '../../shared/api/memoTypes';
import type { MemoDoc } from '../../shared/memos/memoDoc';

export type SaveState = 'saved' | 'dirty' | 'saving' | 'failed';

export interface AutosaveOptions {
  /** memos.save. */
  save(doc: MemoDoc, baseRevision: number): Promise<MemoSaveResult>;
  /** The editor's document now (read only when a save starts: typing is not slowed); or given later with setReader. */
  read?: () => MemoDoc;
  revision: number;
  delayMs?: number;
  /** A failed save is tried again after this long, even without new typing. */
  retryMs?: number;
  onState(state: SaveState, result: MemoSaveResult | null): void;
  /** The memo was saved elsewhere: core kept this document as a conflict version; the editor reloads. */
  onConflict(error: unknown): void;
  onError(error: unknown): void;
}

/**
 * Autosave of one open memo: a pause in typing (≈500 ms) saves the whole
 * document against the revision last saved; blur, closing and leaving the
 * page save at once. One save at a time; edits made meanwhile are saved
 * right after it. A CONFLICT stops saving until the memo is reloaded.
 */
export class Autosave {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private dirty = false;
  private stopped = false;
  revision: number;
  state: SaveState = 'saved';

  private read: (() => MemoDoc) | null;

  constructor(private readonly options: AutosaveOptions) {
    this.revision = options.revision;
    this.read = options.read ?? null;
  }

  /** Where the document is read from when a save starts (the editor, once it exists). */
  setReader(read: () => MemoDoc): void {
    this.read = read;
  }

  /** The document changed. */
  changed(): void {
    if (this.stopped) return;
    this.dirty = true;
    if (this.state !== 'saving' && this.state !== 'dirty') this.setState('dirty', null);
    this.schedule(this.options.delayMs ?? 500);
  }

  get hasUnsaved(): boolean {
    return this.dirty || this.inFlight !== null;
  }

  /** Saves now if anything is unsaved; resolves when everything typed so far is saved (or failed). */
  async flush(): Promise<void> {
    this.clearTimer();
    while (!this.stopped && (this.dirty || this.inFlight)) {
      if (this.inFlight) await this.inFlight;
      else await this.start();
    }
  }

  /** Stops for good (the memo closed or reloads); nothing is saved after this. */
  stop(): void {
    this.stopped = true;
    this.clearTimer();
  }

  private schedule(ms: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.inFlight) void this.start();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private setState(state: SaveState, result: MemoSaveResult | null): void {
    this.state = state;
    this.options.onState(state, result);
  }

  private start(): Promise<void> {
    if (this.stopped || !this.dirty || !this.read) return Promise.resolve();
    this.dirty = false;
    const doc = this.read();
    this.setState('saving', null);
    const run = this.options.save(doc, this.revision).then(
      (result) => {
        this.revision = result.revision;
        this.inFlight = null;
        if (this.stopped) return;
        if (this.dirty) {
          this.setState('dirty', result);
          if (this.timer === null) void this.start();
        } else {
          this.setState('saved', result);
        }
      },
      (error: unknown) => {
        this.inFlight = null;
        if (error instanceof DossierError && error.code === 'CONFLICT') {
          this.stop();
          this.options.onConflict(error);
          return;
        }
        // Still unsaved: the next pause or the retry saves it again.
        this.dirty = true;
        this.setState('failed', null);
        this.options.onError(error);
        if (!this.stopped) this.schedule(this.options.retryMs ?? 5000);
      },
    );
    this.inFlight = run;
    return run;
  }
}
