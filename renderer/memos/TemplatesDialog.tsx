import { useId, useState, type FormEvent } from 'react';
import type { Memo, MemoTemplateSummary } from '../../shared/api/memoTypes';
import { useMutate, useQuery } from '../api/QueryContext';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/errorMessage';
import { FormProblem } from '../ui/FormProblem';
import { useNotices } from '../ui/Notices';
import { formatDateTime } from '../ui/formatDateTime';
import { memosStrings as s } from './memosStrings';

const t = s.templates;

function RenameRow({ template, onDone }: { template: MemoTemplateSummary; onDone: (renamed: string | null) => void }) {
  const id = useId();
  const mutate = useMutate();
  const [name, setName] = useState(template.name);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = name.trim();
    if (next === '' || next === template.name) return onDone(null);
    setBusy(true);
    try {
      onDone((await mutate('templates.rename', { id: template.id, name: next })).name);
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  };
  return (
    <form className="memo-template-rename" onSubmit={submit} aria-label={t.renameTitle(template.name)}>
      <label htmlFor={`${id}-name`} className="visually-hidden">
        {t.newName}
      </label>
      <input
        id={`${id}-name`}
        value={name}
        maxLength={200}
        autoFocus
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onDone(null);
          }
        }}
      />
      <button type="submit" className="small primary" disabled={busy || name.trim() === ''}>
        {s.save}
      </button>
      <button type="button" className="small" onClick={() => onDone(null)}>
        {s.cancel}
      </button>
      <FormProblem problem={problem} />
    </form>
  );
}

/**
 * The templates new memos start from: built-in ones (fixed; an analyst edits a
 * copy) and the analyst's own, which can be edited (through a memo made from
 * them, then Save as template → Replace), renamed and moved to the Trash.
 */
export function TemplatesDialog({ onClose, onEdit }: { onClose: () => void; onEdit: (memo: Memo, template: MemoTemplateSummary) => void }) {
  const templates = useQuery('templates.list', {});
  const mutate = useMutate();
  const notices = useNotices();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const list = templates.data ?? [];
  const builtin = list.filter((x) => x.builtin);
  const own = list.filter((x) => !x.builtin);

  const edit = async (template: MemoTemplateSummary) => {
    setProblem(null);
    try {
      onEdit(await mutate('memos.create', { title: t.editTitle(template.name), templateId: template.id }), template);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  const remove = async (template: MemoTemplateSummary) => {
    setProblem(null);
    try {
      await mutate('templates.delete', { id: template.id });
      notices.notify(t.removed(template.name), {
        timeoutMs: 10000,
        fullText: template.name,
        action: { label: s.undo, run: () => mutate('trash.restore', { kind: 'memoTemplate', id: template.id }).then(() => undefined, notices.reportError) },
      });
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  return (
    <Dialog label={t.title} onClose={onClose}>
      <p className="muted">{t.explain}</p>
      <FormProblem problem={problem ?? (templates.error ? errorMessage(templates.error) : null)} />
      <h3 className="memo-template-group-title">{s.builtinTemplates}</h3>
      <ul className="memo-template-list">
        {builtin.map((template) => (
          <li key={template.id} className="memo-template-item">
            <span className="memo-template-text">
              <span className="memo-template-name">{template.name}</span>
              <span className="memo-template-description">{template.description}</span>
            </span>
            <span className="memo-template-actions">
              <button type="button" className="small" aria-label={t.editLabel(template.name)} title={t.builtinNote} onClick={() => void edit(template)}>
                {t.editCopy}
              </button>
            </span>
          </li>
        ))}
      </ul>
      <h3 className="memo-template-group-title">{s.ownTemplates}</h3>
      {templates.data && own.length === 0 && <p className="muted">{t.none}</p>}
      <ul className="memo-template-list">
        {own.map((template) =>
          renaming === template.id ? (
            <li key={template.id} className="memo-template-item">
              <RenameRow
                template={template}
                onDone={(renamed) => {
                  setRenaming(null);
                  if (renamed) notices.notify(t.renamed(renamed), { fullText: renamed });
                }}
              />
            </li>
          ) : (
            <li key={template.id} className="memo-template-item">
              <span className="memo-template-text">
                <span className="memo-template-name" title={template.name}>
                  {template.name}
                </span>
                <span className="memo-template-description">
                  {[template.description, template.updatedAt ? t.updated(formatDateTime(template.updatedAt)) : ''].filter(Boolean).join(' · ')}
                </span>
              </span>
              <span className="memo-template-actions">
                <button type="button" className="small" aria-label={t.editLabel(template.name)} onClick={() => void edit(template)}>
                  {t.edit}
                </button>
                <button type="button" className="small" aria-label={t.renameLabel(template.name)} onClick={() => setRenaming(template.id)}>
                  {t.rename}
                </button>
                <button type="button" className="small danger-quiet" aria-label={t.removeLabel(template.name)} onClick={() => void remove(template)}>
                  {t.remove}
                </button>
              </span>
            </li>
          ),
        )}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {s.close}
        </button>
      </div>
    </Dialog>
  );
}
