import { useCallback, useMemo, useState, type ReactNode, type Ref } from 'react';
import type { EntityKind, EntitySummary } from '../../shared/api/types';
import { useMutate, useQuery } from '../api/QueryContext';
import { useNotices } from '../ui/Notices';
import { claimsStrings as s } from './claimsStrings';
import { SearchPicker, type PickerOption } from './SearchPicker';

/** What the picker hands back: an entity, or (for the asserter) the text typed. */
export type EntityChoice = { type: 'entity'; entity: Pick<EntitySummary, 'id' | 'name' | 'kind'> } | { type: 'text'; text: string };

interface Props {
  label: string;
  hideLabel?: boolean;
  placeholder?: string;
  onPick: (choice: EntityChoice) => void;
  /** Entities not to offer (already on the claim). */
  excludeIds?: readonly string[];
  /** Offer "Use “…” as free text" (the asserter). */
  allowText?: boolean;
  /** Offer to create a person, organization or place with the typed name. */
  allowCreate?: boolean;
  text?: string;
  onLeaveWithText?: (typed: string) => void;
  keepTextOnPick?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  hint?: ReactNode;
  id?: string;
  className?: string;
}

const creatableKinds: readonly EntityKind[] = ['person', 'organization', 'place'];

type PickValue = EntityChoice | { type: 'create'; kind: EntityKind; name: string };

/** Finds an entity by any of its names (aliases too, case and diacritics ignored). */
export function EntityPicker({ onPick, excludeIds, allowText = false, allowCreate = false, ...rest }: Props) {
  // Loaded when the box is first focused, not when it is shown: the Claims view shows one in its toolbar,
  // and the server answers one call at a time, so the entity list would go ahead of the claims the analyst waits for.
  const [wanted, setWanted] = useState(false);
  const entities = useQuery('entities.list', wanted ? {} : null);
  const mutate = useMutate();
  const notices = useNotices();

  const options = useMemo<PickerOption<PickValue>[]>(() => {
    const excluded = new Set(excludeIds ?? []);
    return (entities.data ?? [])
      .filter((e) => !excluded.has(e.id))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((e) => ({
        key: e.id,
        label: e.name,
        detail: [s.kinds[e.kind], ...e.aliases].join(' · '),
        value: { type: 'entity', entity: { id: e.id, name: e.name, kind: e.kind } },
      }));
  }, [entities.data, excludeIds]);

  const extraOptions = useCallback(
    (typed: string): PickerOption<PickValue>[] => {
      const extras: PickerOption<PickValue>[] = [];
      if (allowText) extras.push({ key: '#text', label: s.freeTextOption(typed), value: { type: 'text', text: typed } });
      const exists = (entities.data ?? []).some((e) => e.name.toLowerCase() === typed.toLowerCase());
      if (allowCreate && typed.length >= 2 && !exists) {
        for (const kind of creatableKinds) {
          extras.push({ key: `#new-${kind}`, label: s.newEntity(s.kinds[kind], typed), value: { type: 'create', kind, name: typed } });
        }
      }
      return extras;
    },
    [allowText, allowCreate, entities.data],
  );

  const pick = async (choice: PickValue) => {
    if (choice.type !== 'create') {
      onPick(choice);
      return;
    }
    try {
      const entity = await mutate('entities.create', { kind: choice.kind, name: choice.name });
      onPick({ type: 'entity', entity: { id: entity.id, name: entity.name, kind: entity.kind } });
    } catch (error) {
      notices.reportError(error);
    }
  };

  return (
    <SearchPicker {...rest} options={options} extraOptions={extraOptions} onFocus={() => setWanted(true)} onPick={(choice) => void pick(choice)} />
  );
}
