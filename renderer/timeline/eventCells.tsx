import type { CustomCellRendererProps } from 'ag-grid-react';
import { EVENT_ROW } from '../../shared/api/timelineTypes';
import { parseEdtf } from '../../shared/dates/edtf';
import { hasInvalidDate, type EventRow } from './eventRows';
import { dateWords } from './timelineColumns';
import type { TimelineGridContext } from './timelineGridContext';
import { timelineStrings as s } from './timelineStrings';

type Props = CustomCellRendererProps<EventRow, unknown, TimelineGridContext>;

/** A date in plain words; an invalid one as typed, marked, with the reason (never rewritten). */
export function DateCell({ data }: Props) {
  if (!data) return null;
  const edtf = data[EVENT_ROW.dateEdtf];
  if (edtf === '') return null;
  if (!hasInvalidDate(data)) return <span title={edtf}>{dateWords(edtf)}</span>;
  const parsed = parseEdtf(edtf);
  const reason = parsed.ok ? '' : parsed.reason;
  return (
    <span className="date-invalid" title={s.invalidDateTitle(reason)}>
      <span className="date-invalid-mark" aria-hidden="true">
        ⚠
      </span>
      <span>{edtf}</span>
      <span className="date-invalid-reason">{reason}</span>
    </span>
  );
}

/** The type's colour and name. */
export function TypeCell({ data, context }: Props) {
  const typeId = data?.[EVENT_ROW.typeId];
  const type = typeId ? context.typeById.get(typeId) : undefined;
  if (!type) return null;
  return (
    <span className="type-chip">
      <span className="type-swatch" style={{ background: type.color }} />
      <span>{type.name}</span>
    </span>
  );
}

/** How much evidence, marked when some is in the Trash; a click (or Enter on the cell) opens it. */
export function EvidenceCell({ data, context }: Props) {
  if (!data) return null;
  const count = data[EVENT_ROW.evidenceCount];
  return (
    <button
      type="button"
      className="evidence-button"
      tabIndex={-1}
      aria-label={`${s.columns.evidence}: ${count}`}
      onClick={(event) => {
        event.stopPropagation();
        context.openEvidence(data[EVENT_ROW.id]);
      }}
    >
      {count === 0 ? '+' : count}
      {data[EVENT_ROW.missingEvidence] && (
        <span className="evidence-missing" title={s.evidenceMissingTitle}>
          {' '}⚠ {s.evidenceMissing}
        </span>
      )}
    </button>
  );
}
