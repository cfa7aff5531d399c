import { useId, useState, type KeyboardEvent } from 'react';
import { entitiesStrings as s } from './entitiesStrings';
import { sameName } from '../../shared/entities/foldName';
import { FormProblem } from '../ui/FormProblem';

interface Props {
  aliases: string[];
  onChange: (aliases: string[]) => void;
  /** The entity's name: an alias equal to it is pointless. */
  name: string;
  /** What is typed but not added yet: the form adds it on save rather than losing it. */
  text: string;
  onTextChange: (text: string) => void;
}

/** Aliases as removable chips, with a field that adds one on Enter. */
export function AliasChipsInput({ aliases, onChange, name, text, onTextChange: setText }: Props) {
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);

  /** Adds what is typed; false when there was nothing to add (so Enter may submit the form). */
  const add = (): boolean => {
    const alias = text.trim();
    if (!alias) return false;
    if (aliases.some((a) => sameName(a, alias))) setProblem(s.aliasTwice(alias));
    else if (name.trim() && sameName(name, alias)) setProblem(s.aliasSameAsName(alias));
    else {
      onChange([...aliases, alias]);
      setProblem(null);
    }
    setText('');
    return true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      if (add()) event.preventDefault();
    } else if (event.key === 'Backspace' && text === '' && aliases.length > 0) {
      event.preventDefault();
      onChange(aliases.slice(0, -1));
    }
  };

  return (
    <fieldset className="field-wide alias-input">
      <legend>{s.aliases}</legend>
      {aliases.length > 0 && (
        <ul className="chip-row alias-chips" aria-label={s.aliases}>
          {aliases.map((alias) => (
            <li key={alias} className="alias-chip">
              <span className="alias-text" dir="auto">
                {alias}
              </span>
              <button
                type="button"
                className="chip-remove"
                aria-label={s.removeAlias(alias)}
                title={s.removeAlias(alias)}
                onClick={() => onChange(aliases.filter((a) => a !== alias))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="alias-add-row">
        <input
          aria-label={s.newAlias}
          value={text}
          maxLength={300}
          placeholder={s.newAliasPlaceholder}
          aria-describedby={`${id}-alias-hint`}
          onChange={(e) => {
            setText(e.target.value);
            setProblem(null);
          }}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="small" disabled={!text.trim()} onClick={() => add()}>
          {s.addAlias}
        </button>
      </div>
      <p id={`${id}-alias-hint`} className="hint muted">
        {s.aliasesHint}
      </p>
      <FormProblem problem={problem} />
    </fieldset>
  );
}
