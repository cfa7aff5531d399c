import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../shared/text/normalizeText';
import { joinWrappedLines, reflowText } from '../../../electron/core/sources/reflowText';
import {
  addressText,
  emailText,
  listText,
  longVerseText,
  plainText,
  poemText,
  tableText,
  windows1251Text,
  windows1252Text,
  wrappedEmailText,
  wrappedReportText,
} from '../../fixtures/fixtureTexts';

const lines = (...parts: string[]): string => parts.join('\n');
const fixture = (name: string): string => normalizeText(readFileSync(join(import.meta.dirname, '../../fixtures', name), 'utf8'));

/** Greedy word wrap at `width`, as mail clients and editors do it. */
function wrap(paragraph: string, width: number): string {
  const out: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  out.push(line);
  return out.join('\n');
}

describe('reflowText: hard-wrapped texts', () => {
  it('joins the lines of each paragraph of a hard-wrapped text', () => {
    const western = reflowText(normalizeText(windows1252Text));
    expect(western.joined).toBe(true);
    expect(western.text).toBe(windows1252Text.split('\r\n').join(' '));
    expect(reflowText(normalizeText(windows1251Text)).text).toBe(windows1251Text.split('\r\n').join(' '));
  });

  it('keeps titles, single lines and blank lines as they are', () => {
    const result = reflowText(normalizeText(plainText));
    expect(result.text).toBe(
      lines(
        'Ceasefire monitors report a quiet night along the Seren line',
        '',
        'Monitors from the Lindhaven Contact Group said on Friday that no shelling had been recorded along the Seren line for a third consecutive night. A spokesperson said patrols would continue through the weekend.',
        '',
        'Residents of Dravik, the port at the centre of the talks, said the quay remained closed.',
      ),
    );
  });

  it('keeps a hyphen at a line end and joins without a space there; a spaced dash keeps its space', () => {
    const result = reflowText(fixture('wrapped-report.txt'));
    expect(result.joined).toBe(true);
    expect(result.text).toContain('the disputed twelve-vessel weekly ceiling');
    expect(result.text).toContain('LINDHAVEN, 29 March (NNA)\n\nNegotiators from Karvenia');
    expect(result.text.endsWith('on Monday.\n\n--\nNordline News Agency')).toBe(true);
    expect(joinWrappedLines('a naïve optimist –\nsaid the')).toBe('a naïve optimist – said the');
    expect(joinWrappedLines('the pre-\nwar port, 1990–\n2000')).toBe('the pre-war port, 1990–2000');
    expect(joinWrappedLines('a list of\n- items')).toBe('a list of - items');
  });

  it('joins an e-mail body but keeps its headers, quoted lines and signature', () => {
    const result = reflowText(fixture('wrapped-email.txt'));
    expect(result.joined).toBe(true);
    const [headers, body1, body2, quote, signature] = result.text.split('\n\n');
    expect(headers).toBe(wrappedEmailText.split('\n\n')[0]);
    expect(body1).toBe(
      'I spoke again to the official who gave us the twelve-ship figure. He stands by it, but says it is a ceiling for the first phase, not a promise, and that the inspection regime is still being argued over.',
    );
    expect(body2?.includes('\n')).toBe(false);
    expect(quote).toBe(wrappedEmailText.split('\n\n')[3]);
    expect(signature).toBe('Tomas');
  });
});

describe('reflowText: texts that are not hard-wrapped', () => {
  it.each([
    ['a poem', poemText],
    ['free verse with long lines', longVerseText],
    ['a list with wrapped items', listText],
    ['a table aligned with spaces', tableText],
    ['an address block and a letter', addressText],
    ['an e-mail with quoted lines', emailText],
  ])('leaves %s unchanged', (_, text) => {
    const normalized = normalizeText(text);
    expect(reflowText(normalized)).toEqual({ text: normalized, joined: false });
  });

  it('leaves text with one sentence per line unchanged', () => {
    const text = lines(
      'The talks resumed on Tuesday in Lindhaven after a week of delays.',
      'Delegations from both countries arrived late on Monday evening.',
      'The mediator said she expected a first text by the end of the week.',
      'Neither side would comment on the number of ships under discussion.',
    );
    expect(reflowText(text).joined).toBe(false);
  });

  it('leaves text with long unwrapped paragraphs unchanged, even if two lines happen to follow each other', () => {
    const long = 'Negotiators from Karvenia and Selmara are close to an agreement that would let grain ships load at the port of Dravik again, officials said.';
    const text = lines(long, '', long, '', 'Residents of Dravik, the port at the centre of the talks, said the', 'quay had remained closed all winter and that nobody had told them why.', '', long, '', long);
    expect(reflowText(text).joined).toBe(false);
  });

  it('leaves narrow columns and texts in scripts written without spaces unchanged', () => {
    const narrow = lines('The cranes stand still above the quay, their', 'shadows long on empty stone; the gulls have', 'learned the ships are gone and circle out.');
    expect(reflowText(narrow).joined).toBe(false);
    const chinese = lines('德拉维克港的谈判周二在林德哈文恢复。两国代表团的团长都表示，协议已经接近达成，但关于每周船只数量的分歧', '仍然存在。一位不愿透露姓名的官员说，草案允许每周最多十二艘船只在德拉维克装载粮食，检查由联络小组负责。', '塞尔马拉外交部预计将于周一发表声明。');
    expect(reflowText(chinese).joined).toBe(false);
  });

  it('keeps structure inside a hard-wrapped text: lists, tables, verse, addresses and quotes keep their lines', () => {
    const prose = wrappedReportText.split('\n\n').slice(2, 4).join('\n\n');
    for (const structure of [poemText, longVerseText, listText, tableText, addressText, emailText]) {
      const block = normalizeText(structure);
      const result = reflowText(lines(prose, '', block, '', prose));
      expect(result.joined).toBe(true);
      expect(result.text).toContain(`\n\n${block}\n\n`);
    }
  });
});

const vocabulary = 'talks port grain ships vessels week delegation ministry official monitors ceasefire harbour quay convention figure draft statement inspection Dravik Lindhaven Selmara Karvenia agreement'.split(' ');
const word = fc.oneof(
  fc.constantFrom(...vocabulary),
  fc.stringMatching(/^[a-z]{4,10}$/),
  fc.constantFrom('naïve', 'Zürich', 'Воронцов', 'twelve-vessel', '1953', 'said,', 'however,'),
);
/** A sentence longer than any line, so that line ends fall inside sentences. */
const sentence = fc.array(word, { minLength: 20, maxLength: 30 }).map((words) => {
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
});
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => sentences.join(' '));

describe('reflowText: properties', () => {
  it('gives back the paragraphs of any text wrapped greedily at 60–90 characters', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), fc.integer({ min: 60, max: 90 }), (paragraphs, width) => {
        const longEnough = paragraphs.some((p) => p.length > 3 * width);
        fc.pre(longEnough);
        const original = paragraphs.join('\n\n');
        const wrapped = paragraphs.map((p) => wrap(p, width)).join('\n\n');
        expect(reflowText(wrapped)).toEqual({ text: original, joined: true });
      }),
      { numRuns: 200 },
    );
  });

  it('never changes a character other than a line break, and only joins whole lines', () => {
    const anyLine = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 90 }),
      sentence.map((s) => s.slice(0, 80)),
      fc.constantFrom('', '', '- item', '> quoted', 'From: x', 'a-', 'b—', '    indented'),
    );
    fc.assert(
      fc.property(fc.array(anyLine, { maxLength: 30 }), (parts) => {
        const text = normalizeText(parts.join('\n'));
        const result = reflowText(text);
        expect(result.text.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
        // Every output line is a run of consecutive input lines, joined by a space or nothing.
        const input = text.split('\n');
        let next = 0;
        for (const line of result.text.split('\n')) {
          let joined = input[next++]!;
          while (joined !== line && next < input.length && line.startsWith(joined)) {
            const rest = input[next++]!;
            joined = line.startsWith(`${joined} ${rest}`) ? `${joined} ${rest}` : `${joined}${rest}`;
          }
          expect(joined).toBe(line);
        }
        expect(next).toBe(input.length);
        expect(normalizeText(result.text)).toBe(result.text);
        expect(result.joined).toBe(result.text !== text);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves verse-like texts (short lines of varying length) unchanged', () => {
    const verseLine = fc.array(word, { minLength: 2, maxLength: 7 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(fc.array(verseLine, { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 5 }), (stanzas) => {
        const text = stanzas.map((stanza) => stanza.join('\n')).join('\n\n');
        fc.pre(text.split('\n').every((line) => line.length < 50));
        expect(reflowText(text).joined).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('does no quadratic work on a large text', () => {
    const text = Array.from({ length: 4000 }, (_, i) => wrap(`Paragraph ${i} ${'about the talks in Lindhaven and the port of Dravik '.repeat(30)}`, 72)).join('\n\n');
    const started = performance.now();
    expect(reflowText(text).joined).toBe(true);
    // A guard against quadratic work, not a speed budget.
    expect(performance.now() - started).toBeLessThan(8000);
  });
});
