/**
 * Folding for name matching: case-, diacritic- and width-insensitive, the
 * same on both sides. "Gennadiy", "GENNADİY" and "gennadiy" fold alike; so do
 * "Zürich" and "Zurich", "Воронцов" and "ВОРОНЦОВ", "ё" and "е". Scripts are
 * kept apart: transliteration is for suggestions, not for matching.
 */
const SPECIAL: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  ı: 'i',
};

const SPECIAL_PATTERN = new RegExp(`[${Object.keys(SPECIAL).join('')}]`, 'gu');
const MARKS = /\p{M}+/gu;

export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(SPECIAL_PATTERN, (c) => SPECIAL[c] ?? c)
    .toLowerCase();
}

/** Word characters: letters, digits and combining marks (so "Zu\u0308rich" is one word). */
export const WORD_PATTERN = /[\p{L}\p{N}\p{M}]+/gu;

/** The folded words of a name, e.g. "Al-Qaeda’s" → ["al", "qaeda", "s"]. */
export function nameTokens(name: string): string[] {
  return [...name.matchAll(WORD_PATTERN)].map((m) => foldName(m[0]));
}

/** The key under which two names count as the same, on both sides: their folded words ("Al-Qaeda’s" and "al qaeda s"). */
export function nameKey(name: string): string {
  return nameTokens(name).join(' ');
}

/** Whether two names are the same after folding: what core refuses as a second alias, the UI says before asking. */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}
