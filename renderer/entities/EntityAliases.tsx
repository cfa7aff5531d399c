import { useId, useRef, useState, type FormEvent } from 'react';
import type { Entity, EntitySummary } from '../../shared/api/types';
import { sameName } from '../../shared/entities/foldName';
import { useMutate } from '../api/QueryContext';
import { useNotices } from '../ui/Notices';
import { useViewUndo } from '../ui/ViewUndo';
import { entitiesStrings as s } from './entitiesStrings';
import { otherUsersOf } from './matchEntities';
import { plainError } from './plainError';
import { FormProblem } from '../ui/FormProblem';

interface Props {
  entity: Entity;
  entities: readonly EntitySummary[];
  onOpenEntity: (entityId: string) => void;
}

/** The entity's other names as chips: add and remove (each with Undo), and who else uses a shared one. */
export function EntityAliases({ entity, entities, onOpenEntity }: Props) {
  const headingId = useId();
  const mutate = useMutate();
  const notices = useNotices();
  const undo = useViewUndo();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const nameUsers = otherUsersOf(entity.name, entity.id, entities);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const alias = text.trim();
    if (!alias) return;
    setProblem(null);
    try {
      const updated = await mutate('entities.addAlias', { entityId: entity.id, alias });
      setText('');
      const aliasId = updated.aliasRows.find((a) => sameName(a.alias, alias))?.id;
      undo.saved(s.aliasAdded(alias), {
        description: s.undoAliasAdded(alias, entity.name),
        undo: async () => aliasId && mutate('entities.removeAlias', { aliasId }),
      });
    } catch (error) {
      setProblem(plainError(error));
    }
  };

  const remove = async (aliasId: string, alias: string) => {
    try {
      await mutate('entities.removeAlias', { aliasId });
      // Focus would otherwise fall to the page: the add field is the natural next place.
      inputRef.current?.focus();
      undo.saved(s.aliasRemoved(alias), {
        description: s.undoAliasRemoved(alias, entity.name),
        undo: () => mutate('entities.restoreAlias', { aliasId }),
      });
    } catch (error) {
      notices.reportError(error);
    }
  };

  return (
    <section className="entity-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="entity-section-title">
        {s.aliasesHeading} <span className="count">{entity.aliasRows.length}</span>
      </h3>
      {nameUsers.length > 0 && (
        <p className="conflict-note">
          <span aria-hidden="true">⚠ </span>
          {s.nameAlsoUsedBy}{' '}
          <EntityLinks entities={nameUsers.map((e) => ({ entityId: e.id, name: e.name }))} onOpen={onOpenEntity} />
        </p>
      )}
      {entity.aliasRows.length === 0 ? (
        <p className="muted">{s.noAliases}</p>
      ) : (
        <ul className="chip-row alias-chips" aria-label={s.aliasesHeading}>
          {entity.aliasRows.map((a) => (
            <li key={a.id} className={`alias-chip${a.conflicts.length > 0 ? ' conflict' : ''}`}>
              {a.conflicts.length > 0 && <span aria-hidden="true">⚠</span>}
              <span className="alias-text" dir="auto">
                {a.alias}
              </span>
              {a.conflicts.length > 0 && (
                <span className="alias-conflict">
                  {s.alsoUsedBy} <EntityLinks entities={a.conflicts} onOpen={onOpenEntity} />
                </span>
              )}
              <button
                type="button"
                className="chip-remove"
                aria-label={s.removeAlias(a.alias)}
                title={s.removeAlias(a.alias)}
                onClick={() => void remove(a.id, a.alias)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="alias-add-row" onSubmit={add}>
        <input
          ref={inputRef}
          aria-label={s.newAlias}
          value={text}
          maxLength={300}
          placeholder={s.newAliasPlaceholder}
          dir="auto"
          onChange={(e) => {
            setText(e.target.value);
            setProblem(null);
          }}
        />
        <button type="submit" className="small" disabled={!text.trim()}>
          {s.addAlias}
        </button>
      </form>
      <FormProblem problem={problem} />
    </section>
  );
}

/** Names of other entities as buttons that open them, separated by commas. */
export function EntityLinks({ entities, onOpen }: { entities: readonly { entityId: string; name: string }[]; onOpen: (id: string) => void }) {
  return (
    <>
      {entities.map((e, i) => (
        <span key={e.entityId}>
          {i > 0 && ', '}
          <button type="button" className="link-button" aria-label={s.openEntity(e.name)} onClick={() => onOpen(e.entityId)}>
            {e.name}
          </button>
        </span>
      ))}
    </>
  );
}
