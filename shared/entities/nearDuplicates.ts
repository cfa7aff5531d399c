import { foldName } from './foldName';

/** Cyrillic to Latin, loosely (BGN/PCGN-like), so that "Воронцов" meets "Vorontsov". */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
};

/**
 * A loose phonetic key for comparing spellings: folded, transliterated,
 * doubled letters single, common variant spellings unified
 * ("Gennady"/"Genady"/"Gennadiy"/"Геннадий" all come close).
 */
export function spellingKey(name: string): string {
  const latin = [...foldName(name)].map((c) => CYRILLIC[c] ?? c).join('');
  return latin
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/iy\b|ii\b|yi\b|ij\b/gu, 'y')
    .replace(/ts|tz|z/gu, 'ts')
    .replace(/ks|x/gu, 'ks')
    .replace(/ph/gu, 'f')
    .replace(/w/gu, 'v')
    .replace(/(\p{L})\1+/gu, '$1')
    .trim();
}

/** Optimal string alignment distance, capped: stops early once above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let beforePrevious: number[] = [];
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (beforePrevious[j - 2] as number) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * Whether two different spellings probably name the same thing: equal
 * spelling keys, or keys one or two edits apart when long enough that this
 * is not a different word ("Gorbachov"/"Gorbachev", not "Karl"/"Carl" alone).
 */
export function isNearDuplicate(a: string, b: string): boolean {
  if (foldName(a) === foldName(b)) return false;
  const ka = spellingKey(a);
  const kb = spellingKey(b);
  if (ka.length < 4 || kb.length < 4) return false;
  if (ka === kb) return true;
  const shorter = Math.min(ka.length, kb.length);
  const allowed = shorter >= 9 ? 2 : shorter >= 6 ? 1 : 0;
  return allowed > 0 && editDistance(ka, kb, allowed) <= allowed;
}
