import { useCallback, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';

interface Props {
  /** Remembered between sessions under this key. */
  storageKey: string;
  initialTopPercent: number;
  top: ReactNode;
  bottom: ReactNode;
  label: string;
}

const MIN = 15;
const MAX = 85;

function readStored(key: string, fallback: number): number {
  try {
    const value = Number(localStorage.getItem(key));
    return value >= MIN && value <= MAX ? value : fallback;
  } catch {
    return fallback;
  }
}

/** Two panes stacked, with a divider to drag or move with the arrow keys. */
export function SplitPane({ storageKey, initialTopPercent, top, bottom, label }: Props) {
  const [percent, setPercent] = useState(() => readStored(storageKey, initialTopPercent));
  const ref = useRef<HTMLDivElement>(null);

  const commit = useCallback(
    (value: number) => {
      const clamped = Math.round(Math.max(MIN, Math.min(MAX, value)));
      setPercent(clamped);
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
