import type { AxisItem, AxisType } from '../../../renderer/timeline/axis/axisData';

export const HARNESS_TYPES: AxisType[] = [
  { id: 'summit', name: 'Summit', color: '#2f6fde' },
  { id: 'statement', name: 'Statement', color: '#23824a' },
  { id: 'disclosure', name: 'Disclosure', color: '#9a4fd0' },
  { id: 'warning', name: 'Warning', color: '#d9822b' },
  { id: 'turning', name: 'Turning point', color: '#c4312b' },
];

const DAY = 86_400_000;
const OPEN_EARLIEST = -1e300;
const OPEN_LATEST = 1e300;

/** A small deterministic generator, so every run draws the same events. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` events over 1990–2026, mostly single days, some months, years and ranges, a few open-ended and untyped. */
export function denseItems(n: number): AxisItem[] {
  const rand = random(42);
  const from = Date.UTC(1990, 0, 1);
  const span = Date.UTC(2026, 0, 1) - from;
  const items: AxisItem[] = [];
  for (let i = 0; i < n; i += 1) {
    // Clustered around a few crises, as real chronologies are.
    const centre = rand() < 0.5 ? from + span * (0.2 + 0.6 * Math.floor(rand() * 4) / 3) : from + rand() * span;
    const start = Math.floor((centre + (rand() - 0.5) * span * 0.1) / DAY) * DAY;
    const shape = rand();
    const length = shape < 0.8 ? DAY : shape < 0.9 ? 30 * DAY : shape < 0.97 ? 365 * DAY : rand() * 2000 * DAY;
    const open = rand() < 0.002;
    items.push({
      id: `e${i}`,
      title: `Event ${i}`,
      earliest: start,
      latest: open ? OPEN_LATEST : start + length - 1,
      approximate: rand() < 0.1,
      uncertain: rand() < 0.05,
      openStart: false,
      openEnd: open,
      typeId: rand() < 0.05 ? null : (HARNESS_TYPES[Math.floor(rand() * HARNESS_TYPES.length)] as AxisType).id,
    });
  }
  return items;
}

function day(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d);
}

function item(id: string, title: string, earliest: number, latest: number, typeId: string | null, extra: Partial<AxisItem> = {}): AxisItem {
  return { id, title, earliest, latest, approximate: false, uncertain: false, openStart: false, openEnd: false, typeId, ...extra };
}

/** Twenty events of every kind the axis distinguishes: days, months, ranges, approximate, uncertain, open-ended. */
export function sparseItems(): AxisItem[] {
  return [
    item('s1', 'Ceasefire signed', day(2021, 3, 14), day(2021, 3, 15) - 1, 'turning'),
    item('s2', 'First round of talks', day(2021, 5, 3), day(2021, 5, 9) - 1, 'summit'),
    item('s3', 'Minister: "no preconditions"', day(2021, 5, 20), day(2021, 5, 21) - 1, 'statement'),
    item('s4', 'Leaked memo on port access', day(2021, 7, 1), day(2021, 8, 1) - 1, 'disclosure', { approximate: true }),
    item('s5', 'Border incident', day(2021, 9, 2), day(2021, 9, 3) - 1, 'warning', { uncertain: true }),
    item('s6', 'Second round (Lindhaven)', day(2021, 10, 11), day(2021, 10, 16) - 1, 'summit'),
    item('s7', 'Sanctions regime', day(2021, 11, 1), OPEN_LATEST, 'warning', { openEnd: true }),
    item('s8', 'Joint statement', day(2022, 1, 18), day(2022, 1, 19) - 1, 'statement', { approximate: true }),
    item('s9', 'Observer mission', day(2022, 2, 1), day(2022, 7, 1) - 1, 'summit', { approximate: true }),
    item('s10', 'Talks suspended', day(2022, 3, 27), day(2022, 3, 28) - 1, 'turning', { uncertain: true }),
    item('s11', 'Shipping records published', day(2022, 4, 1), day(2022, 5, 1) - 1, 'disclosure'),
    item('s12', 'Occupation of the port', OPEN_EARLIEST, day(2021, 6, 30), 'turning', { openStart: true }),
    item('s13', 'Envoy warns of escalation', day(2022, 6, 9), day(2022, 6, 10) - 1, 'warning'),
    item('s14', 'Back-channel contacts', day(2021, 12, 1), day(2022, 3, 1) - 1, 'disclosure', { uncertain: true, approximate: true }),
    item('s15', 'Third round', day(2022, 9, 5), day(2022, 9, 9) - 1, 'summit', { uncertain: true }),
    item('s16', 'Press conference', day(2022, 9, 9), day(2022, 9, 10) - 1, 'statement'),
    item('s17', 'Framework agreement', day(2022, 11, 30), day(2022, 12, 1) - 1, 'turning', { approximate: true }),
    item('s18', 'Unattributed report', day(2022, 8, 1), day(2022, 9, 1) - 1, null),
    item('s19', 'Monitoring (ongoing)', day(2022, 10, 1), OPEN_LATEST, null, { openEnd: true, approximate: true }),
    item('s20', 'Denial by spokesperson', day(2021, 5, 21), day(2021, 5, 22) - 1, 'statement', { uncertain: true }),
  ];
}
