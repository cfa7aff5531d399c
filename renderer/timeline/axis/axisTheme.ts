/** Colours the axis paints with, read from the app theme's CSS variables (light or dark). */
export interface AxisTheme {
  readonly font: string;
  readonly fg: string;
  readonly muted: string;
  readonly border: string;
  readonly surface: string;
  readonly surface2: string;
  readonly today: string;
  readonly selected: string;
  readonly focus: string;
}

export const LIGHT_THEME: AxisTheme = {
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', 'DejaVu Sans', sans-serif",
  fg: '#1d232b',
  muted: '#5b6573',
  border: '#d5d9e0',
  surface: '#ffffff',
  surface2: '#eef0f3',
  today: '#c4312b',
  selected: '#1d232b',
  focus: '#2f6fde',
};

/** The theme in effect for `element`, falling back to the light theme where a variable is missing (as in tests). */
export function readAxisTheme(element: Element): AxisTheme {
  const style = getComputedStyle(element);
  const pick = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
  return {
    font: pick('--font-ui', LIGHT_THEME.font),
    fg: pick('--fg', LIGHT_THEME.fg),
    muted: pick('--muted', LIGHT_THEME.muted),
    border: pick('--border', LIGHT_THEME.border),
    surface: pick('--surface', LIGHT_THEME.surface),
    surface2: pick('--surface-2', LIGHT_THEME.surface2),
    today: pick('--danger', LIGHT_THEME.today),
    selected: pick('--selected-ring', LIGHT_THEME.selected),
    focus: pick('--focus', LIGHT_THEME.focus),
  };
}
