/**
 * A source's text is normalized once, on import, and never changes afterwards:
 * annotations point into it. NFC, `\n` line ends, no BOM, no NUL or other C0
 * control characters except tab and newline, no trailing whitespace at the end.
 */

/** Facts a caller already established about a text (e.g. by scanning its bytes), so normalizeText can skip scans. */
export interface TextFacts {
  /** No CR, no control characters other than tab and newline, no space or tab before a newline, no 4 newlines in a row. */
  clean?: boolean;
  /** Only ASCII characters: already NFC. */
  ascii?: boolean;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;
// eslint-disable-next-line no-control-regex
const CONTROL_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]+/g;

export function normalizeText(raw: string, known: TextFacts = {}): string {
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  // Each scan costs as much as a cleanup pass on a large import: skip what is known,
  // and only run a pass when its scan found something. CONTROL includes \r.
  const needsCleanup =
    !known.clean && (CONTROL.test(text) || text.includes(' \n') || text.includes('\t\n') || text.includes('\n\n\n\n'));
  if (needsCleanup) {
    text = text
      .replace(/\r\n?/g, '\n')
      .replace(CONTROL_ALL, '')
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{4,}/g, '\n\n\n');
  }
  if (!known.ascii) text = text.normalize('NFC');
  return text.trim();
}

/** A default title: the first non-empty line, shortened. */
export function titleFromText(text: string, maxLength = 90): string {
  // Walk line by line rather than splitting: texts can be megabytes long.
  let firstLine = '';
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    firstLine = text.slice(start, end).trim();
    if (firstLine.length > 0) break;
    start = end + 1;
  }
  const cleaned = firstLine.replace(/^#+\s*/, '').replace(/\s+/g, ' ');
  if (cleaned.length <= maxLength) return cleaned;
  const cut = cleaned.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
