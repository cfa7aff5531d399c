/**
 * A source's text is normalized once, on import, and never changes afterwards:
 * annotations point into it. NFC, `\n` line ends, no BOM, no NUL or other C0
 * control characters except tab and newline, no trailing whitespace at the end.
 */
export function normalizeText(raw: string): string {
  return (
    raw
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .normalize('NFC')
      .replace(/[ \t]+$/gm, '')
      .replace(/\n{4,}/g, '\n\n\n')
      .trim()
  );
}

/** A default title: the first non-empty line, shortened. */
export function titleFromText(text: string, maxLength = 90): string {
  const firstLine = text.split('\n').find((line) => line.trim().length > 0)?.trim() ?? '';
  const cleaned = firstLine.replace(/^#+\s*/, '').replace(/\s+/g, ' ');
  if (cleaned.length <= maxLength) return cleaned;
  const cut = cleaned.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
