import { useId, useRef, useState } from 'react';
import type { ClaimRole, EntityKind } from '../../shared/api/types';
import { claimRoles, nextRole } from './claimFormat';
import { claimsStrings as s } from './claimsStrings';
import { EntityPicker } from './EntityPicker';

export interface ClaimEntityValue {
  entityId: string;
  name: string;
  kind: EntityKind;
  role: ClaimRole;
}

interface Props {
  value: readonly ClaimEntityValue[];
  onChange: (next: ClaimEntityValue[]) => void;
}

/** The entities a claim is about, each with its role; add with the picker, remove with a button. */
export function ClaimEntitiesField({ value, onChange }: Props) {
  const id = useId();
  const [role, setRole] = useState<ClaimRole | null>(null);
  const pickerRef = useRef<HTMLInputElement>(null);
  const roleForNext = role ?? nextRole(value);

  return (
    <fieldset className="claim-entities">
      <legend>{s.entities}</legend>
      {value.length === 0 ? (
        <p className="muted small-text claim-entities-empty">{s.noEntities}</p>
      ) : (
        <ul className="claim-entity-list" aria-label={s.entities}>
          {value.map((entity) => (
            <li key={entity.entityId} className="claim-entity">
              <span className="claim-entity-name">
                {entity.name} <span className="muted small-text">{s.kinds[entity.kind]}</span>
              </span>
              <select
                aria-label={s.roleFor(entity.name)}
                value={entity.role}
                onChange={(e) =>
                  onChange(value.map((x) => (x.entityId === entity.entityId ? { ...x, role: e.target.value as ClaimRole } : x)))
                }
              >
                {claimRoles.map((r) => (
                  <option key={r} value={r}>
                    {s.roles[r]}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="icon-button"
                aria-label={s.removeEntity(entity.name)}
                title={s.removeEntity(entity.name)}
                onClick={() => {
                  onChange(value.filter((x) => x.entityId !== entity.entityId));
                  pickerRef.current?.focus();
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="claim-entity-add">
        <EntityPicker
          id={`${id}-add`}
          label={s.addEntity}
          hideLabel
          placeholder={s.addEntityPlaceholder}
          allowCreate
          inputRef={pickerRef}
          excludeIds={value.map((e) => e.entityId)}
          onPick={(choice) => {
            if (choice.type !== 'entity') return;
            onChange([...value, { entityId: choice.entity.id, name: choice.entity.name, kind: choice.entity.kind, role: roleForNext }]);
            setRole(null);
          }}
        />
        <select aria-label={s.roleForNext} value={roleForNext} onChange={(e) => setRole(e.target.value as ClaimRole)}>
          {claimRoles.map((r) => (
            <option key={r} value={r}>
              {s.roles[r]}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
