import { useState } from 'react';
import { Dialog } from './Dialog';
import { uiStrings as u } from './uiStrings';

interface ConfirmDialogProps {
  label: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => Promise<void> | void;
  onClose: () => void;
  danger?: boolean;
}

/** Asks before an action; the confirm button has focus so Enter confirms and Esc cancels. */
export function ConfirmDialog({ label, message, confirmLabel, onConfirm, onClose, danger = false }: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  return (
    <Dialog label={label} onClose={onClose} size="small">
      <p>{message}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {u.cancel}
        </button>
        <button
          type="button"
          data-autofocus
          className={danger ? 'danger' : 'primary'}
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await onConfirm();
            } finally {
              setBusy(false);
            }
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
