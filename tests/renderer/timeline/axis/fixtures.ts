import type { AxisItem, AxisType } from '../../../../renderer/timeline/axis/axisData';

export const DAY = 86_400_000;
export const TYPES: AxisType[] = [
  { id: 'summit', name: 'Summit', color: '#2f6fde' },
  { id: 'warning', name: 'Warning', color: '#d9822b' },
];

export function utcDay(y: number, m: number, d: number): number {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getTime();
}

export function item(id: string, earliest: number, latest: number, extra: Partial<AxisItem> = {}): AxisItem {
  return { id, title: `Title ${id}`, earliest, latest, approximate: false, uncertain: false, openStart: false, openEnd: false, typeId: 'summit', ...extra };
}

/** A single day as EDTF keys give it: [00:00, 23:59:59.999]. */
export function dayItem(id: string, y: number, m: number, d: number, extra: Partial<AxisItem> = {}): AxisItem {
  const start = utcDay(y, m, d);
  return item(id, start, start + DAY - 1, extra);
}
