import type { LiveBlockKind } from '../InsertBlockDialog';
import { usePopupMenu } from '../../ui/usePopupMenu';
import { memosStrings as s } from '../memosStrings';

const KINDS = ['timelineTable', 'claimsTable', 'entityCard'] as const satisfies readonly LiveBlockKind[];

/** Insert ▾ → a timeline table, a claims table or an entity card (each asks what it shows first). */
export function InsertMenu({ onChoose }: { onChoose: (kind: LiveBlockKind) => void }) {
  const { open, setOpen, rootRef, onKeyDown } = usePopupMenu();

  return (
    <div
      className="memo-export memo-insert"
      ref={rootRef}
      onKeyDown={onKeyDown}
    >
      <button type="button" className="memo-tool" aria-haspopup="menu" aria-expanded={open} onMouseDown={(e) => e.preventDefault()} onClick={() => setOpen((o) => !o)}>
        {s.insert.button} ▾
      </button>
      {open && (
        <ul className="popup-menu memo-export-menu" role="menu" aria-label={s.insert.button}>
          {KINDS.map((kind) => (
            <li key={kind} role="none">
              <button
                type="button"
                role="menuitem"
                className="quiet"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => {
                  setOpen(false);
                  onChoose(kind);
                }}
              >
                {s.insert.items[kind]}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
