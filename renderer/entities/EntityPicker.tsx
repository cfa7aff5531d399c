import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { EntitySummary } from '../../shared/api/types';
import { entitiesStrings as s } from './entitiesStrings';
import { matchingName } from './matchEntities';

const MAX_OPTIONS = 50;

interface Props {
  entities: readonly EntitySummary[];
  /** Left out of the options (the entity being merged). */
  excludeId?: string;
  onPick: (entity: EntitySummary) => void;
  label?: string;
  /**
   * Take focus when shown again inside an open dialog. Not on the dialog's first
   * render: the dialog focuses [data-autofocus] itself and must first note where focus was.
   */
  autoFocus?: boolean;
}

/** A type-ahead over names and aliases: ↑ ↓ choose, Enter picks (the ARIA combobox pattern). */
export function EntityPicker({ entities, excludeId, onPick, label = s.pickerLabel, autoFocus = false }: Props) {
  const id = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);

  const options = useMemo(() => {
    const found: { entity: EntitySummary; via: string }[] = [];
    for (const entity of entities) {
      if (entity.id === excludeId) continue;
      const via = matchingName(entity, query);
      if (via !== null) found.push({ entity, via });
      if (found.length >= MAX_OPTIONS) break;
    }
    return found;
  }, [entities, excludeId, query]);
  const selfMatches = useMemo(() => {
    const self = entities.find((e) => e.id === excludeId);
    return query.trim() !== '' && self !== undefined && matchingName(self, query) !== null;
  }, [entities, excludeId, query]);

  const activeIndex = Math.min(active, Math.max(0, options.length - 1));
  const optionId = (index: number) => `${id}-option-${index}`;

  const move = (index: number) => {
    setActive(index);
    listRef.current?.children[index]?.scrollIntoView?.({ block: 'nearest' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') move(Math.min(options.length - 1, activeIndex + 1));
    else if (event.key === 'ArrowUp') move(Math.max(0, activeIndex - 1));
    else if (event.key === 'PageDown') move(Math.min(options.length - 1, activeIndex + 8));
    else if (event.key === 'PageUp') move(Math.max(0, activeIndex - 8));
    else if (event.key === 'Enter') {
      const option = options[activeIndex];
      if (option) onPick(option.entity);
    } else return;
    event.preventDefault();
  };

  return (
    <div className="entity-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={options.length > 0 ? optionId(activeIndex) : undefined}
        data-autofocus
        autoFocus={autoFocus}
        autoComplete="off"
        value={query}
        placeholder={s.pickerPlaceholder}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={s.pickerOptions} className="entity-picker-options" ref={listRef}>
        {options.map(({ entity, via }, index) => (
          <li
            key={entity.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            className="entity-picker-option"
            onMouseDown={(e) => e.preventDefault()}
            onMouseMove={() => index !== activeIndex && setActive(index)}
            onClick={() => onPick(entity)}
          >
            <span className="entity-picker-name" dir="auto">
              {entity.name}
            </span>
            <span className={`kind-badge entity-kind-${entity.kind}`}>{s.kinds[entity.kind]}</span>
            {via !== entity.name && (
              <span className="entity-picker-via" dir="auto">
                {s.pickerAliasMatch(via)}
              </span>
            )}
            {/* Two entities can share a name: what each is and how much it holds tells them apart. */}
            <span className="muted entity-picker-detail" dir="auto">
              {[entity.description, s.pickerDetail(entity.mentionCount, entity.claimCount)].filter(Boolean).join(' · ')}
            </span>
          </li>
        ))}
      </ul>
      {options.length === 0 && <p className="muted entity-picker-empty">{s.pickerNoMatch}</p>}
      {selfMatches && <p className="muted entity-picker-empty">{s.mergeSelf}</p>}
    </div>
  );
}
