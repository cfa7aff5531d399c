import type { ClaimUndoEntry } from './claimUndo';

/** What the claim panel needs from the view's undo stack. */
export interface ClaimUndoApi {
  /** Records an edit that was just saved. */
  push(entry: ClaimUndoEntry): void;
  /** Takes this edit back now (e.g. from a notice's Undo button) and drops it from the stack. */
  revert(entry: ClaimUndoEntry): Promise<void>;
}
