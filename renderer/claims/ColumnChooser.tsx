import type { GridApi } from 'ag-grid-community';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ClaimRow } from '../../shared/api/types';
import { claimsStrings as s } from './claimsStrings';

interface Props {
  api: GridApi<ClaimRow> | null;
  onReset: () => void;
}

interface ColumnChoice {
  colId: string;
  name: string;
  visible: boolean;
}

function readColumns(api: GridApi<ClaimRow>): ColumnChoice[] {
  return (api.getColumns() ?? []).map((c) => ({ colId: c.getColId(), name: c.getColDef().headerName ?? c.getColId(), visible: c.isVisible() }));
}

/**
 * Show or hide columns (AG Grid's column tool panel is Enterprise): a button
 * that opens a short list of checkboxes. Esc or Tab away closes it.
 */
export function ColumnChooser({ api, onReset }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [columns, setColumns] = useState<ColumnChoice[]>([]);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open || !api) return;
    const refresh = () => setColumns(readColumns(api));
    refresh();
    api.addEventListener('columnVisible', refresh);
    popRef.current?.querySelector<HTMLInputElement>('input')?.focus();
    const onDown = (e: MouseEvent) => {
      if (!popRef.current?.contains(e.target as Node) && e.target !== buttonRef.current) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => {
      if (!api.isDestroyed()) api.removeEventListener('columnVisible', refresh);
      document.removeEventListener('mousedown', onDown);
    };
  }, [open, api]);

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    }
  };

  const visibleCount = columns.filter((c) => c.visible).length;

  return (
    <div className="column-chooser">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-pop`}
        disabled={!api}
        onClick={() => setOpen((o) => !o)}
      >
        {s.columnsButton} ▾
      </button>
      {open && (
        <div
          ref={popRef}
          id={`${id}-pop`}
          className="column-chooser-pop"
          role="group"
          aria-label={s.columnsMenu}
          onKeyDown={onKeyDown}
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null) && e.relatedTarget !== buttonRef.current) setOpen(false);
          }}
        >
          {columns.map((c) => (
            <label key={c.colId} className="column-chooser-option">
              <input
                type="checkbox"
                checked={c.visible}
                // At least one column stays.
                disabled={c.visible && visibleCount === 1}
                onChange={(e) => api?.setColumnsVisible([c.colId], e.target.checked)}
              />
              {c.name}
            </label>
          ))}
          <button
            type="button"
            className="small"
            onClick={() => {
              onReset();
              if (api) setColumns(readColumns(api));
            }}
          >
            {s.resetColumns}
          </button>
        </div>
      )}
    </div>
  );
}
