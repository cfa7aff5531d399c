import { useId, useState, type FormEvent } from 'react';
import type { ProjectInfo } from '../../shared/api/types';
import { useApi } from '../api/ApiContext';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/errorMessage';
import { projectsStrings as s } from './projectsStrings';
import { useProjectActions } from './useProjectActions';

interface Props {
  projectsDir: string | null;
  onCreated: (project: ProjectInfo) => void;
  onClose: () => void;
}

/** Name a new project; on the desktop a save dialog then asks where the file goes. */
export function NewProjectDialog({ projectsDir, onCreated, onClose }: Props) {
  const id = useId();
  const client = useApi();
  const actions = useProjectActions();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setProblem(s.nameRequired);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const project = await actions.create(name.trim());
      if (project) onCreated(project);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog label={s.newTitle} onClose={onClose} size="small">
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-name`}>{s.nameLabel}</label>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={120}
            placeholder={s.namePlaceholder}
            aria-invalid={problem === s.nameRequired || undefined}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <p className="muted hint">
          {client.shell.kind === 'desktop' ? s.desktopSaveHint : projectsDir ? s.browserSaveHint(projectsDir) : ''}
        </p>
        {problem && (
          <p className="inline-problem" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {s.cancel}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {s.create}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
