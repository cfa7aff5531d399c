import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DossierError } from '../../../shared/api/errors';
import type { MemoSaveResult } from '../../../shared/api/memoTypes';
import type { MemoDoc } from '../../../shared/memos/memoDoc';
import { Autosave, type SaveState } from '../../../renderer/memos/autosave';

const doc = (text: string): MemoDoc => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

function setup(options: { fail?: (call: number) => Error | null } = {}) {
  let text = 'a';
  let stored = 3;
  const saves: { text: string; baseRevision: number }[] = [];
  const states: SaveState[] = [];
  const conflicts: unknown[] = [];
  const errors: unknown[] = [];
  const pending: (() => void)[] = [];
  const autosave = new Autosave({
    revision: 3,
    delayMs: 500,
    retryMs: 5000,
    read: () => doc(text),
    save: (d, baseRevision) => {
      const call = saves.length;
      saves.push({ text: (d.content[0] as { content: { text: string }[] }).content[0]!.text, baseRevision });
      return new Promise<MemoSaveResult>((resolve, reject) => {
        pending.push(() => {
          const error = options.fail?.(call) ?? null;
          if (error) return reject(error);
          stored += 1;
          resolve({ revision: stored, updatedAt: '2026-03-27T10:00:00.000Z', wordCount: 1, citationCount: 0, autoVersionId: null });
        });
      });
    },
    onState: (state) => states.push(state),
    onConflict: (error) => conflicts.push(error),
    onError: (error) => errors.push(error),
  });
  const type = (next: string) => {
    text = next;
    autosave.changed();
  };
  const answer = async () => {
    pending.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
  };
  return { autosave, type, answer, saves, states, conflicts, errors };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Autosave', () => {
  it('saves once after a pause in typing, against the revision it was opened at, then the next one', async () => {
    const t = setup();
    t.type('ab');
    await vi.advanceTimersByTimeAsync(300);
    t.type('abc');
    await vi.advanceTimersByTimeAsync(499);
    expect(t.saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(t.saves).toEqual([{ text: 'abc', baseRevision: 3 }]);
    await t.answer();
    expect(t.autosave.state).toBe('saved');
    t.type('abcd');
    await vi.advanceTimersByTimeAsync(500);
    expect(t.saves.at(-1)).toEqual({ text: 'abcd', baseRevision: 4 });
    expect(t.states).toEqual(['dirty', 'saving', 'saved', 'dirty', 'saving']);
  });

  it('saves edits made during a save right after it, with the new revision; flush waits for both', async () => {
    const t = setup();
    t.type('one');
    await vi.advanceTimersByTimeAsync(500);
    t.type('one two');
    const flushed = t.autosave.flush();
    await t.answer();
    expect(t.saves).toEqual([
      { text: 'one', baseRevision: 3 },
      { text: 'one two', baseRevision: 4 },
    ]);
    await t.answer();
    await flushed;
    expect(t.autosave.hasUnsaved).toBe(false);
    expect(t.autosave.state).toBe('saved');
  });

  it('on CONFLICT stops saving and reports it once; later typing is not sent', async () => {
    const t = setup({ fail: () => new DossierError('CONFLICT', 'saved elsewhere') });
    t.type('mine');
    await vi.advanceTimersByTimeAsync(500);
    await t.answer();
    expect(t.conflicts).toHaveLength(1);
    t.type('more');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(t.saves).toHaveLength(1);
    expect(t.errors).toEqual([]);
  });

  it('after another failure keeps the edit unsaved and tries again', async () => {
    const t = setup({ fail: (call) => (call === 0 ? new DossierError('INTERNAL', 'disk full') : null) });
    t.type('kept');
    await vi.advanceTimersByTimeAsync(500);
    await t.answer();
    expect(t.autosave.state).toBe('failed');
    expect(t.autosave.hasUnsaved).toBe(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(t.saves).toEqual([
      { text: 'kept', baseRevision: 3 },
      { text: 'kept', baseRevision: 3 },
    ]);
    await t.answer();
    expect(t.autosave.state).toBe('saved');
  });
});
