/** Colours offered for new labels: distinct, and readable as highlight tints in light and dark themes. */
export const labelPalette = ['#e8a33d', '#4c8bf5', '#45b26b', '#e5534b', '#a66bd3', '#2bb3b1', '#d9679d', '#8a8f98'] as const;

function rgb(hex: string): [number, number, number] | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m ? [parseInt(m[1] as string, 16), parseInt(m[2] as string, 16), parseInt(m[3] as string, 16)] : null;
}

/** Colours this close (distance in RGB) look the same on a chip or as a highlight tint. */
const SAME_LOOK = 48;

function looksLike(a: string, b: string): boolean {
  const x = rgb(a);
  const y = rgb(b);
  if (!x || !y) return a.toLowerCase() === b.toLowerCase();
  return Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]) < SAME_LOOK;
}

/**
 * The first palette colour that looks like none of the colours in use (not only unequal to them: the
 * sample's #2f80ed blue rules out the palette's blue), so each new label looks different from the others.
 */
export function nextLabelColor(used: readonly string[]): string {
  return (
    labelPalette.find((c) => !used.some((u) => looksLike(c, u))) ??
    labelPalette.find((c) => !used.some((u) => u.toLowerCase() === c)) ??
    labelPalette[used.length % labelPalette.length] ??
    '#e8a33d'
  );
}
