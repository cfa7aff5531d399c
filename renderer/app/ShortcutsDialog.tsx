import { Dialog } from '../ui/Dialog';
import { modKeyName } from '../ui/keyboard';
import { appStrings as s } from './appStrings';
import { views } from './views';

/** Every keyboard shortcut of the app, grouped by where it works. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog label={s.shortcuts} onClose={onClose} size="medium">
      <div className="shortcut-groups">
        {s.shortcutGroups(modKeyName, views.map((v) => v.label)).map((group) => (
          <section key={group.title} className="shortcut-group" aria-label={group.title}>
            <h3 className="shortcut-group-title">{group.title}</h3>
            <dl className="shortcut-list">
              {group.rows.map((row) => (
                <div key={row.keys} className="shortcut-row">
                  <dt>
                    <kbd>{row.keys}</kbd>
                  </dt>
                  <dd>{row.what}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
