import { Dialog } from '../ui/Dialog';
import { modKeyName } from '../ui/keyboard';
import { appStrings as s } from './appStrings';

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog label={s.shortcuts} onClose={onClose} size="small">
      <dl className="shortcut-list">
        {s.shortcutList(modKeyName).map((row) => (
          <div key={row.keys} className="shortcut-row">
            <dt>
              <kbd>{row.keys}</kbd>
            </dt>
            <dd>{row.what}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
