import { useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { foldName } from '../../shared/entities/foldName';
import { claimsStrings as s } from './claimsStrings';

export interface PickerOption<T> {
  key: string;
  label: string;
  detail?: string;
  value: T;
}

interface Props<T> {
  /** Accessible name of the box (and visible label unless hideLabel). */
  label: string;
  hideLabel?: boolean;
  placeholder?: string;
  options: readonly PickerOption<T>[];
  onPick: (value: T, option: PickerOption<T>) => void;
  /** Extra entries after the matches (free text, create new), computed from what was typed. */
  extraOptions?: (typed: string) => PickerOption<T>[];
  /** The text shown when not typing, e.g. the current asserter. */
  text?: string;
  /** Called when the box loses focus with typed text that was not picked. */
  onLeaveWithText?: (typed: string) => void;
  /** Keep the picked label in the box (single value) or clear it (adding to a list). */
  keepTextOnPick?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  maxShown?: number;
  disabled?: boolean;
  id?: string;
  className?: string;
  /** Shown under the box, e.g. "Linked to an entity". */
  hint?: ReactNode;
  autoFocus?: boolean;
  /** The box got focus (a picker can start loading its options then). */
  onFocus?: () => void;
}

const foldedCache = new WeakMap<object, string>();

function foldedText(option: PickerOption<unknown>): string {
  let text = foldedCache.get(option);
  if (text === undefined) {
    text = foldName(`${option.label} ${option.detail ?? ''}`);
    foldedCache.set(option, text);
  }
  return text;
}

/** Every word typed occurs in the option (case and diacritics ignored). */
export function matchesQuery(foldedHaystack: string, foldedWords: readonly string[]): boolean {
  return foldedWords.every((w) => foldedHaystack.includes(w));
}

/**
 * A text box with a list of matches below it (ARIA combobox with a listbox):
 * type to narrow, Up/Down to move, Enter to pick, Esc to close the list.
 */
export function SearchPicker<T>({
  label,
  hideLabel = false,
  placeholder,
  options,
  onPick,
  extraOptions,
  text,
  onLeaveWithText,
  keepTextOnPick = false,
  inputRef,
  maxShown = 40,
  disabled = false,
  id: givenId,
  className,
  hint,
  autoFocus,
  onFocus,
}: Props<T>) {
  const autoId = useId();
  const id = givenId ?? `${autoId}-box`;
  const listId = `${autoId}-list`;
  const [typed, setTyped] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const picking = useRef(false);

  const query = (typed ?? '').trim();
  const shown = useMemo(() => {
    const words = foldName(query).split(/\s+/).filter(Boolean);
    const matches: PickerOption<T>[] = [];
    // Folded lazily, and only until enough match: the claim picker may list 50,000 statements.
    for (let i = 0; i < options.length && matches.length < maxShown; i++) {
      const option = options[i] as PickerOption<T>;
      if (words.length === 0 || matchesQuery(foldedText(option), words)) matches.push(option);
    }
    return [...matches, ...(query && extraOptions ? extraOptions(query) : [])];
  }, [options, query, maxShown, extraOptions]);
  const activeIndex = Math.min(active, shown.length - 1);
  const activeOption = activeIndex >= 0 ? shown[activeIndex] : undefined;
  const expanded = open && !disabled;

  const pick = (option: PickerOption<T>) => {
    picking.current = true;
    setTyped(keepTextOnPick ? null : '');
    setOpen(false);
    setActive(0);
    onPick(option.value, option);
    picking.current = false;
    if (!keepTextOnPick) setTyped(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(0);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + shown.length) % Math.max(shown.length, 1));
    } else if (event.key === 'Enter') {
      if (expanded && activeOption) {
        event.preventDefault();
        event.stopPropagation();
        pick(activeOption);
      } else if (typed !== null && onLeaveWithText) {
        event.preventDefault();
        event.stopPropagation();
        onLeaveWithText(typed);
        setTyped(null);
      }
    } else if (event.key === 'Escape') {
      if (expanded) {
        // Only the list closes; a dialog around the box stays open.
        event.preventDefault();
        event.stopPropagation();
        setOpen(false);
      } else if (keepTextOnPick && typed !== null && typed !== (text ?? '')) {
        // A changed single value (the asserter): Esc puts the saved one back; the next Esc goes on.
        event.preventDefault();
        event.stopPropagation();
        setTyped(null);
      }
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  return (
    <div className={`picker${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'picker-label'}>
        {label}
      </label>
      <div className="picker-box">
        <input
          ref={inputRef}
          id={id}
          type="text"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded && activeOption ? `${listId}-${activeIndex}` : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={placeholder}
          disabled={disabled}
          autoFocus={autoFocus}
          value={typed ?? text ?? ''}
          onChange={(e) => {
            setTyped(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onClick={() => setOpen(true)}
          onFocus={onFocus}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setOpen(false);
            if (picking.current) return;
            if (typed !== null && typed !== (text ?? '') && onLeaveWithText) onLeaveWithText(typed);
            setTyped(null);
          }}
        />
        <ul id={listId} role="listbox" aria-label={label} className="picker-list" hidden={!expanded}>
          {expanded && shown.length === 0 && (
            <li className="picker-empty muted" role="presentation">
              {s.noMatches}
            </li>
          )}
          {expanded &&
            shown.map((option, index) => (
              <li
                key={option.key}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === activeIndex}
                className={`picker-option${index === activeIndex ? ' active' : ''}`}
                // Keep focus in the box: the click picks before the box's blur would close the list.
                onMouseDown={(e) => e.preventDefault()}
                onMouseEnter={() => setActive(index)}
                onClick={() => pick(option)}
              >
                <span className="picker-option-label">{option.label}</span>
                {option.detail && <span className="picker-option-detail muted">{option.detail}</span>}
              </li>
            ))}
        </ul>
      </div>
      {hint && <div className="picker-hint muted">{hint}</div>}
    </div>
  );
}
