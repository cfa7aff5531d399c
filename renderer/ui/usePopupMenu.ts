import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

/**
 * Open/closed state of a small drop-down menu: a pointer press outside its
 * root or Esc inside it closes it (Esc goes no further, so a dialog around
 * it stays open).
 */
export function usePopupMenu() {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
    }
  };

  return { open, setOpen, rootRef, onKeyDown };
}
