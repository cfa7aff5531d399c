import { useMemo, type Ref } from 'react';
import { EVENT_ROW, type EventType } from '../../shared/api/timelineTypes';
import { OPEN_EARLIEST, OPEN_LATEST } from '../../shared/dates/edtf';
import { TimelineAxis, type AxisItem, type TimelineAxisHandle } from './axis/TimelineAxis';
import { dateWords } from './timelineColumns';
import type { EventRow } from './eventRows';
import { timelineStrings as s } from './timelineStrings';

interface Props {
  rows: readonly EventRow[];
  types: readonly EventType[];
  selectedId: string | null;
  onSelect: (eventId: string) => void;
  axisRef: Ref<TimelineAxisHandle>;
}

/**
 * Axis items from the grid's rows: only events with a valid date. How fuzzy a
 * date is reads from its EDTF marks (~ ? %) and its keys (open ends), with no
 * second parse of 100,000 dates.
 */
export function axisItems(rows: readonly EventRow[]): AxisItem[] {
  const items: AxisItem[] = [];
  for (const row of rows) {
    const earliest = row[EVENT_ROW.earliest];
    const latest = row[EVENT_ROW.latest];
    if (earliest === null || latest === null) continue;
    const edtf = row[EVENT_ROW.dateEdtf];
    items.push({
      id: row[EVENT_ROW.id],
      title: row[EVENT_ROW.title],
      earliest,
      latest,
      approximate: edtf.includes('~') || edtf.includes('%'),
      uncertain: edtf.includes('?') || edtf.includes('%'),
      openStart: earliest <= OPEN_EARLIEST,
      openEnd: latest >= OPEN_LATEST,
      typeId: row[EVENT_ROW.typeId],
    });
  }
  return items;
}

/** The visual timeline above the grid; its exports (PNG, SVG) go through axisRef. */
export function TimelineAxisPane({ rows, types, selectedId, onSelect, axisRef }: Props) {
  const items = useMemo(() => axisItems(rows), [rows]);
  const axisTypes = useMemo(() => types.map((t) => ({ id: t.id, name: t.name, color: t.color })), [types]);
  const edtfById = useMemo(() => new Map(rows.map((r) => [r[EVENT_ROW.id], r[EVENT_ROW.dateEdtf]])), [rows]);

  if (items.length === 0) {
    return <p className="axis-pending muted">{s.axisPending}</p>;
  }
  return (
    <section className="timeline-axis-pane" aria-label={s.axisLabel}>
      <TimelineAxis
        ref={axisRef}
        items={items}
        types={axisTypes}
        selectedId={selectedId}
        onSelect={(id) => id && onSelect(id)}
        describe={(id) => dateWords(edtfById.get(id) ?? '')}
        height={Math.min(260, 36 + 40 + Math.max(1, types.length + 1) * 34)}
      />
    </section>
  );
}
