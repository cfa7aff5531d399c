/** Where a window was and whether it was maximized, remembered between runs. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
/** How much of a window must show on some display to keep its saved place: enough to grab its title bar. */
const MIN_VISIBLE = { width: 120, height: 40 } as const;
const MIN_SIZE = { width: 400, height: 300 } as const;

function isFiniteInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Reads a saved state from untrusted JSON; null when it is not one. */
export function parseWindowState(raw: unknown): WindowState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { bounds, maximized } = raw as Record<string, unknown>;
  if (typeof bounds !== 'object' || bounds === null) return null;
  const { x, y, width, height } = bounds as Record<string, unknown>;
  if (!isFiniteInt(x) || !isFiniteInt(y) || !isFiniteInt(width) || !isFiniteInt(height)) return null;
  if (width <= 0 || height <= 0) return null;
  return {
    bounds: { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) },
    maximized: maximized === true,
  };
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function centered(area: Rect, width: number, height: number): Rect {
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  return {
    x: area.x + Math.round((area.width - w) / 2),
    y: area.y + Math.round((area.height - h) / 2),
    width: w,
    height: h,
  };
}

function clampInto(bounds: Rect, area: Rect): Rect {
  const width = Math.min(Math.max(bounds.width, Math.min(MIN_SIZE.width, area.width)), area.width);
  const height = Math.min(Math.max(bounds.height, Math.min(MIN_SIZE.height, area.height)), area.height);
  const x = Math.min(Math.max(bounds.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(bounds.y, area.y), area.y + area.height - height);
  return { x, y, width, height };
}

/**
 * Where to open a window: the saved bounds, moved and shrunk to fit the display
 * they mostly sit on, or centred on the primary display (workAreas[0]) when they
 * no longer show on any display (a monitor was unplugged).
 */
export function restoreWindowState(saved: WindowState | null, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, width: DEFAULT_WINDOW_SIZE.width, height: DEFAULT_WINDOW_SIZE.height };
  if (saved === null) {
    return { bounds: centered(primary, DEFAULT_WINDOW_SIZE.width, DEFAULT_WINDOW_SIZE.height), maximized: false };
  }
  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const o = overlap(saved.bounds, area);
    if (o.width >= MIN_VISIBLE.width && o.height >= MIN_VISIBLE.height && o.width * o.height > bestArea) {
      best = area;
      bestArea = o.width * o.height;
    }
  }
  if (best === null) {
    return { bounds: centered(primary, saved.bounds.width, saved.bounds.height), maximized: saved.maximized };
  }
  return { bounds: clampInto(saved.bounds, best), maximized: saved.maximized };
}

/** A further window opens a little down and right of the last one, still on screen. */
export function cascade(state: WindowState, workAreas: readonly Rect[], step = 28): WindowState {
  const moved = { ...state.bounds, x: state.bounds.x + step, y: state.bounds.y + step };
  return restoreWindowState({ bounds: moved, maximized: false }, workAreas);
}
