/**
 * Turns what the NLP pass and the capitalised-run scan find ("By Sanna
 * Lindqvist", "Rosalind Achterberg, Aldmark", "Deputy Foreign Minister Lucía
 * Marenco", "Lindhaven Contact Group.") into the names inside them. Pure
 * string work; deciding which single words are common ones needs the text and
 * the language model, and is done by the caller.
 */

/** Words that start or end a found phrase without being part of the name: "By …", "According to …", "… and". */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'by', 'according', 'to', 'in', 'on', 'at', 'from', 'for', 'with', 'since', 'dear', 're', 'fw', 'fwd',
  'of', 'and', 'or', 'but', 'as', 'after', 'before', 'when', 'while', 'under', 'via', 'per', 'said', 'says', 'told', 'asked',
  'thanks', 'thank', 'including', 'led', 'between', 'during', 'until', 'about', 'against', 'among', 'without', 'if', 'so',
  'then', 'than', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their',
  'our', 'its', 'my', 'your', 'yes', 'no', 'not', 'all', 'both', 'each', 'every', 'some', 'any', 'meanwhile', 'however',
  'also', 'why', 'what', 'who', 'how', 'where', 'which', 'whom', 'here', 'there', 'today', 'yesterday', 'tomorrow',
  'mister', 'madam', 'hello', 'hi', 'good', 'morning', 'afternoon', 'evening', 'welcome', 'photo', 'copyright', 'editing',
  'reporting', 'writing', 'additional',
]);

/** Titles and offices: kept out of the name ("Mr Vorontsov" is Vorontsov), and a phrase of titles only is no name. */
const TITLE_HEADS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'president', 'premier', 'minister',
  'envoy', 'ambassador', 'general', 'gen', 'colonel', 'col', 'admiral', 'captain', 'capt', 'major', 'lieutenant', 'lt',
  'sergeant', 'sgt', 'senator', 'sen', 'governor', 'gov', 'mayor', 'king', 'queen', 'prince', 'princess', 'chancellor',
  'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'director', 'judge',
  'justice', 'rev', 'reverend', 'pope', 'sheikh', 'emir', 'commissioner', 'correspondent', 'editor', 'reporter', 'rapporteur',
  'negotiator', 'delegate', 'representative', 'head', 'leader', 'officer', 'official', 'commander', 'mp', 'mep',
]);
/** Words that only make a title with a head after them: "Deputy Foreign Minister", "Special Envoy". */
const TITLE_MODIFIERS = new Set([
  'deputy', 'vice', 'acting', 'special', 'senior', 'chief', 'prime', 'foreign', 'interior', 'defence', 'defense', 'finance',
  'diplomatic', 'former', 'first', 'lead', 'state', 'high', 'supreme', 'assistant', 'executive', 'managing', 'political',
  'economic', 'security', 'military', 'press', 'news', 'staff', 'permanent', 'under',
]);

/** Lower-case words that belong inside names: "Ministry of Foreign Affairs", "Ursula von der Leyen". */
const PARTICLES = new Set([
  'of', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'do', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'el', 'bin',
  'ibn', 'y', 'zu', 'ter', 'for', 'and', 'the',
]);

/** Abbreviations whose full stop is part of the name ("Acme Ltd.", "Martin Luther King Jr."). */
const KEEPS_STOP = new Set(['jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'bros', 'st']);

/** Where a found phrase holds two names or more: list and clause punctuation, brackets, quotes, markup, line ends. */
const SPLIT = /[,;:!?()[\]{}"“”„«»|*#_/\\\n\r\t]+|(?<!\b(?:Mr|Mrs|Ms|Dr|St|Prof|Gen|Col|Sen|Gov|Rev|Capt|Lt|Sgt|Jr|Sr|Inc|Ltd|Co|Corp|Bros))\.(?=\s|$)|\s[-–—]\s/u;

const WORD = /[\p{L}\p{N}\p{M}'’.-]+/gu;

function script(word: string): string {
  if (/\p{Script=Cyrillic}/u.test(word)) return 'cyrillic';
  if (/\p{Script=Greek}/u.test(word)) return 'greek';
  return 'other';
}

function bare(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();
}

/** Leading words that make a title: modifiers then at least one head ("Deputy Foreign Minister"), as many as there are. */
function titleLength(words: readonly string[]): number {
  let length = 0;
  for (let i = 0; i < words.length; i++) {
    const w = bare(words[i] as string);
    if (TITLE_HEADS.has(w)) length = i + 1;
    else if (!TITLE_MODIFIERS.has(w)) break;
  }
  return length;
}

/** Cuts a phrase of words down to the name in it, or nothing. */
function trimWords(input: readonly string[]): string[] {
  let words = [...input];
  // "According to Deputy Foreign Minister Lucía Marenco": function words and titles, in any order, come off the front.
  for (let changed = true; changed && words.length > 0; ) {
    changed = false;
    while (words.length > 0 && FUNCTION_WORDS.has(bare(words[0] as string))) {
      words = words.slice(1);
      changed = true;
    }
    const title = titleLength(words);
    if (title > 0) {
      words = words.slice(title);
      changed = true;
    }
  }
  // The name ends at the first lower-case word that is not a particle: "Joint press availability" → "Joint".
  const cut = words.findIndex((w, i) => i > 0 && /^\p{Ll}/u.test(w) && !PARTICLES.has(w.toLowerCase()));
  if (cut > 0) words = words.slice(0, cut);
  while (words.length > 0 && (FUNCTION_WORDS.has(bare(words.at(-1) as string)) || PARTICLES.has(bare(words.at(-1) as string)))) {
    words = words.slice(0, -1);
  }
  return words;
}

function tidy(phrase: string): string {
  let name = phrase.replace(/^[^\p{L}\p{N}]+/gu, '').replace(/[^\p{L}\p{N}.]+$/gu, '');
  // A full stop ends a sentence, except after an abbreviation that belongs to the name.
  const lastWord = /([\p{L}]+)\.+$/u.exec(name);
  if (lastWord && !KEEPS_STOP.has((lastWord[1] as string).toLowerCase())) name = name.replace(/\.+$/u, '');
  return name.replace(/(?:'s|’s)$/u, '').trim();
}

/**
 * The names in one found phrase, each starting with a capital letter. A phrase
 * is split at punctuation and where the script changes ("Lindhaven Геннадий
 * Воронцов"); function words and titles come off the front, lower-case words
 * and a sentence's full stop off the end.
 */
export function candidateNames(phrase: string): string[] {
  const names: string[] = [];
  for (const part of phrase.split(SPLIT)) {
    const words = [...tidy(part).matchAll(WORD)].map((m) => m[0]);
    // One run per script: names are written in one.
    const runs: string[][] = [];
    for (const word of words) {
      const run = runs.at(-1);
      if (run && script(run.at(-1) as string) === script(word)) run.push(word);
      else runs.push([word]);
    }
    for (const run of runs) {
      const name = tidy(trimWords(run).join(' '));
      if (name.replace(/[^\p{L}]/gu, '').length < 2 || !/^\p{Lu}/u.test(name)) continue;
      names.push(name);
    }
  }
  return names;
}

/** Whether a word (any case) is a title or office on its own, e.g. "Ambassador". */
export function isTitleWord(word: string): boolean {
  return TITLE_HEADS.has(bare(word)) || TITLE_MODIFIERS.has(bare(word));
}
