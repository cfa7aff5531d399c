import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Entity, EntityKind } from '../../shared/api/types';
import { useMutate } from '../api/QueryContext';
import { Dialog } from '../ui/Dialog';
import { hasModKey, modKeyName } from '../ui/keyboard';
import { AliasChipsInput } from './AliasChipsInput';
import { entityKinds } from './entityKinds';
import { entitiesStrings as s } from './entitiesStrings';
import { sameName } from '../../shared/entities/foldName';
import { plainError } from './plainError';
import { FormProblem } from '../ui/FormProblem';

export interface EntityDraft {
  kind: EntityKind;
  name: string;
  description?: string;
  aliases?: string[];
  notes?: string;
  dateEdtf?: string;
}

type Props =
  | { mode: 'create'; initial?: Partial<EntityDraft>; onClose: () => void; onSaved: (entity: Entity) => void }
  | { mode: 'edit'; entity: Entity; onClose: () => void; onSaved: (entity: Entity) => void };

/** Creates an entity (with its aliases), or edits the details of one. */
export function EntityFormDialog(props: Props) {
  const id = useId();
  const mutate = useMutate();
  const start: EntityDraft =
    props.mode === 'edit'
      ? { ...props.entity }
      : { kind: props.initial?.kind ?? 'person', name: props.initial?.name ?? '', aliases: props.initial?.aliases ?? [] };
  const [kind, setKind] = useState<EntityKind>(start.kind);
  const [name, setName] = useState(start.name);
  const [description, setDescription] = useState(start.description ?? '');
  const [aliases, setAliases] = useState<string[]>(start.aliases ?? []);
  const [aliasText, setAliasText] = useState('');
  const [dateEdtf, setDateEdtf] = useState(start.dateEdtf ?? '');
  const [notes, setNotes] = useState(start.notes ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(null);
    const fields = { kind, name, description: description.trim(), dateEdtf: dateEdtf.trim(), notes };
    try {
      const typed = aliasText.trim();
      const allAliases = typed && !aliases.some((a) => sameName(a, typed)) ? [...aliases, typed] : aliases;
      const entity =
        props.mode === 'create'
          ? await mutate('entities.create', { ...fields, aliases: allAliases })
          : await mutate('entities.update', { id: props.entity.id, ...fields });
      props.onSaved(entity);
    } catch (error) {
      setProblem(plainError(error));
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && hasModKey(event)) {
      event.preventDefault();
      void save();
    }
  };

  const label = props.mode === 'create' ? s.createTitle : s.editTitle(props.entity.name);

  return (
    <Dialog label={label} onClose={props.onClose} size="medium">
      <form className="entity-form" onSubmit={save} onKeyDown={onKeyDown} noValidate>
        <div className="form-grid">
          <div className="field field-wide">
            <label htmlFor={`${id}-name`}>{s.name}</label>
            <input
              id={`${id}-name`}
              data-autofocus
              value={name}
              maxLength={300}
              placeholder={s.namePlaceholder}
              dir="auto"
              onChange={(e) => {
                setName(e.target.value);
                setProblem(null);
              }}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-kind`}>{s.kind}</label>
            <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as EntityKind)}>
              {entityKinds.map((k) => (
                <option key={k} value={k}>
                  {s.kinds[k]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-date`}>{s.date}</label>
            <input
              id={`${id}-date`}
              value={dateEdtf}
              maxLength={100}
              placeholder={s.datePlaceholder}
              aria-describedby={`${id}-date-hint`}
              onChange={(e) => setDateEdtf(e.target.value)}
            />
          </div>
          <p id={`${id}-date-hint`} className="hint muted field-wide entity-date-hint">
            {s.dateHint}
          </p>
          <div className="field field-wide">
            <label htmlFor={`${id}-description`}>{s.description}</label>
            <input
              id={`${id}-description`}
              value={description}
              maxLength={2000}
              placeholder={s.descriptionPlaceholder}
              onChange={(e) => setDescription(e.target.value)}
            />
          </div>
          {props.mode === 'create' && <AliasChipsInput aliases={aliases} onChange={setAliases} name={name} text={aliasText} onTextChange={setAliasText} />}
          <div className="field field-wide">
            <label htmlFor={`${id}-notes`}>{s.notes}</label>
            <textarea id={`${id}-notes`} rows={3} value={notes} maxLength={100_000} onChange={(e) => setNotes(e.target.value)} />
          </div>
        </div>
        <FormProblem problem={problem} />
        <div className="dialog-actions">
          <span className="hint muted">{s.saveHint(modKeyName)}</span>
          <button type="button" onClick={props.onClose}>
            {s.cancel}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {props.mode === 'create' ? s.create : s.save}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
