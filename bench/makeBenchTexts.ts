/** Deterministic, article-like texts for the benchmarks (no two alike). */
const words = (
  'the talks in Veltra resumed on Tuesday as negotiators from Arvena and Solmark met behind closed doors ' +
  'a senior official who asked not to be named said the port access deal was close but disputed the timeline ' +
  'ministry spokesman Jorik Haldane told reporters that the ceasefire held along the northern border since March ' +
  'observers from the mediation group warned that shipping through the strait remained uncertain this week'
).split(' ');

/** Deterministic numbers in [0, 1) (xorshift), the same run after run. */
export function* pseudoRandom(seed: number): Generator<number> {
  let x = seed || 1;
  for (;;) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    yield (x >>> 0) / 0x100000000;
  }
}

export function makeArticleText(chars: number, seed = 7): string {
  const rnd = pseudoRandom(seed);
  const parts: string[] = [];
  let length = 0;
  let sentence = 0;
  while (length < chars) {
    const n = 8 + Math.floor((rnd.next().value as number) * 18);
    const picked = Array.from({ length: n }, () => words[Math.floor((rnd.next().value as number) * words.length)] ?? 'the');
    const s = `${picked.join(' ')}.`;
    const piece = sentence % 6 === 5 ? `${s}\n\n` : `${s} `;
    parts.push(piece.charAt(0).toUpperCase() + piece.slice(1));
    length += piece.length;
    sentence += 1;
  }
  return parts.join('').slice(0, chars).trim();
}

export function makeSourceTexts(count: number, chars: number): string[] {
  return Array.from({ length: count }, (_, i) => `Report ${i + 1}\n\n${makeArticleText(chars - 20, i + 11)}`);
}
