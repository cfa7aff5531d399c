import { useEffect, useId, useState } from 'react';
import type { MemoExportOptions, PageSize } from '../../shared/api/memoTypes';
import { useApi } from '../api/ApiContext';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/errorMessage';
import { useNotices } from '../ui/Notices';
import { memosStrings as s } from './memosStrings';
import { previewDocument, todayIso } from './printPreview';
import { FormProblem } from '../ui/FormProblem';

const MARGINS = { narrow: 12, normal: 20, wide: 30 } as const;
type MarginChoice = keyof typeof MARGINS;

/** Print or save as PDF: page size, margins, handling marking and date, with a preview of the stored memo. */
export function PrintDialog({ memoId, onClose, beforeExport }: { memoId: string; onClose: () => void; beforeExport: () => Promise<void> }) {
  const id = useId();
  const client = useApi();
  const notices = useNotices();
  const [pageSize, setPageSize] = useState<PageSize>('A4');
  const [margin, setMargin] = useState<MarginChoice>('normal');
  const [marking, setMarking] = useState('');
  const [date, setDate] = useState(todayIso());
  const [preview, setPreview] = useState<{ html: string; fileName: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const mm = MARGINS[margin];
  const options: MemoExportOptions = { pageSize, margins: { top: mm, right: mm, bottom: mm, left: mm }, marking: marking.trim(), date };
  const optionsKey = JSON.stringify(options);

  // The preview follows the options after a pause in typing the marking.
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      const chosen = JSON.parse(optionsKey) as MemoExportOptions;
      beforeExport()
        .then(() => client.call('memos.export', { id: memoId, format: 'printHtml', options: chosen }))
        .then(
          (result) => {
            if (!live) return;
            setProblem(null);
            setPreview({ html: previewDocument(result.text ?? '', chosen), fileName: result.fileName.replace(/\.html$/, '.pdf') });
          },
          (error: unknown) => live && setProblem(errorMessage(error)),
        );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, memoId, optionsKey, beforeExport]);

  const savePdf = async () => {
    setBusy(true);
    try {
      await beforeExport();
      const result = await client.call('memos.export', { id: memoId, format: 'printHtml', options });
      const saved = await client.shell.savePdf(result.fileName.replace(/\.html$/, '.pdf'), result.text ?? '');
      if (saved) {
        notices.notify(client.shell.kind === 'desktop' ? s.print.saved : s.print.sentToPrinter);
        onClose();
      }
      if (result.removedSources.length > 0) notices.notify(s.removedInExport(result.removedSources.map((r) => r.n)));
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog label={s.print.title} onClose={onClose} size="large">
      <div className="memo-print">
        <form
          className="memo-print-options"
          onSubmit={(e) => {
            e.preventDefault();
            void savePdf();
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-size`}>{s.print.pageSize}</label>
            <select id={`${id}-size`} value={pageSize} onChange={(e) => setPageSize(e.target.value as PageSize)}>
              <option value="A4">A4</option>
              <option value="Letter">Letter</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-margins`}>{s.print.margins}</label>
            <select id={`${id}-margins`} value={margin} onChange={(e) => setMargin(e.target.value as MarginChoice)}>
              {(Object.keys(MARGINS) as MarginChoice[]).map((m) => (
                <option key={m} value={m}>
                  {s.print.marginChoices[m](MARGINS[m])}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-marking`}>{s.print.marking}</label>
            <input id={`${id}-marking`} value={marking} maxLength={200} placeholder={s.print.markingPlaceholder} onChange={(e) => setMarking(e.target.value)} />
            <span className="field-note">{s.print.markingNote}</span>
          </div>
          <div className="field">
            <label htmlFor={`${id}-date`}>{s.print.date}</label>
            <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
            <span className="field-note">{s.print.dateNote}</span>
          </div>
          <p className="field-note">{s.print.pageNumbers}</p>
          <FormProblem problem={problem} />
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              {s.cancel}
            </button>
            <button type="submit" className="primary" disabled={busy}>
              {client.shell.kind === 'desktop' ? s.print.savePdf : s.print.printOrPdf}
            </button>
          </div>
        </form>
        <div className="memo-print-preview">
          {preview ? (
            <iframe title={s.print.preview} sandbox="" srcDoc={preview.html} className="memo-print-frame" />
          ) : (
            <p className="muted">{s.loading}</p>
          )}
        </div>
      </div>
    </Dialog>
  );
}
