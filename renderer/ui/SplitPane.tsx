import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';

interface Props {
  /** Remembered between sessions under this key. */
  storageKey: string;
  /** The top pane's share (percent) until the person moves the divider; may depend on the height available. */
  initialTopPercent: number | ((heightPx: number) => number);
  top: ReactNode;
  bottom: ReactNode;
  label: string;
}

const MIN = 15;
const MAX = 85;

function readStored(key: string): number | null {
  try {
    const value = Number(localStorage.getItem(key));
    return value >= MIN && value <= MAX ? value : null;
  } catch {
    return null;
  }
}

const clamp = (value: number) => Math.max(MIN, Math.min(MAX, value));

/** Two panes stacked, with a divider to drag or move with the arrow keys. */
export function SplitPane({ storageKey, initialTopPercent, top, bottom, label }: Props) {
  const [stored] = useState(() => readStored(storageKey));
  const [measured, setMeasured] = useState<number | null>(null);
  const [moved, setMoved] = useState<number | null>(null);
  const ref = useRef<HTMLDivElement>(null);

  // A default that depends on the height is worked out once the pane has one.
  useLayoutEffect(() => {
    if (typeof initialTopPercent !== 'function') return;
    const height = ref.current?.getBoundingClientRect().height ?? 0;
    if (height > 0) setMeasured(clamp(initialTopPercent(height)));
  }, [initialTopPercent]);

  const fallback = typeof initialTopPercent === 'function' ? (measured ?? 34) : initialTopPercent;
  const percent = moved ?? stored ?? fallback;

  const commit = useCallback(
    (value: number) => {
      const clamped = Math.round(clamp(value));
      setMoved(clamped);
      try {
        localStorage.setItem(storageKey, String(clamped));
      } catch {
        // Storage can be unavailable; the split then just is not remembered.
      }
    },
    [storageKey],
  );

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const box = ref.current?.getBoundingClientRect();
    if (!box) return;
    event.preventDefault();
    const handle = event.currentTarget;
    handle.setPointerCapture?.(event.pointerId);
    const move = (e: globalThis.PointerEvent) => commit(((e.clientY - box.top) / box.height) * 100);
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? 10 : 3;
    if (event.key === 'ArrowUp') commit(percent - step);
    else if (event.key === 'ArrowDown') commit(percent + step);
    else return;
    event.preventDefault();
  };

  return (
    <div className="split" ref={ref} style={{ gridTemplateRows: `${percent}% auto minmax(0, 1fr)` }}>
      <div className="split-pane">{top}</div>
      <div
        className="split-handle"
        role="separator"
        aria-orientation="horizontal"
        aria-label={label}
        aria-valuemin={MIN}
        aria-valuemax={MAX}
        aria-valuenow={percent}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onKeyDown={onKeyDown}
      />
      <div className="split-pane">{bottom}</div>
    </div>
  );
}
