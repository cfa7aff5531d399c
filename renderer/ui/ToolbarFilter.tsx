import { useId, type KeyboardEvent, type Ref } from 'react';

interface Props {
  /** Said to screen readers: "Filter sources", "Search claims"… */
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
  keyShortcuts?: string;
  /** Runs first; Esc then clears a non-empty box unless the handler prevented it. */
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
}

/** The search or filter box of a view's toolbar, the same in every view: Esc clears it. */
export function ToolbarFilter({ label, placeholder, value, onChange, inputRef, className, keyShortcuts, onKeyDown }: Props) {
  const id = useId();
  return (
    <div className={className ? `toolbar-filter ${className}` : 'toolbar-filter'}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        type="search"
        placeholder={placeholder}
        aria-keyshortcuts={keyShortcuts}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          onKeyDown?.(e);
          if (!e.defaultPrevented && e.key === 'Escape' && value) {
            e.preventDefault();
            onChange('');
          }
        }}
      />
    </div>
  );
}
