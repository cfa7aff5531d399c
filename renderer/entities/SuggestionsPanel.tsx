import { useId, useState, type ReactNode } from 'react';
import type { EntitySuggestion } from '../../shared/api/types';
import { useMutate, useQuery } from '../api/QueryContext';
import { useNavigation } from '../app/Navigation';
import { sameName } from '../../shared/entities/foldName';
import { useViewUndo, type UndoableEdit } from '../ui/ViewUndo';
import { entitiesStrings as s } from './entitiesStrings';
import { plainError } from './plainError';
import { FormProblem } from '../ui/FormProblem';

interface Props {
  /** "Add as entity": the create dialog, filled in from the suggestion. */
  onAddEntity: (suggestion: EntitySuggestion) => void;
  onOpenEntity: (entityId: string) => void;
  onClose: () => void;
}

/**
 * Names found in one source that the registry does not have yet (add or
 * dismiss), and other spellings of entities it has (add as alias or dismiss).
 * Starts on the source open in the reader.
 */
export function SuggestionsPanel({ onAddEntity, onOpenEntity, onClose }: Props) {
  const id = useId();
  const nav = useNavigation();
  const sources = useQuery('sources.list', {});
  const list = sources.data ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const sourceId =
    chosen && list.some((x) => x.id === chosen)
      ? chosen
      : nav.selectedSourceId && list.some((x) => x.id === nav.selectedSourceId)
        ? nav.selectedSourceId
        : (list[0]?.id ?? null);
  const suggestions = useQuery('entities.suggest', sourceId ? { sourceId } : null);
  // Taken or dismissed here: hidden at once, before the list reloads; shown again when undone.
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const hide = (key: string) => setDone((keys) => new Set([...keys, key]));
  const show = (key: string) => setDone((keys) => new Set([...keys].filter((k) => k !== key)));
  const shown = (suggestions.data ?? []).filter((x) => !done.has(x.key));
  const fresh = shown.filter((x) => x.type === 'new');
  const spellings = shown.filter((x) => x.type === 'alias');

  return (
    <section className="suggestions-panel" aria-labelledby={`${id}-title`}>
      <div className="suggestions-head">
        <h2 id={`${id}-title`} className="entity-section-title">
          {s.suggestionsTitle}
        </h2>
        <button type="button" className="icon-button" aria-label={s.closeSuggestions} title={s.closeSuggestions} onClick={onClose}>
          ×
        </button>
      </div>
      <p className="muted small-text">{s.suggestionsIntro}</p>
      {sources.data && list.length === 0 ? (
        <p className="muted">{s.noSources}</p>
      ) : (
        <div className="field suggestions-source">
          <label htmlFor={`${id}-source`}>{s.sourcePicker}</label>
          <select id={`${id}-source`} value={sourceId ?? ''} onChange={(e) => setChosen(e.target.value || null)}>
            {list.map((x) => (
              <option key={x.id} value={x.id}>
                {x.title}
                {x.id === nav.selectedSourceId ? ` ${s.currentSource}` : ''}
              </option>
            ))}
          </select>
        </div>
      )}
      {suggestions.error && (
        <p className="inline-problem" role="alert">
          {plainError(suggestions.error)}
        </p>
      )}
      {sourceId && !suggestions.data && !suggestions.error && (
        <p className="muted" aria-busy="true">
          {s.looking}
        </p>
      )}
      {suggestions.data && shown.length === 0 && <p className="muted">{s.noSuggestions}</p>}
      {spellings.length > 0 && (
        <SuggestionGroup title={s.otherSpellings}>
          {spellings.map((x) => (
            <SuggestionItem key={x.key} suggestion={x} onDone={() => hide(x.key)} onUndone={() => show(x.key)} onAddEntity={onAddEntity} onOpenEntity={onOpenEntity} />
          ))}
        </SuggestionGroup>
      )}
      {fresh.length > 0 && (
        <SuggestionGroup title={s.newNames}>
          {fresh.map((x) => (
            <SuggestionItem key={x.key} suggestion={x} onDone={() => hide(x.key)} onUndone={() => show(x.key)} onAddEntity={onAddEntity} onOpenEntity={onOpenEntity} />
          ))}
        </SuggestionGroup>
      )}
    </section>
  );
}

function SuggestionGroup({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <div className="suggestion-group">
      <h3 id={id} className="suggestion-group-title">
        {title}
      </h3>
      <ul className="suggestion-list" aria-labelledby={id}>
        {children}
      </ul>
    </div>
  );
}

interface ItemProps {
  suggestion: EntitySuggestion;
  onDone: () => void;
  onUndone: () => void;
  onAddEntity: (suggestion: EntitySuggestion) => void;
  onOpenEntity: (entityId: string) => void;
}

function SuggestionItem({ suggestion: x, onDone, onUndone, onAddEntity, onOpenEntity }: ItemProps) {
  const mutate = useMutate();
  const undo = useViewUndo();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** Does the work, then hides the suggestion and says what was done, with Undo. */
  const run = async (work: () => Promise<{ message: string; edit: UndoableEdit }>) => {
    setBusy(true);
    setProblem(null);
    try {
      const { message, edit } = await work();
      onDone();
      undo.saved(message, {
        description: edit.description,
        undo: async () => {
          await edit.undo();
          onUndone();
        },
      });
    } catch (error) {
      setProblem(plainError(error));
      setBusy(false);
    }
  };

  const addAlias = () =>
    run(async () => {
      const entity = await mutate('entities.addAlias', { entityId: x.entityId ?? '', alias: x.name });
      const aliasId = entity.aliasRows.find((a) => sameName(a.alias, x.name))?.id;
      return {
        message: s.aliasAdded(x.name),
        edit: { description: s.undoAliasAdded(x.name, entity.name), undo: async () => aliasId && mutate('entities.removeAlias', { aliasId }) },
      };
    });
  const dismiss = () =>
    run(async () => {
      await mutate('entities.dismissSuggestion', { key: x.key });
      return { message: s.dismissed(x.name), edit: { description: s.undoDismiss(x.name), undo: () => mutate('entities.undismissSuggestion', { key: x.key }) } };
    });

  return (
    <li className="suggestion">
      <p className="suggestion-text">
        <span className="suggestion-name" dir="auto">
          {x.name}
        </span>
        {x.type === 'alias' && x.entityId ? (
          <>
            {' — '}
            {x.reason ?? ''}
            {x.entityName && !x.reason?.includes(x.entityName) && (
              <>
                {' '}
                <button type="button" className="link-button" onClick={() => onOpenEntity(x.entityId ?? '')}>
                  {x.entityName}
                </button>
              </>
            )}
          </>
        ) : (
          s.kindGuess[x.kind] && <span className="muted small-text suggestion-note">{s.kindGuess[x.kind]}</span>
        )}
        <span className="muted small-text suggestion-note">{s.occurrences(x.count)}</span>
      </p>
      <div className="suggestion-actions">
        {x.type === 'alias' && x.entityId ? (
          <button type="button" className="small" disabled={busy} aria-label={s.addAsAliasLabel(x.name, x.entityName ?? '')} onClick={() => void addAlias()}>
            {s.addAsAliasOf(x.entityName ?? '')}
          </button>
        ) : (
          <button type="button" className="small" disabled={busy} aria-label={s.addAsEntityLabel(x.name)} onClick={() => onAddEntity(x)}>
            {s.addAsEntity}
          </button>
        )}
        <button type="button" className="small quiet" disabled={busy} aria-label={s.dismissLabel(x.name)} onClick={() => void dismiss()}>
          {s.dismiss}
        </button>
      </div>
      <FormProblem problem={problem} />
    </li>
  );
}
