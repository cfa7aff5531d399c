import { analyse } from 'chardet';

/** A legacy (pre-Unicode) encoding that TextDecoder can read, with the name shown to the user. */
export interface LegacyEncoding {
  /** WHATWG label, accepted by TextDecoder. */
  label: string;
  /** "Windows-1252 (Western European)". */
  name: string;
}

const encodingNames: Record<string, string> = {
  'windows-1252': 'Windows-1252 (Western European)',
  'windows-1250': 'Windows-1250 (Central European)',
  'iso-8859-2': 'ISO-8859-2 (Central European)',
  'windows-1251': 'Windows-1251 (Cyrillic)',
  'koi8-r': 'KOI8-R (Cyrillic)',
  'iso-8859-5': 'ISO-8859-5 (Cyrillic)',
  ibm866: 'DOS code page 866 (Cyrillic)',
  'windows-1253': 'Windows-1253 (Greek)',
  'iso-8859-7': 'ISO-8859-7 (Greek)',
  'windows-1254': 'Windows-1254 (Turkish)',
  'windows-1255': 'Windows-1255 (Hebrew)',
  'iso-8859-8': 'ISO-8859-8 (Hebrew)',
  'windows-1256': 'Windows-1256 (Arabic)',
  'iso-8859-6': 'ISO-8859-6 (Arabic)',
  'windows-1257': 'Windows-1257 (Baltic)',
  'windows-1258': 'Windows-1258 (Vietnamese)',
  'windows-874': 'Windows-874 (Thai)',
  shift_jis: 'Shift_JIS (Japanese)',
  'euc-jp': 'EUC-JP (Japanese)',
  'euc-kr': 'EUC-KR (Korean)',
  gb18030: 'GB18030 (Chinese)',
  big5: 'Big5 (Traditional Chinese)',
};

/** The plain-English name of an encoding label, for messages. */
export function encodingName(label: string): string {
  return encodingNames[label.toLowerCase()] ?? label;
}

/** chardet's names mapped to TextDecoder labels; ISO-8859-1 and -9 read as their Windows supersets. */
const fromChardet: Record<string, readonly string[]> = {
  'ISO-8859-1': ['windows-1252'],
  'windows-1252': ['windows-1252'],
  'ISO-8859-2': ['iso-8859-2'],
  'windows-1250': ['windows-1250'],
  'ISO-8859-5': ['iso-8859-5'],
  'windows-1251': ['windows-1251'],
  'KOI8-R': ['koi8-r'],
  'ISO-8859-6': ['iso-8859-6'],
  'windows-1256': ['windows-1256'],
  'ISO-8859-7': ['iso-8859-7', 'windows-1253'],
  'windows-1253': ['windows-1253'],
  'ISO-8859-8': ['iso-8859-8'],
  'windows-1255': ['windows-1255'],
  'ISO-8859-9': ['windows-1254'],
  'windows-1254': ['windows-1254'],
  'windows-1257': ['windows-1257'],
  'windows-1258': ['windows-1258'],
  'windows-874': ['windows-874'],
  Shift_JIS: ['shift_jis'],
  'EUC-JP': ['euc-jp'],
  'EUC-KR': ['euc-kr'],
  GB18030: ['gb18030'],
  Big5: ['big5'],
};

/**
 * Always scored, whatever chardet says: chardet alone calls an English text with a few
 * Cyrillic words ISO-8859-1. Earlier entries win ties between identical decodings.
 */
const alwaysTried = [
  'windows-1252',
  'windows-1251',
  'windows-1250',
  'iso-8859-2',
  'koi8-r',
  'windows-1253',
  'windows-1254',
  'windows-1257',
];

/** Multi-byte detections are only believed when chardet is this sure. */
const MULTI_BYTE_MIN_CONFIDENCE = 50;
const MULTI_BYTE = new Set(['shift_jis', 'euc-jp', 'euc-kr', 'gb18030', 'big5']);
/** The best decoding may have at most this share of implausible words. */
const MAX_BAD_SHARE = 0.15;
/** Decodings this close to the best count as a tie, settled by chardet's language model. */
const TIE_MARGIN = 0.03;
/** How far ahead chardet must rate a less common reading before we believe it. */
const CHARDET_MARGIN = 10;
/** Below this many non-ASCII bytes chardet's language scores are noise ("São Paulo naïve" read as Windows-1250). */
const MIN_NON_ASCII_EVIDENCE = 8;
const SAMPLE_BYTES = 64 * 1024;
const WINDOW_BYTES = 1024;

/** Below 0x30 no byte continues a character in any of these encodings (GB18030 goes down to 0x30). */
const isBoundaryByte = (b: number): boolean => b < 0x30;
/** How far a window may stretch to find a boundary: a file with no spaces must not make the sample huge. */
const MAX_STRETCH = 256;

/**
 * The parts of the file that carry non-ASCII bytes, up to 64 KB: an ASCII preamble says
 * nothing about the encoding, and chardet is slow on large inputs. Windows are cut at
 * spaces or punctuation, which never fall inside a character in any of these encodings.
 */
export function legacySample(bytes: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  let size = 0;
  let i = 0;
  let previousEnd = 0;
  while (i < bytes.length && size < SAMPLE_BYTES) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    let start = Math.max(previousEnd, i - WINDOW_BYTES / 2);
    const startLimit = Math.max(previousEnd, start - MAX_STRETCH);
    while (start > startLimit && !isBoundaryByte(bytes[start - 1]!)) start--;
    let end = Math.min(bytes.length, i + WINDOW_BYTES);
    const endLimit = Math.min(bytes.length, end + MAX_STRETCH);
    while (end < endLimit && !isBoundaryByte(bytes[end]!)) end++;
    parts.push(bytes.subarray(start, end));
    size += end - start + 1;
    i = end;
    previousEnd = end;
  }
  const sample = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    sample.set(part, at);
    at += part.length;
    sample[at++] = 0x0a;
  }
  return sample.subarray(0, Math.max(0, at - 1));
}

const commonPunctuation = new Set(
  Array.from('“”‘’„‚«»‹›–—…•·€£¥¢§¶°©®™×÷±¡¿\u00a0\u2009\u202f†‡‰№'),
);

type Script = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'thai' | 'cjk' | 'hangul' | 'other';

function scriptOf(ch: string): Script {
  if (/\p{Script=Latin}/u.test(ch)) return 'latin';
  if (/\p{Script=Cyrillic}/u.test(ch)) return 'cyrillic';
  if (/\p{Script=Greek}/u.test(ch)) return 'greek';
  if (/\p{Script=Arabic}/u.test(ch)) return 'arabic';
  if (/\p{Script=Hebrew}/u.test(ch)) return 'hebrew';
  if (/\p{Script=Thai}/u.test(ch)) return 'thai';
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc]/u.test(ch)) return 'cjk';
  if (/\p{Script=Hangul}/u.test(ch)) return 'hangul';
  return 'other';
}

/**
 * How implausible a decoding looks: the share of its non-ASCII words and symbols that a
 * wrong code page typically produces — scripts mixed inside one word ("cafй"), case flipping
 * inside a word ("уЕТЗЕК"), Latin words made only of accented letters ("Ñåðãåé"), and odd
 * symbols glued to letters ("³ódź").
 */
export function implausibility(text: string): { bad: number; total: number } {
  let bad = 0;
  let total = 0;
  for (const match of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    const word = match[0];
    // eslint-disable-next-line no-control-regex
    if (/^[\u0000-\u007f]*$/.test(word)) continue;
    total++;
    const scripts = new Set<Script>();
    let asciiLetters = 0;
    for (const ch of word) {
      if (/\p{M}/u.test(ch)) continue;
      scripts.add(scriptOf(ch));
      if (ch < '\u0080') asciiLetters++;
    }
    const mixedScripts = scripts.size > 1;
    const caseFlip = /\p{Ll}\p{Lu}/u.test(word);
    const onlyAccented = scripts.has('latin') && scripts.size === 1 && asciiLetters === 0 && [...word].length >= 3;
    if (mixedScripts || caseFlip || onlyAccented) bad++;
  }
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch < '\u0080' || /[\p{L}\p{M}\p{N}\s]/u.test(ch) || commonPunctuation.has(ch)) continue;
    total++;
    const touchesLetter = /\p{L}/u.test(chars[i - 1] ?? '') || /\p{L}/u.test(chars[i + 1] ?? '');
    if (touchesLetter) bad++;
  }
  return { bad, total };
}

/** True when the text holds characters no clean decoding of a text file produces. */
export function hasDecodingDamage(text: string): boolean {
  return /[\uFFFD\u0080-\u009F]/.test(text);
}

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder(label, { fatal: true }).decode(bytes);
    return hasDecodingDamage(text) ? undefined : text;
  } catch {
    return undefined;
  }
}

interface Candidate {
  label: string;
  text: string;
  badShare: number;
  confidence: number;
  order: number;
}

/**
 * Guesses the legacy encoding of bytes that are not UTF-8: chardet ranks the candidates,
 * then each candidate decoding is read back and the implausible ones dropped. Returns
 * undefined when no decoding reads as clean text.
 */
export function detectLegacyEncoding(bytes: Uint8Array): LegacyEncoding | undefined {
  const sample = legacySample(bytes);
  const confidence = new Map<string, number>();
  for (const match of analyse(sample)) {
    for (const label of fromChardet[match.name] ?? []) {
      if (!confidence.has(label)) confidence.set(label, match.confidence);
    }
  }
  const labels = [...alwaysTried];
  for (const [label, value] of confidence) {
    if (labels.includes(label)) continue;
    if (MULTI_BYTE.has(label) && value < MULTI_BYTE_MIN_CONFIDENCE) continue;
    labels.push(label);
  }

  const candidates: Candidate[] = [];
  labels.forEach((label, order) => {
    const text = tryDecode(label, sample);
    if (text === undefined) return;
    const { bad, total } = implausibility(text);
    candidates.push({ label, text, badShare: total === 0 ? 0 : bad / total, confidence: confidence.get(label) ?? 0, order });
  });
  if (candidates.length === 0) return undefined;

  const best = Math.min(...candidates.map((c) => c.badShare));
  if (best > MAX_BAD_SHARE) return undefined;
  const tied = candidates.filter((c) => c.badShare <= best + TIE_MARGIN);
  // Labels that decode the sample identically are one reading: name it by the most common label.
  const readings = new Map<string, Candidate[]>();
  for (const c of tied) readings.set(c.text, [...(readings.get(c.text) ?? []), c]);
  const confidenceOf = (group: Candidate[]): number => Math.max(...group.map((c) => c.confidence));
  const orderOf = (group: Candidate[]): number => Math.min(...group.map((c) => c.order));
  const groups = [...readings.values()];
  const preferred = [...groups].sort((a, b) => orderOf(a) - orderOf(b))[0]!;
  const likeliest = [...groups].sort((a, b) => confidenceOf(b) - confidenceOf(a) || orderOf(a) - orderOf(b))[0]!;
  // chardet's language models settle real ties (Czech: Windows-1250, not 1252), but on a
  // few words its scores are noise: then the more common encoding wins.
  let nonAscii = 0;
  for (const byte of sample) if (byte >= 0x80) nonAscii++;
  const chardetDecides = nonAscii >= MIN_NON_ASCII_EVIDENCE && confidenceOf(likeliest) - confidenceOf(preferred) >= CHARDET_MARGIN;
  const chosen = chardetDecides ? likeliest : preferred;
  const winner = [...chosen].sort((a, b) => a.order - b.order)[0]!;
  return { label: winner.label, name: encodingName(winner.label) };
}
