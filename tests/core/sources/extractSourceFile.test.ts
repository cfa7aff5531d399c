import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DossierError } from '../../../shared/api/errors';
import { MAX_SOURCE_FILE_BYTES } from '../../../shared/sources/sourceLimits';
import { normalizeText } from '../../../shared/text/normalizeText';
import { extractSourceFile } from '../../../electron/core/sources/extractSourceFile';
import { reflowText } from '../../../electron/core/sources/reflowText';
import {
  addressText,
  emailText,
  listText,
  longVerseText,
  plainText,
  poemText,
  tableText,
  utf16Text,
  windows1251Text,
  windows1252Text,
} from '../../fixtures/fixtureTexts';

const fixtures = join(import.meta.dirname, '../../fixtures');
const fixture = (name: string): Uint8Array => readFileSync(join(fixtures, name));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const JOINED = 'Line breaks inside paragraphs were joined (the file was hard-wrapped).';
/** A hard-wrapped text as one line per paragraph. */
const unwrapped = (text: string): string => text.replace(/\r/g, '').replace(/([^\n])\n(?=[^\n])/g, '$1 ');

async function refusal(name: string, bytes: Uint8Array): Promise<DossierError> {
  try {
    await extractSourceFile(name, bytes, {});
  } catch (error) {
    if (error instanceof DossierError) return error;
    throw error;
  }
  throw new Error(`expected ${name} to be refused`);
}

describe('extractSourceFile: plain text', () => {
  it('reads a UTF-8 text file with a title from its first line, joining the lines of its hard-wrapped paragraphs', async () => {
    const source = await extractSourceFile('plain.txt', fixture('plain.txt'), {});
    expect(source).toEqual({
      text: normalizeText(unwrapped(plainText)),
      format: 'txt',
      title: 'Ceasefire monitors report a quiet night along the Seren line',
      info: JOINED,
    });
  });

  it('decodes Windows-1252 and Windows-1251 files and tells the user', async () => {
    const western = await extractSourceFile('windows-1252.txt', fixture('windows-1252.txt'), {});
    expect(western.text).toBe(unwrapped(windows1252Text));
    expect(western.text).not.toContain('\r');
    expect(western.info).toBe(`Decoded from Windows-1252 (Western European); the file was not UTF-8. ${JOINED}`);
    const cyrillic = await extractSourceFile('windows-1251.txt', fixture('windows-1251.txt'), {});
    expect(cyrillic.text).toBe(unwrapped(windows1251Text));
    expect(cyrillic.info).toBe(`Decoded from Windows-1251 (Cyrillic); the file was not UTF-8. ${JOINED}`);
  });

  it('takes the first sentence as the title of a hard-wrapped text, not a line cut mid-sentence', async () => {
    const western = await extractSourceFile('windows-1252.txt', fixture('windows-1252.txt'), {});
    expect(western.title).toBe(
      'The owner of the café on Harbour Street – a naïve optimist, by her own account – said the talks had changed nothing yet.',
    );
    const cyrillic = await extractSourceFile('windows-1251.txt', fixture('windows-1251.txt'), {});
    expect(cyrillic.title).toBe('Переговоры о прекращении огня возобновились во вторник в Линдхафене.');
  });

  it.each([
    ['poem.txt', poemText],
    ['long-verse.txt', longVerseText],
    ['list.txt', listText],
    ['table.txt', tableText],
    ['address.txt', addressText],
    ['email.txt', emailText],
  ])('keeps the line breaks of %s, which is not hard-wrapped', async (name, text) => {
    const source = await extractSourceFile(name, fixture(name), {});
    expect(source.text).toBe(normalizeText(text));
    expect(source.info).toBeUndefined();
  });

  it('joins a hard-wrapped e-mail body, keeps its quoted lines, and takes its subject as the title', async () => {
    const source = await extractSourceFile('wrapped-email.txt', fixture('wrapped-email.txt'), {});
    expect(source.title).toBe('Dravik: what we can stand up');
    expect(source.info).toBe(JOINED);
    expect(source.text).toContain('He stands by it, but says it is a ceiling for the first phase, not a promise,');
    expect(source.text).toContain('> Do we have anything beyond the single official? Legal would like a\n> second source');
    expect((await extractSourceFile('email.txt', fixture('email.txt'), {})).title).toBe('Re: Dravik figures');
  });

  it('decodes UTF-16 files with a byte-order mark', async () => {
    for (const name of ['utf16le-bom.txt', 'utf16be-bom.txt']) {
      const source = await extractSourceFile(name, fixture(name), {});
      expect(source.text).toBe(normalizeText(utf16Text));
      expect(source.info).toMatch(/^Decoded from UTF-16 \((little|big)-endian\)\.$/);
    }
  });

  it('keeps a web page saved as .txt as text, and says how to get the article', async () => {
    const page = '<!DOCTYPE html>\n<html><body><p>Hello</p></body></html>';
    const source = await extractSourceFile('page.txt', utf8(page), {});
    expect(source.text).toBe(page);
    expect(source.format).toBe('txt');
    expect(source.info).toBe(
      'It looks like a saved web page, so its markup was kept as text; rename it to .html to import only the article.',
    );
  });

  it('accepts extensions in any case and names given as paths', async () => {
    expect((await extractSourceFile('C:\\Users\\ana\\NOTES.TXT', utf8('Hello'), {})).format).toBe('txt');
    const error = await refusal('/home/ana/imports/empty.txt', new Uint8Array(0));
    expect(error.message).toBe('"empty.txt" is empty.');
  });
});

describe('extractSourceFile: Markdown', () => {
  it('converts Markdown to readable text and takes the front-matter title, author and date', async () => {
    const source = await extractSourceFile('notes.md', fixture('notes.md'), {});
    expect(source).toEqual({
      text: [
        'Notes on the Lindhaven talks',
        '',
        'Open questions for the Tuesday briefing:',
        '',
        '• How many vessels a week? Herald says 12, the Selmaran statement says eight.',
        '• Is the 1953 convention being revived or replaced?',
        '',
        '# not a heading: inside a code block',
      ].join('\n'),
      format: 'md',
      title: 'Working notes: Dravik port access',
      author: 'J. Okafor',
      published: '2026-03-30',
    });
  });

  it('takes the title from the first level-one heading outside code blocks, else from the text', async () => {
    const text = '```\n# not this\n```\n\nIntro line\n\n## Section\n\n# The *real* title #\n\nBody.';
    const source = await extractSourceFile('a.markdown', utf8(text), {});
    expect(source).toMatchObject({
      format: 'md',
      text: '# not this\n\nIntro line\n\nSection\n\nThe real title\n\nBody.',
      title: 'The real title',
    });
    expect((await extractSourceFile('b.md', utf8('Setext title\n============\n\nBody'), {})).title).toBe('Setext title');
    expect((await extractSourceFile('c.md', utf8('No heading here.\nSecond line.'), {})).title).toBe('No heading here.');
    expect((await extractSourceFile('d.md', utf8('**Bold** first line\n\nBody'), {})).title).toBe('Bold first line');
  });

  it('leaves Markdown that is really plain text as it is, and says nothing special', async () => {
    const text = 'A note saved as .md.\nIt has no Markdown in it: 5 < 6, AT&T, snake_case.\n\nSecond paragraph.';
    expect(await extractSourceFile('plain.md', utf8(text), {})).toEqual({ text, format: 'md', title: 'A note saved as .md.' });
  });

  it('joins the lines of a hard-wrapped Markdown file and says so', async () => {
    const text = [
      'Negotiators from Karvenia and Selmara ended a fourth day of talks in',
      'Lindhaven on Sunday without agreeing the final text of a *deal* that',
      'would let grain ships load at the port of Dravik, two people said.',
    ].join('\n');
    const source = await extractSourceFile('wrapped.md', utf8(text), {});
    expect(source.text).toBe(text.replaceAll('\n', ' ').replace('*deal*', 'deal'));
    expect(source.info).toBe(JOINED);
  });

  it('refuses a Markdown file with nothing readable in it', async () => {
    const error = await refusal('empty.md', utf8('---\ntitle: Only metadata\n---\n\n<!-- nothing -->\n'));
    expect(error.code).toBe('FILE_EMPTY');
    expect(error.message).toBe('"empty.md" has no readable text.');
  });
});

describe('extractSourceFile: HTML', () => {
  it('extracts the article and its metadata from a saved news page', async () => {
    const source = await extractSourceFile('article.html', fixture('article.html'), {});
    expect(source).toMatchObject({
      format: 'html',
      title: 'Grain ships to use Dravik again under Lindhaven deal',
      author: 'Tomas Reinholt',
      outlet: 'The Meridian Herald',
      published: '2026-03-28',
      url: 'https://meridian-herald.example/world/2026/03/28/dravik-grain-deal',
    });
    expect(source.info).toBeUndefined();
    expect(source.text.startsWith('Grain ships to use Dravik again under Lindhaven deal\n\nLINDHAVEN — ')).toBe(true);
    expect(source.text).not.toMatch(/Advertisement|Related stories|SCRIPT RAN|Sign up now/);
  });

  it('refuses a page with no readable text', async () => {
    const error = await refusal('hostile.html', fixture('hostile.html'));
    expect(error.code).toBe('FILE_EMPTY');
    expect(error.message).toContain('"hostile.html" has no readable text');
  });

  it('imports an .html file that holds no markup as plain text, keeping its lines', async () => {
    const text = 'Line one of a note\nLine two, saved with the wrong extension';
    const source = await extractSourceFile('note.html', utf8(text), {});
    expect(source).toEqual({
      text,
      format: 'txt',
      title: 'Line one of a note',
      info: 'It contains no HTML markup, so it was imported as plain text.',
    });
  });

  it('decodes a page in the charset it declares', async () => {
    const html = '<html><head><meta charset="windows-1251"><title>Доклад</title></head><body><p>Переговоры в Линдхафене продолжаются.</p></body></html>';
    const source = await extractSourceFile('ru.html', iconv.encode(html, 'windows-1251'), {});
    expect(source.title).toBe('Доклад');
    expect(source.text).toContain('Переговоры в Линдхафене продолжаются.');
    expect(source.info).toContain('Decoded from Windows-1251 (Cyrillic), as the file declares');
  });
});

describe('extractSourceFile: refusals', () => {
  it('refuses empty and blank files', async () => {
    expect((await refusal('empty.txt', fixture('empty.txt'))).message).toBe('"empty.txt" is empty.');
    const blank = await refusal('blank.md', utf8(' \n\t\r\n\u00a0 \n'));
    expect(blank.code).toBe('FILE_EMPTY');
    expect(blank.message).toBe('"blank.md" contains only blank space.');
    const blank16 = await refusal('blank.txt', iconv.encode('   \n  ', 'utf-16le', { addBOM: true }));
    expect(blank16.code).toBe('FILE_EMPTY');
  });

  it('refuses files over the size limit before reading them', async () => {
    const error = await refusal('huge.txt', new Uint8Array(Math.round(63.2 * 1024 * 1024)));
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toBe('"huge.txt" is 63.2 MB; the limit is 50 MB.');
    const justOver = await refusal('big.html', new Uint8Array(MAX_SOURCE_FILE_BYTES + 1));
    expect(justOver.message).toBe('"big.html" is slightly larger than 50 MB; the limit is 50 MB.');
  });

  it('accepts a file of exactly the limit', async () => {
    const bytes = new Uint8Array(MAX_SOURCE_FILE_BYTES).fill(0x61);
    bytes.fill(0x0a, 0, 1);
    const source = await extractSourceFile('limit.txt', bytes, {});
    expect(source.text.length).toBe(MAX_SOURCE_FILE_BYTES - 1);
  });

  it('refuses types it cannot import and lists the ones it can', async () => {
    const odp = await refusal('slides.odp', utf8('x'));
    expect(odp.code).toBe('FILE_UNSUPPORTED');
    expect(odp.message).toBe(
      '"slides.odp" is a .odp file; Dossier can import plain text (.txt), Markdown (.md, .markdown), saved web pages (.html, .htm), Word documents (.docx) and PDFs (.pdf).',
    );
    expect((await refusal('README', utf8('hello'))).message).toContain('"README" has no file extension; Dossier can import');
    // A .docx or .pdf name with other content: refused as not being what it says.
    expect((await refusal('Brief.DOCX', utf8('x'))).message).toContain('"Brief.DOCX" is named as a Word document (.docx), but its content is not one');
  });

  it('refuses binary files whatever their extension says', async () => {
    const png = await refusal('binary.txt', fixture('binary.txt'));
    expect(png.code).toBe('FILE_BINARY');
    expect(png.message).toBe('"binary.txt" looks like a PNG image, not text.');
    // A PDF called .txt is read as a PDF (documentFormats.test.ts); this one is cut short.
    expect((await refusal('pdf-named.txt', fixture('pdf-named.txt'))).message).toMatch(/^"pdf-named\.txt" is a damaged PDF/);
    expect((await refusal('random.txt', fixture('random.txt'))).message).toBe('"random.txt" looks like binary data, not text.');
    const zip = Uint8Array.from('PK\x03\x04\x14\x00\x00\x00\x08\x00notes.md\x00\x00\x13\x37', (c) => c.charCodeAt(0));
    expect((await refusal('notes.md', zip)).message).toBe('"notes.md" looks like a ZIP archive, not text.');
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
    expect((await refusal('photo.html', jpeg)).message).toBe('"photo.html" looks like a JPEG image, not text.');
  });

  it('refuses text in an encoding it cannot recognise', async () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i % 5 === 4 ? 0x20 : 0x80 + ((i * 37) % 128)));
    const error = await refusal('legacy.txt', bytes);
    expect(error.code).toBe('FILE_ENCODING');
    expect(error.message).toBe('"legacy.txt" is not UTF-8 and its encoding could not be recognised; save it as UTF-8 and import again.');
  });
});

/** What extractSourceFile made of a file: its text, or the code of its refusal. */
async function outcome(name: string, bytes: Uint8Array): Promise<{ text: string } | { code: string }> {
  try {
    return { text: (await extractSourceFile(name, bytes, {})).text };
  } catch (error) {
    if (error instanceof DossierError) return { code: error.code };
    throw error;
  }
}

// A leading U+FEFF in a file is its byte-order mark, not text.
const notBom = (s: string): boolean => !s.startsWith('\uFEFF');
// eslint-disable-next-line no-control-regex
const hasControls = (s: string): boolean => /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(s);

describe('extractSourceFile: properties', () => {
  const textLike = fc
    .array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('\n', '\r\n', '\t', ' ', '\u00a0', 'e\u0301', '— “”')), {
      maxLength: 20,
    })
    .map((parts) => parts.join(''))
    .filter(notBom);

  it('returns any UTF-8 text normalized (and reflowed if hard-wrapped), or refuses it as empty', async () => {
    await fc.assert(
      fc.asyncProperty(textLike, async (s) => {
        const normalized = normalizeText(s);
        const expected = normalized === '' ? { code: 'FILE_EMPTY' } : { text: reflowText(normalized).text };
        expect(await outcome('any.txt', utf8(s))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('with control characters mixed in, either normalizes the text or calls it binary, never mangles it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 60 }).filter(notBom), async (s) => {
        const normalized = normalizeText(s);
        const acceptable: Array<{ text: string } | { code: string }> = [
          normalized === '' ? { code: 'FILE_EMPTY' } : { text: reflowText(normalized).text },
        ];
        if (hasControls(s)) acceptable.push({ code: 'FILE_BINARY' });
        expect(acceptable).toContainEqual(await outcome('any.txt', utf8(s)));
      }),
      { numRuns: 300 },
    );
  });
});
