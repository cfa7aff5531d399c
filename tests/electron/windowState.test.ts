import { describe, expect, it } from 'vitest';
import { cascade, DEFAULT_WINDOW_SIZE, parseWindowState, restoreWindowState, type Rect } from '../../electron/main/windows/windowState';

const laptop: Rect = { x: 0, y: 25, width: 1440, height: 875 };
const monitorRight: Rect = { x: 1440, y: 0, width: 2560, height: 1415 };

function inside(bounds: Rect, area: Rect): boolean {
  return bounds.x >= area.x && bounds.y >= area.y && bounds.x + bounds.width <= area.x + area.width && bounds.y + bounds.height <= area.y + area.height;
}

describe('parseWindowState', () => {
  it('reads a saved state', () => {
    expect(parseWindowState({ bounds: { x: 1, y: 2, width: 800, height: 600 }, maximized: true })).toEqual({
      bounds: { x: 1, y: 2, width: 800, height: 600 },
      maximized: true,
    });
  });

  it.each([null, 'x', 42, {}, { bounds: null }, { bounds: { x: 0, y: 0, width: 'wide', height: 10 } }, { bounds: { x: 0, y: 0, width: 0, height: 10 } }, { bounds: { x: Number.NaN, y: 0, width: 10, height: 10 } }])(
    'returns null for %j',
    (raw) => {
      expect(parseWindowState(raw)).toBeNull();
    },
  );
});

describe('restoreWindowState', () => {
  it('centres a default-sized window on the primary display the first time', () => {
    const state = restoreWindowState(null, [laptop]);
    expect(state.maximized).toBe(false);
    expect(state.bounds.width).toBe(DEFAULT_WINDOW_SIZE.width);
    expect(inside(state.bounds, laptop)).toBe(true);
  });

  it('keeps saved bounds that fit, and the maximized flag', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1400, height: 900 }, maximized: true };
    expect(restoreWindowState(saved, [laptop, monitorRight])).toEqual(saved);
  });

  it('moves a window from an unplugged monitor back onto the primary display', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1400, height: 900 }, maximized: false };
    const state = restoreWindowState(saved, [laptop]);
    expect(inside(state.bounds, laptop)).toBe(true);
    expect(state.bounds.width).toBe(1400);
  });

  it('pulls a half-off-screen window fully onto its display and shrinks one that is too big', () => {
    const partly = restoreWindowState({ bounds: { x: -300, y: 500, width: 1000, height: 700 }, maximized: false }, [laptop]);
    expect(inside(partly.bounds, laptop)).toBe(true);
    expect(partly.bounds.width).toBe(1000);
    const huge = restoreWindowState({ bounds: { x: 0, y: 0, width: 5000, height: 3000 }, maximized: false }, [laptop]);
    expect(huge.bounds).toEqual(laptop);
  });

  it('treats a sliver left on screen as off screen', () => {
    const sliver = restoreWindowState({ bounds: { x: 1430, y: 100, width: 800, height: 600 }, maximized: false }, [laptop]);
    expect(inside(sliver.bounds, laptop)).toBe(true);
  });

  it('opens a further window offset from the last, still on screen', () => {
    const first = restoreWindowState(null, [laptop]);
    const second = cascade(first, [laptop]);
    expect(second.bounds.x).toBeGreaterThan(first.bounds.x);
    expect(second.bounds.y).toBeGreaterThan(first.bounds.y);
    expect(inside(second.bounds, laptop)).toBe(true);
    const corner = cascade({ bounds: { x: 440, y: 175, width: 1000, height: 700 }, maximized: true }, [laptop]);
    expect(inside(corner.bounds, laptop)).toBe(true);
    expect(corner.maximized).toBe(false);
  });
});
