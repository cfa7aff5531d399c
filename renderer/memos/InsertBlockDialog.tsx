import { useId, useState, type FormEvent } from 'react';
import type { ClaimStatus } from '../../shared/api/types';
import { parseEdtf } from '../../shared/dates/edtf';
import { minGradeOf } from '../../shared/grades/minGrade';
import type { LiveBlockNode } from '../../shared/memos/memoDoc';
import { useQuery } from '../api/QueryContext';
import { EntityPicker } from '../claims/EntityPicker';
import { MinGradeFields } from '../claims/MinGradeFields';
import { EdtfField } from '../timeline/EdtfField';
import { Dialog } from '../ui/Dialog';
import { FormProblem } from '../ui/FormProblem';
import { errorMessage } from '../ui/errorMessage';
import { memosStrings as s } from './memosStrings';

export type LiveBlockKind = LiveBlockNode['type'];
const t = s.insert;
const STATUSES = ['unverified', 'corroborated', 'disputed', 'refuted'] as const satisfies readonly ClaimStatus[];

/** The date bounds as typed, or why they cannot filter: an invalid date, or From after To. */
function rangeProblem(from: string, to: string): string | null {
  const a = from.trim() === '' ? null : parseEdtf(from);
  const b = to.trim() === '' ? null : parseEdtf(to);
  if ((a && !a.ok) || (b && !b.ok)) return null; // each field shows its own reason
  if (a?.ok && b?.ok && a.date.earliest > b.date.latest) return t.badRange;
  return null;
}

function validBound(value: string): boolean {
  return value.trim() === '' || parseEdtf(value).ok;
}

type Picked = { id: string; name: string } | null;

function EntityField({ label, picked, onPick }: { label: string; picked: Picked; onPick: (picked: Picked) => void }) {
  if (picked) {
    return (
      <div className="field">
        <span className="field-label">{label}</span>
        <span className="about-chip">
          {picked.name}
          <button type="button" className="icon-button" aria-label={t.clearEntity(picked.name)} title={t.clearEntity(picked.name)} onClick={() => onPick(null)}>
            ×
          </button>
        </span>
      </div>
    );
  }
  return (
    <EntityPicker
      className="field"
      label={label}
      placeholder={t.entityPlaceholder}
      onPick={(choice) => {
        if (choice.type === 'entity') onPick({ id: choice.entity.id, name: choice.entity.name });
      }}
    />
  );
}

/** What a live block shows: a timeline's events, claims, or an entity's card. Inserted where the cursor was. */
export function InsertBlockDialog({ kind, onClose, onInsert }: { kind: LiveBlockKind; onClose: () => void; onInsert: (block: LiveBlockNode) => void }) {
  const id = useId();
  const timelines = useQuery('timelines.list', kind === 'timelineTable' ? {} : null);
  const types = useQuery('eventTypes.list', kind === 'timelineTable' ? {} : null);
  const [timelineId, setTimelineId] = useState('');
  const [typeIds, setTypeIds] = useState<string[]>([]);
  const [entity, setEntity] = useState<Picked>(null);
  const [status, setStatus] = useState<ClaimStatus | ''>('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [reliability, setReliability] = useState('');
  const [credibility, setCredibility] = useState('');

  const range = kind === 'timelineTable' ? rangeProblem(from, to) : null;
  const ready = kind === 'entityCard' ? entity !== null : kind === 'timelineTable' ? validBound(from) && validBound(to) && range === null : true;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    if (kind === 'timelineTable') {
      onInsert({ type: 'timelineTable', attrs: { timelineId: timelineId || null, typeIds: typeIds.length > 0 ? typeIds : null, from: from.trim() || null, to: to.trim() || null, frozen: null } });
    } else if (kind === 'claimsTable') {
      onInsert({ type: 'claimsTable', attrs: { entityId: entity?.id ?? null, status: status || null, minGrade: minGradeOf(reliability, credibility), frozen: null } });
    } else if (entity) {
      onInsert({ type: 'entityCard', attrs: { entityId: entity.id, frozen: null } });
    }
  };

  const problem = timelines.error ?? types.error;
  return (
    <Dialog label={t.titles[kind]} onClose={onClose}>
      <form onSubmit={submit} className="memo-insert-form">
        <p className="muted">{t.explain}</p>
        {kind === 'timelineTable' && (
          <>
            <div className="field">
              <label htmlFor={`${id}-timeline`}>{t.timeline}</label>
              <select id={`${id}-timeline`} value={timelineId} onChange={(e) => setTimelineId(e.target.value)}>
                <option value="">{t.allEvents}</option>
                {(timelines.data?.timelines ?? []).map((timeline) => (
                  <option key={timeline.id} value={timeline.id}>
                    {timeline.name}
                  </option>
                ))}
              </select>
            </div>
            {(types.data ?? []).length > 0 && (
              <fieldset className="memo-insert-types">
                <legend>{t.types}</legend>
                {(types.data ?? []).map((type) => (
                  <label key={type.id} className="checkbox">
                    <input
                      type="checkbox"
                      checked={typeIds.includes(type.id)}
                      onChange={(e) => setTypeIds((ids) => (e.target.checked ? [...ids, type.id] : ids.filter((x) => x !== type.id)))}
                    />
                    {type.name}
                  </label>
                ))}
              </fieldset>
            )}
            <div className="memo-insert-range">
              <EdtfField label={t.from} value={from} onChange={setFrom} keepsInvalid={false} emptyText={t.noBound} />
              <EdtfField label={t.to} value={to} onChange={setTo} keepsInvalid={false} emptyText={t.noBound} />
            </div>
            <FormProblem problem={range} />
          </>
        )}
        {kind === 'claimsTable' && (
          <>
            <EntityField label={t.claimsEntity} picked={entity} onPick={setEntity} />
            <div className="field">
              <label htmlFor={`${id}-status`}>{t.status}</label>
              <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as ClaimStatus | '')}>
                <option value="">{t.anyStatus}</option>
                {STATUSES.map((value) => (
                  <option key={value} value={value}>
                    {t.statuses[value]}
                  </option>
                ))}
              </select>
            </div>
            <div className="memo-insert-grade">
              <MinGradeFields
                reliability={reliability}
                credibility={credibility}
                onReliability={setReliability}
                onCredibility={setCredibility}
                labels={{ reliability: t.reliability, credibility: t.credibility, any: t.anyGrade }}
              />
            </div>
          </>
        )}
        {kind === 'entityCard' && <EntityField label={t.entity} picked={entity} onPick={setEntity} />}
        <FormProblem problem={problem ? errorMessage(problem) : null} />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {s.cancel}
          </button>
          <button type="submit" className="primary" disabled={!ready}>
            {t.action}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
