import { readerStrings as s } from './readerStrings';
import type { ReaderSelection } from './useReaderSelection';

const TOOLBAR_WIDTH = 220;

interface Props {
  selection: ReaderSelection;
  onHighlight: () => void;
  onMakeClaim: () => void;
}

/** The buttons next to the end of a selection: Highlight (H) and Make claim (C). */
export function SelectionToolbar({ selection, onHighlight, onMakeClaim }: Props) {
  const left = Math.max(8, Math.min(window.innerWidth - TOOLBAR_WIDTH - 8, selection.rect.right - TOOLBAR_WIDTH / 2));
  const below = selection.rect.bottom + 8;
  const top = below + 40 > window.innerHeight ? Math.max(8, selection.rect.top - 44) : below;
  return (
    <div className="selection-toolbar" role="toolbar" aria-label={s.selectionTools} style={{ left, top }}>
      {/* mousedown is kept from the buttons so the text selection stays alive while they are pressed. */}
      <button type="button" className="primary" title={s.highlightHint} onMouseDown={(e) => e.preventDefault()} onClick={onHighlight}>
        {s.highlight}
      </button>
      <button type="button" title={s.makeClaimHint} onMouseDown={(e) => e.preventDefault()} onClick={onMakeClaim}>
        {s.makeClaim}
      </button>
    </div>
  );
}
