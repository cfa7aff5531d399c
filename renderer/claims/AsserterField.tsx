import type { EntityKind } from '../../shared/api/types';
import { claimsStrings as s } from './claimsStrings';
import { EntityPicker } from './EntityPicker';

export interface AsserterValue {
  entityId: string | null;
  /** The entity's name when linked, else the free text ("senior official, unnamed"). */
  name: string;
  kind?: EntityKind;
}

interface Props {
  value: AsserterValue;
  onChange: (value: AsserterValue) => void;
  id?: string;
}

/** Who asserts the claim: an entity from the registry, or words when nobody is named. */
export function AsserterField({ value, onChange, id }: Props) {
  const hint = value.entityId
    ? s.asserterIsEntity(value.kind ? s.kinds[value.kind] : undefined)
    : value.name
      ? s.asserterIsText
      : s.asserterNone;
  return (
    <EntityPicker
      id={id}
      label={s.asserter}
      placeholder={s.asserterPlaceholder}
      allowText
      allowCreate
      keepTextOnPick
      text={value.name}
      hint={hint}
      onPick={(choice) =>
        onChange(
          choice.type === 'entity'
            ? { entityId: choice.entity.id, name: choice.entity.name, kind: choice.entity.kind }
            : { entityId: null, name: choice.text.trim() },
        )
      }
      onLeaveWithText={(typed) => {
        if (typed.trim() !== value.name) onChange({ entityId: null, name: typed.trim() });
      }}
    />
  );
}
