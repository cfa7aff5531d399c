/**
 * A source's text is normalized once, on import, and never changes afterwards:
 * annotations point into it. NFC, `\n` line ends, no BOM, no NUL or other C0
 * control characters except tab and newline, no trailing whitespace at the end.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// eslint-disable-next-line no-control-regex
const CONTROL_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]+/g;

export function normalizeText(raw: string): string {
  // Each step first checks whether it has anything to do: imports of large
  // batches spend most of their time here otherwise.
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (CONTROL.test(text)) text = text.replace(CONTROL_ALL, '');
  text = text.normalize('NFC');
  if (/[ \t]\n/.test(text)) text = text.replace(/[ \t]+\n/g, '\n');
  if (text.includes('\n\n\n\n')) text = text.replace(/\n{4,}/g, '\n\n\n');
  return text.trim();
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
