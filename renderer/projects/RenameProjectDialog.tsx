import { useId, useRef, useState, type FormEvent } from 'react';
import type { ProjectInfo } from '../../shared/api/types';
import { useMutate } from '../api/QueryContext';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/errorMessage';
import { projectNameProblem, ProjectNameField } from './ProjectNameField';
import { projectsStrings as s } from './projectsStrings';
import { FormProblem } from '../ui/FormProblem';

interface Props {
  project: ProjectInfo;
  onRenamed: (project: ProjectInfo) => void;
  onClose: () => void;
}

/** Renames the project (its display name; the file keeps its name). */
export function RenameProjectDialog({ project, onRenamed, onClose }: Props) {
  const id = useId();
  const mutate = useMutate();
  const [name, setName] = useState(project.name);
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
      onRenamed(await mutate('projects.rename', { name: name.trim() }));
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  };

  return (
    <Dialog label={s.renameTitle} onClose={onClose} size="small">
      <form onSubmit={submit}>
        <ProjectNameField id={`${id}-name`} value={name} onChange={setName} problem={nameProblem} inputRef={inputRef} selectOnFocus />
        <FormProblem problem={problem} />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {s.cancel}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {s.rename}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
