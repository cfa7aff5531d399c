import { useDeferredValue, useId, useMemo, useState, type FormEvent } from 'react';
import { useApi } from '../api/ApiContext';
import { useQuery } from '../api/QueryContext';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/errorMessage';
import { FormProblem } from '../ui/FormProblem';
import { exportStrings as s } from './exportStrings';

interface Props {
  onClose: () => void;
  onExported: (message: string) => void;
}

/** "Export project file…": whole project or chosen sources, memos and drafts optional, with a live summary. */
export function ExportProjectDialog({ onClose, onExported }: Props) {
  const id = useId();
  const client = useApi();
  const sources = useQuery('sources.list', {});
  const [mode, setMode] = useState<'all' | 'chosen'>('all');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [filter, setFilter] = useState('');
  const [includeMemos, setIncludeMemos] = useState(true);
  const [includeDrafts, setIncludeDrafts] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const all = useMemo(() => sources.data ?? [], [sources.data]);
  const needle = useDeferredValue(filter.trim().toLocaleLowerCase());
  const shown = useMemo(
    () => (needle === '' ? all : all.filter((src) => `${src.title} ${src.outlet}`.toLocaleLowerCase().includes(needle))),
    [all, needle],
  );
  const chosenIds = useMemo(() => all.filter((src) => chosen.has(src.id)).map((src) => src.id), [all, chosen]);
  const scope = mode === 'all' ? { includeMemos, includeDrafts } : { sourceIds: chosenIds, includeMemos, includeDrafts };
  const canPreview = mode === 'all' || chosenIds.length > 0;
  const preview = useQuery('exchange.exportPreview', canPreview ? scope : null);

  const toggle = (sourceId: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(sourceId);
    else next.delete(sourceId);
    setChosen(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!canPreview) {
      setProblem(s.chooseOne);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const result = await client.call('exchange.exportProject', scope);
      const saved = await client.shell.saveDownload(result.downloadId, result.fileName);
      if (saved) onExported(s.exported(result.fileName, result.sizeBytes));
      else setBusy(false);
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  };

  return (
    <Dialog label={s.exportTitle} onClose={onClose} size="large">
      <form className="export-project" onSubmit={submit}>
        <p className="muted">{s.intro}</p>
        <fieldset className="field">
          <legend>{s.scopeLegend}</legend>
          <label className="checkbox-field">
            <input type="radio" name={`${id}-scope`} checked={mode === 'all'} onChange={() => setMode('all')} data-autofocus />
            {s.wholeProject}
          </label>
          <label className="checkbox-field">
            <input type="radio" name={`${id}-scope`} checked={mode === 'chosen'} onChange={() => setMode('chosen')} />
            {s.chosenSources}
          </label>
          {mode === 'chosen' && (
            <div className="export-sources">
              <p className="field-note">{s.chosenHint}</p>
              <div className="export-sources-toolbar">
                <label className="visually-hidden" htmlFor={`${id}-filter`}>
                  {s.filterSources}
                </label>
                <input
                  id={`${id}-filter`}
                  type="search"
                  placeholder={s.filterPlaceholder}
                  value={filter}
                  onChange={(e) => setFilter(e.target.value)}
                />
                <button type="button" className="small" onClick={() => setChosen(new Set([...chosen, ...shown.map((src) => src.id)]))}>
                  {s.selectShown}
                </button>
                <button type="button" className="small" onClick={() => setChosen(new Set())}>
                  {s.clearChoice}
                </button>
                <span className="muted" aria-live="polite">
                  {s.chosenCount(chosenIds.length, all.length)}
                </span>
              </div>
              <ul className="export-source-list" aria-label={s.chosenSources}>
                {all.length === 0 && <li className="muted">{s.noSources}</li>}
                {all.length > 0 && shown.length === 0 && <li className="muted">{s.noSourcesMatch}</li>}
                {shown.map((src) => (
                  <li key={src.id}>
                    <label className="checkbox-field">
                      <input type="checkbox" checked={chosen.has(src.id)} onChange={(e) => toggle(src.id, e.target.checked)} />
                      <span className="export-source-title">{src.title}</span>
                      {src.outlet && <span className="muted"> · {src.outlet}</span>}
                    </label>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </fieldset>
        <div className="export-options">
          <label className="checkbox-field">
            <input type="checkbox" checked={includeMemos} onChange={(e) => setIncludeMemos(e.target.checked)} />
            {s.includeMemos}
          </label>
          <p className="field-note">{s.includeMemosHint}</p>
          <label className="checkbox-field">
            <input type="checkbox" checked={includeDrafts} onChange={(e) => setIncludeDrafts(e.target.checked)} />
            {s.includeDrafts}
          </label>
          <p className="field-note">{s.includeDraftsHint}</p>
        </div>
        <section className="export-summary" aria-label={s.summaryTitle} aria-live="polite">
          <h3>{s.summaryTitle}</h3>
          {!canPreview && <p className="muted">{s.chooseOne}</p>}
          {canPreview && preview.error && <p className="inline-problem">{preview.error.message}</p>}
          {canPreview && preview.data && (
            <>
              <p className="export-counts">{s.summary(preview.data.counts).join(' · ')}</p>
              {s.summaryExtra(preview.data.counts, preview.data.draftsLeftOut) && (
                <p className="muted">{s.summaryExtra(preview.data.counts, preview.data.draftsLeftOut)}</p>
              )}
              <p className="field-note">{s.summaryNote(preview.data.projectBytes)}</p>
            </>
          )}
        </section>
        <FormProblem problem={problem} />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {s.cancel}
          </button>
          <button type="submit" className="primary" disabled={busy || !canPreview}>
            {busy ? s.exporting : s.export}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
