import type { ReaderSelection } from './useReaderSelection';
import { readerStrings as s } from './readerStrings';

const BUTTON_WIDTH = 110;

/** The floating "Highlight" button next to the end of a selection. */
export function HighlightButton({ selection, onHighlight }: { selection: ReaderSelection; onHighlight: () => void }) {
  const left = Math.max(8, Math.min(window.innerWidth - BUTTON_WIDTH - 8, selection.rect.right - BUTTON_WIDTH / 2));
  const below = selection.rect.bottom + 8;
  const top = below + 40 > window.innerHeight ? Math.max(8, selection.rect.top - 44) : below;
  return (
    <button
      type="button"
      className="floating-highlight primary"
      style={{ left, top }}
      title={s.highlightHint}
      // Keeps the text selection alive while the button is pressed.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onHighlight}
    >
      {s.highlight}
    </button>
  );
}
