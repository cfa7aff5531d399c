import type { RefObject } from 'react';
import { projectsStrings as s } from './projectsStrings';

/** The contract's limit on project names, said up front instead of cutting the name short. */
export const MAX_PROJECT_NAME = 120;

/** What is wrong with a project name, or null. Empty counts only once the person tried to go on. */
export function projectNameProblem(name: string, submitted: boolean): string | null {
  const length = name.trim().length;
  if (length > MAX_PROJECT_NAME) return s.nameTooLong(length, MAX_PROJECT_NAME);
  if (length === 0 && submitted) return s.nameRequired;
  return null;
}

interface Props {
  id: string;
  value: string;
  onChange: (value: string) => void;
  problem: string | null;
  inputRef: RefObject<HTMLInputElement | null>;
  placeholder?: string;
  selectOnFocus?: boolean;
}

/** The name field of the new-project and rename dialogs: invalid state and message tied to the field, a counter near the limit. */
export function ProjectNameField({ id, value, onChange, problem, inputRef, placeholder, selectOnFocus = false }: Props) {
  const length = value.trim().length;
  const nearLimit = length > MAX_PROJECT_NAME - 20;
  return (
    <div className="field">
      <label htmlFor={id}>{s.nameLabel}</label>
      <input
        ref={inputRef}
        id={id}
        value={value}
        placeholder={placeholder}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : nearLimit ? `${id}-count` : undefined}
        onChange={(e) => onChange(e.target.value)}
        onFocus={selectOnFocus ? (e) => e.target.select() : undefined}
      />
      {nearLimit && !problem && (
        <p id={`${id}-count`} className="field-note">
          {s.nameCount(length, MAX_PROJECT_NAME)}
        </p>
      )}
      {problem && (
        <p id={`${id}-problem`} className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
