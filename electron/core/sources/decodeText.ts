import { DossierError } from '../../../shared/api/errors';
import type { TextFacts } from '../../../shared/text/normalizeText';
import { binarySignature } from './decodeBinarySignature';
import { detectLegacyEncoding, encodingName, hasDecodingDamage, implausibility } from './decodeLegacyEncoding';

export interface DecodedText {
  /** The decoded text, byte-order mark removed, not yet normalized. */
  text: string;
  /** 'utf-8', 'utf-16le', 'utf-16be', 'utf-32le', 'utf-32be' or a legacy TextDecoder label. */
  encoding: string;
  /** A plain-English note for the user when the file was not UTF-8. */
  info?: string;
  /** What the byte scan already established about `text`, so normalizeText can skip its own scans. */
  known?: TextFacts;
}

export interface DecodeOptions {
  /** The encoding the file declares for itself (an HTML meta charset): tried before guessing. */
  declaredEncoding?: string;
}

type UnicodeEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

const unicodeNames: Record<UnicodeEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'utf-32le': 'UTF-32 (little-endian)',
  'utf-32be': 'UTF-32 (big-endian)',
};

/** More than this share of control bytes (other than tab, newlines, form feed) means binary data. */
const MAX_CONTROL_SHARE = 0.02;
/** NULs near the start mean binary unless the text is UTF-16/32: git's rule, in effect. */
const NUL_SCAN_BYTES = 8192;
const MAX_NUL_SHARE = 0.001;
/** Largest share of implausible words accepted in a file's own declared encoding. */
const MAX_DECLARED_BAD_SHARE = 0.15;

const quoted = (fileName: string): string => `"${fileName}"`;

function decodeUnicode(encoding: UnicodeEncoding, bytes: Uint8Array): string | undefined {
  if (encoding === 'utf-32le' || encoding === 'utf-32be') return decodeUtf32(bytes, encoding === 'utf-32le');
  try {
    // The caller has already cut off any byte-order mark; keep a second U+FEFF as text.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** TextDecoder has no UTF-32 (the Encoding standard leaves it out), so decode it by hand. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string | undefined {
  if (bytes.length % 4 !== 0) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  const chunk: number[] = [];
  for (let i = 0; i < bytes.length; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
    chunk.push(cp);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk.length = 0;
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

function byteOrderMark(bytes: Uint8Array): { encoding: UnicodeEncoding; length: number } | undefined {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b0 === 0xff && b1 === 0xfe && b2 === 0x00 && b3 === 0x00 && bytes.length % 4 === 0) {
    return { encoding: 'utf-32le', length: 4 };
  }
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && b3 === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

const isControlCode = (c: number): boolean =>
  (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f;

interface ByteStats {
  nuls: number;
  nulNearStart: boolean;
  controls: number;
  /** Some byte is 0x80 or above. */
  nonAscii: boolean;
  /** Something normalizeText would change: CR, a control byte, space before a newline, 4+ newlines in a row. */
  needsCleanup: boolean;
}

/**
 * One pass over every imported byte. Printable ASCII, the common case, is
 * skipped four bytes at a time: a word is looked at byte by byte only when
 * one of its bytes is below 0x20 or at or above 0x7f.
 */
export function byteStats(bytes: Uint8Array): ByteStats {
  const stats: ByteStats = { nuls: 0, nulNearStart: false, controls: 0, nonAscii: false, needsCleanup: false };
  // A trailing Ctrl-Z is an old DOS end-of-file marker, not binary content.
  const end = bytes[bytes.length - 1] === 0x1a ? bytes.length - 1 : bytes.length;
  if (end < bytes.length) stats.needsCleanup = true;
  const head = Math.min(end, (4 - (bytes.byteOffset % 4)) % 4);
  const wordCount = Math.floor((end - head) / 4);
  for (let i = 0; i < head; i++) visitByte(bytes, i, stats);
  // Only built when there is a word: otherwise the offset may not be aligned.
  const words = wordCount > 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset + head, wordCount) : new Uint32Array(0);
  for (let w = 0; w < wordCount; w++) {
    const v = words[w]!;
    // Bit tricks: a byte >= 0x80, a byte == 0x7f (only +1 reaches 0x80), a byte < 0x20.
    const flagged = (v | (v + 0x01010101) | ((v - 0x20202020) & ~v)) & 0x80808080;
    if (flagged !== 0) {
      const at = head + w * 4;
      for (let i = at; i < at + 4; i++) visitByte(bytes, i, stats);
    }
  }
  for (let i = head + wordCount * 4; i < end; i++) visitByte(bytes, i, stats);
  return stats;
}

function visitByte(bytes: Uint8Array, i: number, stats: ByteStats): void {
  const b = bytes[i]!;
  if (b > 0x20) {
    if (b === 0x7f) {
      stats.controls++;
      stats.needsCleanup = true;
    } else if (b > 0x7f) stats.nonAscii = true;
  } else if (b === 0x0a) {
    // Space or tab before a newline, or four newlines in a row, are what normalizeText trims.
    const before = i > 0 ? bytes[i - 1] : undefined;
    if (before === 0x20 || before === 0x09) stats.needsCleanup = true;
    if (bytes[i + 1] === 0x0a && bytes[i + 2] === 0x0a && bytes[i + 3] === 0x0a) stats.needsCleanup = true;
  } else if (b !== 0x09 && b !== 0x20) {
    stats.needsCleanup = true;
    if (b === 0) {
      stats.nuls++;
      if (i < NUL_SCAN_BYTES) stats.nulNearStart = true;
    } else if (isControlCode(b)) {
      stats.controls++;
    }
  }
}

function controlShareOfText(text: string): number {
  if (text.length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 || isControlCode(c)) controls++;
  }
  return controls / text.length;
}

/**
 * BOM-less UTF-16: in one byte position of each pair (the high byte) only a few values
 * occur — 0x00 for ASCII, 0x04 for Cyrillic — while the other position varies.
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, NUL_SCAN_BYTES) & ~1;
  if (n < 2 || bytes.length % 2 !== 0) return undefined;
  const even = new Map<number, number>();
  const odd = new Map<number, number>();
  for (let i = 0; i < n; i += 2) {
    even.set(bytes[i]!, (even.get(bytes[i]!) ?? 0) + 1);
    odd.set(bytes[i + 1]!, (odd.get(bytes[i + 1]!) ?? 0) + 1);
  }
  const pairs = n / 2;
  // Spaces, digits and punctuation put 0x00 among the high bytes of any real UTF-16 text.
  const concentrated = (h: Map<number, number>): boolean =>
    h.has(0) && [...h.values()].sort((a, b) => b - a).slice(0, 3).reduce((sum, v) => sum + v, 0) >= 0.9 * pairs;
  if (concentrated(odd) && even.size > odd.size) return 'utf-16le';
  if (concentrated(even) && odd.size > even.size) return 'utf-16be';
  return undefined;
}

/** Counts well-formed multi-byte UTF-8 sequences and stray bytes, to tell damaged UTF-8 from a legacy encoding. */
function utf8Shape(bytes: Uint8Array): { sequences: number; invalid: number; firstInvalid: number } {
  let sequences = 0;
  let invalid = 0;
  let firstInvalid = -1;
  let i = 0;
  const cont = (j: number, lo = 0x80, hi = 0xbf): boolean => j < bytes.length && bytes[j]! >= lo && bytes[j]! <= hi;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let length = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      length = cont(i + 1) ? 2 : 0;
    } else if (b >= 0xe0 && b <= 0xef) {
      const lo = b === 0xe0 ? 0xa0 : 0x80;
      const hi = b === 0xed ? 0x9f : 0xbf;
      length = cont(i + 1, lo, hi) && cont(i + 2) ? 3 : 0;
    } else if (b >= 0xf0 && b <= 0xf4) {
      const lo = b === 0xf0 ? 0x90 : 0x80;
      const hi = b === 0xf4 ? 0x8f : 0xbf;
      length = cont(i + 1, lo, hi) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    }
    if (length > 0) {
      sequences++;
      i += length;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
    }
  }
  return { sequences, invalid, firstInvalid };
}

function decodeDeclared(label: string, bytes: Uint8Array): { text: string; encoding: string } | undefined {
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
  if (encoding === 'utf-8' || encoding.startsWith('utf-16')) return undefined;
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    if (hasDecodingDamage(text)) return undefined;
    const { bad, total } = implausibility(text.slice(0, 64 * 1024));
    if (total > 0 && bad / total > MAX_DECLARED_BAD_SHARE) return undefined;
    return { text, encoding };
  } catch {
    return undefined;
  }
}

function binaryError(fileName: string, what = 'binary data'): DossierError {
  return new DossierError('FILE_BINARY', `${quoted(fileName)} looks like ${what}, not text.`);
}

/**
 * Turns a file's bytes into text, or explains why it cannot: byte-order marks first, then
 * known binary formats, BOM-less UTF-16, strict UTF-8, and last a legacy single-byte encoding
 * guessed with chardet and checked by reading the result back. Never returns U+FFFD or C1 controls
 * from a guess.
 */
export function decodeText(fileName: string, bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const bom = byteOrderMark(bytes);
  if (bom) {
    const text = decodeUnicode(bom.encoding, bytes.subarray(bom.length));
    const name = unicodeNames[bom.encoding];
    if (text === undefined) {
      throw new DossierError(
        'FILE_ENCODING',
        `${quoted(fileName)} starts with a ${name} byte-order mark but is not valid ${name}; it may be damaged. Save it as UTF-8 and import again.`,
      );
    }
    if (controlShareOfText(text) > MAX_CONTROL_SHARE) throw binaryError(fileName);
    return { text, encoding: bom.encoding, info: bom.encoding === 'utf-8' ? undefined : `Decoded from ${name}.` };
  }

  const signature = binarySignature(bytes);
  if (signature?.code === 'FILE_UNSUPPORTED') {
    throw new DossierError(
      'FILE_UNSUPPORTED',
      `${quoted(fileName)} is ${signature.description}, not plain text; save it as plain text (.txt) and import again.`,
    );
  }
  if (signature) throw binaryError(fileName, signature.description);

  const stats = byteStats(bytes);
  const looksBinary =
    stats.nulNearStart || stats.nuls > bytes.length * MAX_NUL_SHARE || stats.controls > bytes.length * MAX_CONTROL_SHARE;
  if (looksBinary) {
    const utf16 = guessUtf16(bytes);
    const text = utf16 ? decodeUnicode(utf16, bytes) : undefined;
    if (utf16 && text !== undefined && controlShareOfText(text) <= MAX_CONTROL_SHARE) {
      return { text, encoding: utf16, info: `Decoded from ${unicodeNames[utf16]}, without a byte-order mark.` };
    }
    throw binaryError(fileName);
  }

  const utf8 = decodeUnicode('utf-8', bytes);
  // For UTF-8 the byte scan is exact about the ASCII characters normalizeText looks for.
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', known: { clean: !stats.needsCleanup, ascii: !stats.nonAscii } };

  if (options.declaredEncoding) {
    const declared = decodeDeclared(options.declaredEncoding, bytes);
    if (declared) {
      return {
        ...declared,
        info: `Decoded from ${encodingName(declared.encoding)}, as the file declares; it was not UTF-8.`,
      };
    }
  }

  const shape = utf8Shape(bytes);
  if (shape.sequences > 0 && shape.sequences >= shape.invalid) {
    const count = shape.invalid === 1 ? 'one byte that is' : `${shape.invalid} bytes that are`;
    throw new DossierError(
      'FILE_ENCODING',
      `${quoted(fileName)} is mostly UTF-8 but has ${count} not valid UTF-8 (the first at byte ${shape.firstInvalid}); it may be damaged or mix two encodings. Save it as UTF-8 and import again.`,
    );
  }

  const legacy = detectLegacyEncoding(bytes);
  if (legacy) {
    try {
      const text = new TextDecoder(legacy.label, { fatal: true }).decode(bytes);
      if (!hasDecodingDamage(text)) {
        return { text, encoding: legacy.label, info: `Decoded from ${legacy.name}; the file was not UTF-8.` };
      }
    } catch {
      // The sample decoded cleanly but the whole file does not: fall through to the error.
    }
  }
  throw new DossierError(
    'FILE_ENCODING',
    `${quoted(fileName)} is not UTF-8 and its encoding could not be recognised; save it as UTF-8 and import again.`,
  );
}
