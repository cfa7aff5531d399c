/** A quote shortened for lists: whitespace collapsed, cut at a word near maxLength. */
export function excerpt(text: string, maxLength: number): string {
  // Only the start matters: long quotes are cut before the whitespace pass.
  const flat = text.slice(0, maxLength * 2 + 20).replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength && text.length <= maxLength * 2 + 20) return flat;
  const cut = flat.slice(0, maxLength);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
