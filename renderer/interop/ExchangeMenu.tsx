import { useRef, useState, type KeyboardEvent } from 'react';
import { useApi } from '../api/ApiContext';
import { useMenuCommands } from '../app/useMenuCommands';
import { modKeyName } from '../ui/keyboard';
import { useNotices } from '../ui/Notices';
import { usePopupMenu } from '../ui/usePopupMenu';
import { interopStrings as s } from './interopStrings';
// oxlint-disable-next-line import/no-unassigned-import -- Vite bundles the menu's stylesheet with it.
import './interop.css';

interface Props {
  onImportQdpx: () => Promise<void>;
  /** Export project file… (its dialog). */
  onExportProject: () => void;
  /** Merge a colleague's file… (its dialog). */
  onMerge: () => void;
}

/**
 * The header's Exchange menu: the project file for a colleague, a colleague's file merged in, the
 * project as a REFI-QDA .qdpx for QDA software, its highlights as W3C Web Annotations, and a .qdpx in
 * (as a new project). The desktop File menu sends the same commands.
 */
export function ExchangeMenu({ onImportQdpx, onExportProject, onMerge }: Props) {
  const client = useApi();
  const notices = useNotices();
  const { open, setOpen, rootRef, onKeyDown } = usePopupMenu();
  const [busy, setBusy] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);

  // Arrow keys move between the items; Esc closes the menu and gives focus back to its button.
  const onMenuKeyDown = (event: KeyboardEvent) => {
    const items = [...(rootRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const move = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[event.key];
    if (open && move !== undefined && items.length > 0) {
      event.preventDefault();
      items[(move + items.length) % items.length]?.focus();
      return;
    }
    if (event.key === 'Escape' && open) buttonRef.current?.focus();
    onKeyDown(event);
  };

  const run = async (action: () => Promise<void>) => {
    setOpen(false);
    setBusy(true);
    try {
      await action();
    } catch (error) {
      notices.reportError(error);
    } finally {
      setBusy(false);
    }
  };

  const exportQdpx = () =>
    run(async () => {
      const out = await client.call('interop.exportQdpx', {});
      if (await client.shell.saveFile(out.fileName, out.dataBase64, 'application/zip', 'base64')) {
        notices.notify(s.exportedQdpx(out.fileName, out.counts), { fullText: out.fileName, timeoutMs: 12000 });
      }
    });
  const exportWebAnnotations = () =>
    run(async () => {
      const out = await client.call('interop.exportWebAnnotations', {});
      // An empty file helps no one: say what to do instead.
      if (out.count === 0) {
        notices.notify(s.noHighlights);
        return;
      }
      if (await client.shell.saveFile(out.fileName, out.json, 'application/ld+json')) {
        notices.notify(s.exportedWebAnnotations(out.fileName, out.count), { fullText: out.fileName });
      }
    });

  useMenuCommands({
    'interop.exportQdpx': () => void exportQdpx(),
    'interop.exportWebAnnotations': () => void exportWebAnnotations(),
  });

  const items = [
    { label: s.exportProject, hint: `${modKeyName}+Shift+E`, act: async () => { setOpen(false); onExportProject(); } },
    { label: s.merge, hint: `${modKeyName}+Shift+M`, act: async () => { setOpen(false); onMerge(); } },
    { label: s.exportQdpx, act: exportQdpx },
    { label: s.exportWebAnnotations, act: exportWebAnnotations },
    { label: s.importQdpx, act: () => run(onImportQdpx) },
  ];

  return (
    <div className="exchange-menu" ref={rootRef} onKeyDown={onMenuKeyDown}>
      <button ref={buttonRef} type="button" className="small quiet" aria-haspopup="menu" aria-expanded={open} disabled={busy} onClick={() => setOpen((o) => !o)}>
        {busy ? s.working : s.menu} ▾
      </button>
      {open && (
        <ul className="popup-menu exchange-menu-list" role="menu" aria-label={s.menuLabel}>
          {items.map((item, index) => (
            <li key={item.label} role="none">
              <button
                type="button"
                role="menuitem"
                className="quiet"
                // The first item takes focus, so the menu works from the keyboard.
                autoFocus={index === 0}
                onClick={() => void item.act()}
              >
                {item.label}
                {'hint' in item && item.hint && <kbd className="exchange-menu-hint">{item.hint}</kbd>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
