import { useState } from 'react';
import type { MemoExportFormat } from '../../shared/api/memoTypes';
import { useApi } from '../api/ApiContext';
import { useNotices } from '../ui/Notices';
import { usePopupMenu } from '../ui/usePopupMenu';
import { memosStrings as s } from './memosStrings';

const FORMATS = ['docx', 'html', 'markdown'] as const satisfies readonly MemoExportFormat[];

/** Export → Word, HTML or Markdown: rendered by core from the stored memo (saved first), then saved where the analyst chooses. */
export function ExportMenu({ memoId, beforeExport }: { memoId: string; beforeExport: () => Promise<void> }) {
  const client = useApi();
  const notices = useNotices();
  const { open, setOpen, rootRef, onKeyDown } = usePopupMenu();
  const [busy, setBusy] = useState(false);

  const run = async (format: (typeof FORMATS)[number]) => {
    setOpen(false);
    setBusy(true);
    try {
      await beforeExport();
      const result = await client.call('memos.export', { id: memoId, format });
      const saved =
        result.dataBase64 !== undefined
          ? await client.shell.saveFile(result.fileName, result.dataBase64, result.mimeType, 'base64')
          : await client.shell.saveFile(result.fileName, result.text ?? '', result.mimeType);
      if (saved) notices.notify(s.exported(result.fileName), { fullText: result.fileName });
      if (result.removedSources.length > 0) notices.notify(s.removedInExport(result.removedSources.map((r) => r.n)));
    } catch (error) {
      notices.reportError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      className="memo-export"
      ref={rootRef}
      onKeyDown={onKeyDown}
    >
      <button type="button" className="small" aria-haspopup="menu" aria-expanded={open} disabled={busy} onClick={() => setOpen((o) => !o)}>
        {busy ? s.exporting : s.export} ▾
      </button>
      {open && (
        <ul className="popup-menu memo-export-menu" role="menu" aria-label={s.export}>
          {FORMATS.map((format) => (
            <li key={format} role="none">
              <button type="button" role="menuitem" className="quiet" onClick={() => void run(format)}>
                {s.formats[format]}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
