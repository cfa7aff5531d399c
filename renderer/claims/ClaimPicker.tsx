import { useMemo, type Ref } from 'react';
import type { ClaimRow } from '../../shared/api/types';
import { claimsStrings as s } from './claimsStrings';
import { SearchPicker, type PickerOption } from './SearchPicker';
import { useClaimRows } from './useClaimRows';

interface Props {
  label: string;
  hideLabel?: boolean;
  placeholder?: string;
  onPick: (claim: ClaimRow) => void;
  excludeIds?: readonly string[];
  inputRef?: Ref<HTMLInputElement>;
  id?: string;
  autoFocus?: boolean;
}

/** Finds a claim by words of its statement, asserter or entities. */
export function ClaimPicker({ onPick, excludeIds, ...rest }: Props) {
  const claims = useClaimRows(null);
  const options = useMemo<PickerOption<ClaimRow>[]>(() => {
    const excluded = new Set(excludeIds ?? []);
    return (claims.rows ?? [])
      .filter((c) => !excluded.has(c.id))
      .map((c) => ({
        key: c.id,
        label: c.statement,
        detail: [c.grade, s.statuses[c.status], c.asserterName, ...c.entities.map((e) => e.name)].filter(Boolean).join(' · '),
        value: c,
      }));
  }, [claims.rows, excludeIds]);
  return <SearchPicker {...rest} options={options} onPick={onPick} maxShown={30} />;
}
