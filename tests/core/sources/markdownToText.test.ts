import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../shared/text/normalizeText';
import { markdownToText } from '../../../electron/core/sources/markdownToText';

const fixtures = join(import.meta.dirname, '../../fixtures');
const md = (markdown: string): string => markdownToText(normalizeText(markdown)).text;
const lines = (...parts: string[]): string => parts.join('\n');

describe('markdownToText: blocks', () => {
  it('drops front matter and turns headings into lines of their own, with a blank line around', () => {
    const source = lines('---', 'title: Notes', 'author: J. Okafor', '---', '', '# Port *talks* #', 'First paragraph.', '## Next', 'Second.');
    const result = markdownToText(source);
    expect(result.text).toBe(lines('Port talks', '', 'First paragraph.', '', 'Next', '', 'Second.'));
    expect(result.heading).toBe('Port talks');
    expect(md(lines('Setext title', '============', '', 'Sub', '---', 'Body'))).toBe(lines('Setext title', '', 'Sub', '', 'Body'));
  });

  it('finds the first level-one heading, not a smaller one or one inside code', () => {
    const result = markdownToText(lines('```', '# not this', '```', '', '## Section', '', '# The [real](https://x.example) title', 'Body.'));
    expect(result.heading).toBe('The real title');
    expect(markdownToText('No heading here.\nSecond line.').heading).toBeUndefined();
  });

  it('keeps a front-matter-like block that never closes, or that is not YAML, as text', () => {
    expect(md(lines('---', 'title: x', '', 'Body'))).toBe(lines('title: x', '', 'Body'));
    expect(md(lines('---', 'An introduction set between two rules.', '---', '', 'Body'))).toBe(
      lines('An introduction set between two rules.', '', 'Body'),
    );
    expect(md(lines('---', 'title: Notes', 'tags:', '  - dravik', '# a comment', 'summary: >', '  Folded text', '---', 'Body'))).toBe('Body');
  });

  it('writes lists as "•" and numbered lines, nested lists indented, continuation lines aligned', () => {
    const source = lines('- one', '- **two**', '  continued', '  * nested a', '  * nested b', '- three', '', '1. first', '1. second', '', 'After.');
    expect(md(source)).toBe(
      lines('• one', '• two', '  continued', '  • nested a', '  • nested b', '• three', '', '1. first', '2. second', '', 'After.'),
    );
  });

  it('keeps list numbers as written unless every item has the same number', () => {
    expect(md(lines('3. three', '7. seven'))).toBe(lines('3. three', '7. seven'));
    expect(md(lines('1) a', '1) b', '1) c'))).toBe(lines('1) a', '2) b', '3) c'));
  });

  it('keeps the blank lines between loose list items', () => {
    expect(md(lines('- a', '', '- b', '', 'Text'))).toBe(lines('• a', '', '• b', '', 'Text'));
  });

  it('reads block quotes as the quoted text, nested ones and lazy lines included', () => {
    expect(md(lines('Before.', '', '> Quoted *text*', 'lazy line', '>', '> > nested', '', 'After.'))).toBe(
      lines('Before.', '', 'Quoted text', 'lazy line', '', 'nested', '', 'After.'),
    );
  });

  it('keeps code blocks verbatim, fenced ones without their fences', () => {
    const source = lines('Text:', '', '```js', '# not a heading', 'const x = *y* + [a](b);', '```', '', '    indented *code*', '    more', '', 'End.');
    expect(md(source)).toBe(lines('Text:', '', '# not a heading', 'const x = *y* + [a](b);', '', '    indented *code*', '    more', '', 'End.'));
    // An unclosed fence runs to the end, as CommonMark says.
    expect(md(lines('~~~', 'all *code*'))).toBe('all *code*');
  });

  it('writes table rows with " | " between cells, without the delimiter row', () => {
    const source = lines('| Year | Vessels |', '|------|--------:|', '| 2024 | **412** |', '| 2025 | 97 \\| est. |', '', 'After.');
    expect(md(source)).toBe(lines('Year | Vessels', '2024 | 412', '2025 | 97 | est.', '', 'After.'));
    expect(md(lines('Year | Vessels', '--- | ---', '2024 | 412'))).toBe(lines('Year | Vessels', '2024 | 412'));
  });

  it('turns horizontal rules into a blank line', () => {
    expect(md(lines('Above.', '', '---', '', 'Below.'))).toBe(lines('Above.', '', 'Below.'));
    expect(md(lines('Above.', '* * *', 'Below.'))).toBe(lines('Above.', '', 'Below.'));
  });

  it('keeps the blank lines a text has between paragraphs, up to two', () => {
    expect(md(lines('One.', '', '', 'Two.', '', 'Three.'))).toBe(lines('One.', '', '', 'Two.', '', 'Three.'));
  });

  it('reads HTML blocks as their text, never scripts, styles or comments', () => {
    const source = lines(
      '<div class="note">',
      '<p>HTML <b>block</b> &amp; text</p>',
      '<script>',
      "alert('SCRIPT')",
      '</script>',
      '<style>p { color: red }</style>',
      '</div>',
      '',
      '<!-- a comment -->',
      '',
      '<script src="x.js"></script>',
      '',
      'After.',
    );
    expect(md(source)).toBe(lines('HTML block & text', '', 'After.'));
  });

  it('drops link reference definitions, and links to them read as their text', () => {
    const source = lines('A [full][r1], a [Collapsed][], a [shortcut] and an [unknown] one.', '', '[r1]: https://r1.example', '[collapsed]: <https://c.example> "Title"', '[SHORTCUT]: https://s.example', '', 'After.');
    expect(md(source)).toBe(lines('A full, a Collapsed, a shortcut and an [unknown] one.', '', 'After.'));
  });

  it('leaves footnotes as written', () => {
    expect(md(lines('A claim.[^1]', '', '[^1]: The source.'))).toBe(lines('A claim.[^1]', '', '[^1]: The source.'));
  });
});

describe('markdownToText: inline', () => {
  it('removes emphasis, strong and code markers', () => {
    expect(md('Some *em*, **strong**, ***both***, _under_, __strong__, `code` and ``a ` tick``.')).toBe(
      'Some em, strong, both, under, strong, code and a ` tick.',
    );
    expect(md('**QUESTION (Meridian Herald):** Ambassador?')).toBe('QUESTION (Meridian Herald): Ambassador?');
    expect(md('*[End of excerpt]*')).toBe('[End of excerpt]');
  });

  it('leaves asterisks and underscores that are not emphasis', () => {
    expect(md('5 * 3 * 2, snake_case_name, **, a * b, 2*3, file_1_final.txt')).toBe('5 * 3 * 2, snake_case_name, **, a * b, 2*3, file_1_final.txt');
    expect(md('*unclosed and **also')).toBe('*unclosed and **also');
  });

  it('reads links as their text, and as their address only when they have no text', () => {
    expect(md('A [link](https://a.example "Title") and [](https://empty.example) and [*em* text](<a b>).')).toBe(
      'A link and https://empty.example and em text.',
    );
    expect(md('Auto <https://auto.example/x?y=1> and <me@mail.example>.')).toBe('Auto https://auto.example/x?y=1 and me@mail.example.');
    expect(md('Not a link: [1] (see p. 4) and [a](b c).')).toBe('Not a link: [1] (see p. 4) and [a](b c).');
  });

  it('reads images as their alt text or nothing', () => {
    expect(md('Photo: ![Delegates at the *Hotel Aldmark*](d.jpg). Pixel: ![](p.gif) end.')).toBe(
      'Photo: Delegates at the Hotel Aldmark. Pixel: end.',
    );
    expect(md('![](only.png)\n\nText.')).toBe('Text.');
  });

  it('makes escaped characters literal', () => {
    expect(md('Escaped \\*not em\\*, \\[not link\\](x), \\# and \\\\; C:\\path\\to stays.')).toBe(
      'Escaped *not em*, [not link](x), # and \\; C:\\path\\to stays.',
    );
    expect(md('\\# Not a heading')).toBe('# Not a heading');
    expect(md('\\- not a list')).toBe('- not a list');
  });

  it('decodes character references it knows and leaves the rest', () => {
    expect(md('AT&T, &amp; &copy; &#8212; &#x41; &eacute; &bogus; &#0; & more')).toBe('AT&T, & © — A é &bogus; &#0; & more');
  });

  it('strips inline HTML of known elements, scripts with their content, and keeps other angle brackets', () => {
    expect(md('Inline <span class="x">html</span>, <script>alert("x")</script> gone, <John> stays, a < b > c, <!-- note --> end.')).toBe(
      'Inline html, gone, <John> stays, a < b > c, end.',
    );
    expect(md('Before <script>never closed\n\nAfter.')).toBe('Before\n\nAfter.');
    expect(md('Line<br>break')).toBe('Line\nbreak');
  });

  it('keeps a hard line break as a line break', () => {
    expect(md('Hard\\\nbreak.')).toBe('Hard\nbreak.');
  });
});

describe('markdownToText: fixtures', () => {
  it('converts the briefing fixture to the expected text', () => {
    const source = readFileSync(join(fixtures, 'markdown/briefing.md'), 'utf8');
    const expected = readFileSync(join(fixtures, 'markdown/briefing.txt'), 'utf8');
    const result = markdownToText(normalizeText(source));
    expect(result.text).toBe(normalizeText(expected));
    expect(result.heading).toBe('Dravik: where the talks stand');
  });

  it('reads the sample transcript without Markdown marks', () => {
    const source = readFileSync(join(import.meta.dirname, '../../../resources/sample/05-lindhaven-press-conference.md'), 'utf8');
    const text = markdownToText(normalizeText(source)).text;
    expect(text).not.toMatch(/[*#]|^---$/m);
    expect(text).toContain('\n\nQUESTION (Meridian Herald): Ambassador, there are reports');
    expect(text.endsWith('[End of excerpt]')).toBe(true);
  });
});

describe('markdownToText: hard-wrapped Markdown', () => {
  const wrapped = lines(
    '# Report',
    '',
    'Negotiators from Karvenia and Selmara ended a fourth day of talks in',
    'Lindhaven on Sunday without agreeing the final text of a deal that',
    'would let grain ships load at the port of *Dravik*, two people said.',
    '',
    '> The agreement is within reach, the head of the Karvenian delegation',
    '> told reporters, but it now depends on the Selmaran side and on the',
    '> inspection arrangements.',
    '',
    '- Inspections of every vessel at the outer anchorage by the Contact',
    '  Group, with reports filed in Lindhaven.',
    '',
    '```',
    'code lines stay as they are even when they are long enough to be',
    'mistaken for wrapped prose by a careless reader of line widths.',
    '```',
  );

  it('joins paragraph lines only when asked and when the file is clearly hard-wrapped', () => {
    expect(markdownToText(wrapped).joinedLines).toBe(false);
    const result = markdownToText(wrapped, { joinWrappedLines: true });
    expect(result.joinedLines).toBe(true);
    expect(result.text).toBe(
      lines(
        'Report',
        '',
        'Negotiators from Karvenia and Selmara ended a fourth day of talks in Lindhaven on Sunday without agreeing the final text of a deal that would let grain ships load at the port of Dravik, two people said.',
        '',
        'The agreement is within reach, the head of the Karvenian delegation told reporters, but it now depends on the Selmaran side and on the inspection arrangements.',
        '',
        '• Inspections of every vessel at the outer anchorage by the Contact Group, with reports filed in Lindhaven.',
        '',
        'code lines stay as they are even when they are long enough to be',
        'mistaken for wrapped prose by a careless reader of line widths.',
      ),
    );
  });

  it('keeps hard line breaks in a hard-wrapped file', () => {
    const source = lines(wrapped.split('\n').slice(0, 5).join('\n'), '', 'Ambassador Rosalind Achterberg, Special Envoy of Aldmark and chair\\', 'of the Lindhaven Contact Group, spoke to reporters after the talks.');
    const text = markdownToText(source, { joinWrappedLines: true }).text;
    expect(text).toContain('chair\nof the Lindhaven');
  });
});

/** Words and punctuation that are not Markdown syntax anywhere in a line. */
const plainWord = fc.oneof(
  fc.stringMatching(/^[A-Za-z][a-z]{0,9}$/),
  fc.constantFrom('São', 'Zürich', 'Воронцов', 'naïve', '1953', '12', '40,000', '28%', 'e-mail', 'U.S.', "Selmara's", '(excerpt)', '“quoted”', '—', '–', '?', 'a/b', '@desk', '$5', 'x=y', '2 + 2', 'C:'),
);
const plainLine = fc
  .tuple(fc.stringMatching(/^[A-Za-z]$/), fc.array(plainWord, { minLength: 0, maxLength: 14 }), fc.constantFrom('', '.', ',', ':', '!', '?', ';'))
  .map(([first, words, end]) => `${first}${words.length > 0 ? ' ' : ''}${words.join(' ')}${end}`);
const plainText = fc
  .array(fc.tuple(fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), plainLine), { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 2 })), {
    minLength: 1,
    maxLength: 6,
  })
  .map((paragraphs) =>
    normalizeText(
      paragraphs
        .map(([paragraphLines, blanks]) => paragraphLines.map(([indent, line]) => ' '.repeat(indent) + line).join('\n') + '\n'.repeat(blanks + 1))
        .join(''),
    ),
  );

/** Markdown whose output is again Markdown-free: emphasis, links, code spans, headings, rules. */
const simpleMarkdown = fc
  .array(
    fc.oneof(
      fc
        .array(
          fc.oneof(
            { weight: 4, arbitrary: fc.stringMatching(/^[a-z]{1,8}$/) },
            fc.stringMatching(/^[a-z]{1,8}$/).map((w) => `*${w}*`),
            fc.stringMatching(/^[a-z]{1,8}$/).map((w) => `**${w}**`),
            fc.stringMatching(/^[a-z]{1,8}$/).map((w) => `\`${w}\``),
            fc.tuple(fc.stringMatching(/^[a-z]{1,8}$/), fc.stringMatching(/^[a-z]{1,8}$/)).map(([t, u]) => `[${t}](https://${u}.example)`),
          ),
          { minLength: 1, maxLength: 10 },
        )
        .map((words) => words.join(' ')),
      fc.stringMatching(/^[a-z]{1,8}( [a-z]{1,8}){0,4}$/).map((title) => `# ${title}`),
      fc.constant('---'),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((blocks) => blocks.join('\n\n'));

describe('markdownToText: properties', () => {
  it('leaves text without Markdown syntax exactly as it is', () => {
    fc.assert(
      fc.property(plainText, (text) => {
        expect(markdownToText(text).text).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent on Markdown whose text holds no Markdown syntax', () => {
    fc.assert(
      fc.property(simpleMarkdown, (source) => {
        const once = markdownToText(source).text;
        expect(markdownToText(once).text).toBe(once);
        expect(once).not.toMatch(/[*`[\]#]/);
      }),
      { numRuns: 300 },
    );
  });

  it('returns normalized text for any input and never lets a script through outside code', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom('*', '**', '_', '`', '[', ']', '(', ')', '![', '<', '>', '> ', '- ', '1. ', '# ', '\n', '\n\n', '    ', '|', '---', '\\', '&amp;', '<b>', '</b>', '<!--', '-->', '<div>'),
    );
    const script = fc.constantFrom('<script>SECRET()</script>', '<SCRIPT type="x">SECRET</SCRIPT>', '<style>SECRET{}</style>');
    fc.assert(
      fc.property(fc.array(fc.oneof({ weight: 5, arbitrary: piece }, script), { maxLength: 30 }), (parts) => {
        const source = normalizeText(parts.join(''));
        const { text } = markdownToText(source);
        expect(normalizeText(text)).toBe(text);
        // Code shows a script as written, and an escaped "\<" is a literal angle bracket: both are text.
        const mayShowCode = /`|~~~| {4}|\t|\\</.test(source);
        expect(mayShowCode || !text.includes('SECRET')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('does no quadratic work on hostile input (unclosed markers, deep nesting)', () => {
    const hostile = [
      '*a '.repeat(150_000),
      '_a_'.repeat(150_000),
      '[a]('.repeat(100_000),
      '[a'.repeat(200_000),
      '<a b="'.repeat(100_000),
      '<a '.repeat(150_000),
      '`'.repeat(5000) + ' x '.repeat(100_000),
      '`a '.repeat(150_000),
      '<!-- '.repeat(100_000),
      '<script>'.repeat(50_000),
      '> '.repeat(100_000) + 'deep',
      Array.from({ length: 20_000 }, (_, i) => `${' '.repeat((i % 40) * 2)}- item`).join('\n'),
      '![a](b)'.repeat(100_000),
      '&amp'.repeat(100_000),
      '| a '.repeat(50_000) + '\n' + '| - '.repeat(50_000),
      '<div>\n' + '<a b="'.repeat(100_000),
      '<div>\n' + '<script '.repeat(100_000),
      '<div>\n' + '<!x '.repeat(100_000),
      'word '.repeat(20) + '\n' + `${'word '.repeat(15)}(x;\n`.repeat(20_000),
    ];
    // Not a speed budget (that is the benchmark's job): a guard against quadratic work, which takes minutes here.
    for (const source of hostile) {
      const started = performance.now();
      markdownToText(source, { joinWrappedLines: true });
      expect(performance.now() - started, source.slice(0, 20)).toBeLessThan(8000);
    }
  });
});
