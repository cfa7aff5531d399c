import { useId, useRef, useState, type FormEvent } from 'react';
import type { ProjectInfo } from '../../shared/api/types';
import { useApi } from '../api/ApiContext';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/errorMessage';
import { projectNameProblem, ProjectNameField } from './ProjectNameField';
import { projectsStrings as s } from './projectsStrings';
import { useProjectActions } from './useProjectActions';
import { FormProblem } from '../ui/FormProblem';

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
  const [submitted, setSubmitted] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const nameProblem = projectNameProblem(name, submitted);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (projectNameProblem(name, true)) {
      inputRef.current?.focus();
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
        <ProjectNameField
          id={`${id}-name`}
          value={name}
          onChange={setName}
          problem={nameProblem}
          inputRef={inputRef}
          placeholder={s.namePlaceholder}
        />
        <p className="muted hint">
          {client.shell.kind === 'desktop' ? s.desktopSaveHint : projectsDir ? s.browserSaveHint(projectsDir) : ''}
        </p>
        <FormProblem problem={problem} />
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
