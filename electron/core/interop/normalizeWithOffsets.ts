import { normalizeText } from '../../../shared/text/normalizeText';

// The same steps as normalizeText, without the final trim, for one piece of a text.
// eslint-disable-next-line no-control-regex
const CONTROL_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]+/g;
function normalizePiece(piece: string): string {
  return piece
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_ALL, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{4,}/g, '\n\n\n')
    .normalize('NFC');
}

/**
 * Normalizes an imported text as Dossier stores every text, and moves the
 * given offsets (UTF-16, into `raw`) along with it. Offsets are mapped piece
 * by piece between consecutive offsets, so the work stays linear.
 */
export function normalizeWithOffsets(raw: string, offsets: readonly number[]): { text: string; map: Map<number, number> } {
  const text = normalizeText(raw);
  const map = new Map<number, number>();
  if (text === raw) {
    for (const offset of offsets) map.set(offset, offset);
    return { text, map };
  }
  const body = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const shift = raw.length - body.length;
  const whole = normalizePiece(body);
  const leading = whole.length - whole.trimStart().length;
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  let at = 0;
  let length = 0;
  for (const offset of sorted) {
    const to = Math.max(0, offset - shift);
    length += normalizePiece(body.slice(at, to)).length;
    at = to;
    map.set(offset, Math.min(text.length, Math.max(0, length - leading)));
  }
  return { text, map };
}
