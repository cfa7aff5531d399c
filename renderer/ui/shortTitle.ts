/**
 * A title short enough to quote in a one-line message ("“…” moved to Trash"),
 * so what happened stays visible; the caller shows the whole title as a tooltip.
 */
export function shortTitle(title: string, max = 40): string {
  const flat = title.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
