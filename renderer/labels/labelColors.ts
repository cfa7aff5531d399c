/** Colours offered for new labels: distinct, and readable as highlight tints in light and dark themes. */
export const labelPalette = ['#e8a33d', '#4c8bf5', '#45b26b', '#e5534b', '#a66bd3', '#2bb3b1', '#d9679d', '#8a8f98'] as const;

/** The first palette colour not yet used, so each new label looks different from the last. */
export function nextLabelColor(used: readonly string[]): string {
  const taken = new Set(used.map((c) => c.toLowerCase()));
  return labelPalette.find((c) => !taken.has(c)) ?? labelPalette[used.length % labelPalette.length] ?? '#e8a33d';
}

/** Black or white, whichever reads better on the given #rrggbb background. */
export function readableTextColor(hex: string): '#000000' | '#ffffff' {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return '#000000';
  const [r, g, b] = [m[1], m[2], m[3]].map((part) => {
    const c = parseInt(part as string, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast against black is (L + 0.05) / 0.05, against white 1.05 / (L + 0.05).
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? '#000000' : '#ffffff';
}
