import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { uiStrings as u } from './uiStrings';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface DialogProps {
  /** Accessible name and visible heading. */
  label: string;
  onClose: () => void;
  children: ReactNode;
  /** Wider dialogs for forms with many fields. */
  size?: 'small' | 'medium' | 'large';
  /** Hide the heading when the content has its own. */
  hideHeading?: boolean;
}

/**
 * A modal dialog: focus moves in (to [data-autofocus] or the first field),
 * stays in while Tab cycles, Esc closes, and focus returns where it was.
 */
export function Dialog({ label, onClose, children, size = 'medium', hideHeading = false }: DialogProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const node = ref.current;
    if (node) {
      const target =
        node.querySelector<HTMLElement>('[data-autofocus]') ??
        node.querySelector<HTMLElement>('input:not([type="hidden"]), textarea, select') ??
        node;
      target.focus();
    }
    // The focused control went away with its row (browsers fire no blur then): focus stays in the dialog, so Esc and Tab work.
    const keepFocus = new MutationObserver(() => {
      if (node?.isConnected && (document.activeElement === document.body || document.activeElement === null)) node.focus({ preventScroll: true });
    });
    if (node) keepFocus.observe(node, { childList: true, subtree: true });
    return () => {
      keepFocus.disconnect();
      // No scrolling: focusing the (tall) reader text again must leave the reader where it was.
      if (previous?.isConnected) previous.focus({ preventScroll: true });
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      // Nested dialogs: only the innermost one closes.
      event.stopPropagation();
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const items = Array.from(ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => !el.hidden);
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && (document.activeElement === first || document.activeElement === ref.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return createPortal(
    <div className="dialog-backdrop">
      <div
        ref={ref}
        className={`dialog dialog-${size}`}
        role="dialog"
        aria-modal="true"
        aria-label={label}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <div className="dialog-header">
          {hideHeading ? <span /> : <h2 className="dialog-title">{label}</h2>}
          <button type="button" className="icon-button" aria-label={u.closeDialog} title={u.closeDialogHint} onClick={onClose}>
            ×
          </button>
        </div>
        <div className="dialog-body">{children}</div>
      </div>
    </div>,
    document.body,
  );
}
