/** Relative luminance (0 black … 1 white) of a #rgb or #rrggbb colour; null when it is not one. */
export function relativeLuminance(hex: string): number | null {
  const short = /^#?([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(hex);
  const long = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  const parts = short ? [short[1], short[2], short[3]].map((p) => `${p}${p}`) : long ? [long[1], long[2], long[3]] : null;
  if (!parts) return null;
  const [r, g, b] = parts.map((part) => {
    const c = parseInt(part as string, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Below this luminance white text reads better than black. WCAG 2's contrast ratio puts the switch near
 * 0.18 and so gives black text on saturated mid-tones (violet, red, blue chips) that read badly; perceptual
 * contrast (APCA) puts it higher. 0.3 gives white on those and keeps black on the light greens, teals and yellows.
 */
const WHITE_TEXT_BELOW = 0.3;

/**
 * Black or white, whichever reads better on the given background colour: the one helper for text on any
 * label or type colour used as a background.
 */
export function readableTextColor(background: string): '#000000' | '#ffffff' {
  const luminance = relativeLuminance(background);
  if (luminance === null) return '#000000';
  return luminance < WHITE_TEXT_BELOW ? '#ffffff' : '#000000';
}
