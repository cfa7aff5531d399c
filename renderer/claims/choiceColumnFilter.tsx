import type { ColumnFilter, FilterHandler } from 'ag-grid-community';
import { useGridFilterDisplay, type CustomFilterDisplayProps, type CustomFloatingFilterDisplayProps } from 'ag-grid-react';
import { useCallback, useId, useRef } from 'react';
import { claimsStrings as s } from './claimsStrings';

export interface ChoiceOption {
  value: string;
  label: string;
}

/** The filter model: the values to keep. null (no filter) keeps everything. */
export interface ChoiceModel {
  values: string[];
}

interface ChoiceParams {
  options: readonly ChoiceOption[];
}

/**
 * A list of checkboxes, one per value: the Community stand-in for AG Grid's
 * Enterprise set filter, for columns with a few known values (status, grades).
 */
function ChoiceFilter(props: CustomFilterDisplayProps<unknown, unknown, ChoiceModel>) {
  const { model, onModelChange, colDef } = props;
  const id = useId();
  const firstRef = useRef<HTMLInputElement>(null);
  const options = ((colDef.filterParams as ChoiceParams | undefined)?.options ?? []) as readonly ChoiceOption[];
  const kept = model ? new Set(model.values) : null;

  useGridFilterDisplay({ afterGuiAttached: useCallback(() => firstRef.current?.focus(), []) });

  const toggle = (value: string, on: boolean) => {
    const current = kept ?? new Set(options.map((o) => o.value));
    if (on) current.add(value);
    else current.delete(value);
    const values = options.map((o) => o.value).filter((v) => current.has(v));
    onModelChange(values.length === options.length ? null : { values });
  };

  return (
    <fieldset className="choice-filter">
      <legend className="visually-hidden">{s.filterAny(colDef.headerName ?? '')}</legend>
      {options.map((option, index) => (
        <label key={option.value} className="choice-filter-option" htmlFor={`${id}-${index}`}>
          <input
            ref={index === 0 ? firstRef : undefined}
            id={`${id}-${index}`}
            type="checkbox"
            checked={kept ? kept.has(option.value) : true}
            onChange={(e) => toggle(option.value, e.target.checked)}
          />
          {option.label}
        </label>
      ))}
      <button type="button" className="small choice-filter-all" disabled={!kept} onClick={() => onModelChange(null)}>
        {s.filterAll}
      </button>
    </fieldset>
  );
}

/** The values a choice filter keeps, in words: "All", or the kept values' labels. */
export function choiceSummary(model: ChoiceModel | null, options: readonly ChoiceOption[]): string {
  if (!model) return s.filterAll;
  if (model.values.length === 0) return s.filterNone;
  const labels = new Map(options.map((o) => [o.value, o.label]));
  return model.values.map((v) => labels.get(v) ?? v).join(', ');
}

/**
 * The floating filter of a choice column: not a text box (there is nothing to type) but a
 * choice button showing what is kept, which opens the list of checkboxes.
 */
function ChoiceFloatingFilter({ model, filterParams, showParentFilter, column }: CustomFloatingFilterDisplayProps<unknown, unknown, ChoiceModel, ChoiceParams>) {
  const summary = choiceSummary(model, filterParams.options);
  const header = column.getColDef().headerName ?? '';
  return (
    <button
      type="button"
      className={`choice-floating-filter${model ? ' is-active' : ''}`}
      aria-label={s.filterChoiceLabel(header, summary)}
      title={summary}
      onClick={showParentFilter}
    >
      <span className="choice-floating-filter-text">{summary}</span>
      <span aria-hidden="true">▾</span>
    </button>
  );
}

/** A column filter for a few known values; `valueOf` reads the row's value as one of the options' values. */
export function choiceColumnFilter<TData>(valueOf: (data: TData) => string, options: readonly ChoiceOption[]): {
  filter: ColumnFilter<TData, unknown, unknown, ChoiceModel>;
  filterParams: ChoiceParams;
  floatingFilterComponent: typeof ChoiceFloatingFilter;
  suppressFloatingFilterButton: boolean;
} {
  const labels = new Map(options.map((o) => [o.value, o.label]));
  const handler = (): FilterHandler<TData, unknown, ChoiceModel> => ({
    doesFilterPass: ({ model, data }) => model.values.includes(valueOf(data)),
    getModelAsString: (model) => (model ? model.values.map((v) => labels.get(v) ?? v).join(', ') : ''),
  });
  return { filter: { component: ChoiceFilter, handler }, filterParams: { options }, floatingFilterComponent: ChoiceFloatingFilter, suppressFloatingFilterButton: true };
}
