import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

/** Keyboard helpers shared by the app's shortcuts. */
export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** Cmd on macOS, Ctrl elsewhere. */
export function hasModKey(event: KeyboardEvent | ReactKeyboardEvent): boolean {
  return isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
}

export const modKeyName = isMac ? '⌘' : 'Ctrl';

/** True when keys typed now belong to a text field, not to the app's single-key shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'color', 'file', 'range'].includes(type);
}

/** A modal dialog is open: global shortcuts stay out of its way. */
export function isModalOpen(): boolean {
  return document.querySelector('[role="dialog"][aria-modal="true"]') !== null;
}
