import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DossierError } from '../../../shared/api/errors';
import { legacySample } from '../../../electron/core/sources/decodeLegacyEncoding';
import { decodeText } from '../../../electron/core/sources/decodeText';
import { utf16Text, windows1251Text, windows1252Text } from '../../fixtures/fixtureTexts';

const fixture = (name: string): Uint8Array => readFileSync(join(import.meta.dirname, '../../fixtures', name));
const encode = (text: string, encoding: string): Uint8Array => iconv.encode(text, encoding);

function decodeError(bytes: Uint8Array, fileName = 'file.txt'): DossierError {
  try {
    decodeText(fileName, bytes);
  } catch (error) {
    if (error instanceof DossierError) return error;
    throw error;
  }
  throw new Error('expected decodeText to refuse the bytes');
}

const words = (parts: fc.Arbitrary<string>, min: number, max: number): fc.Arbitrary<string> =>
  fc.array(parts, { minLength: min, maxLength: max }).map((p) => p.join(' '));

/** Realistic paragraphs in the legacy encodings analysts' files actually come in. */
const paragraphs: Array<{ language: string; encoding: string; text: string; expected: string }> = [
  {
    language: 'English with a few accents',
    encoding: 'windows-1252',
    expected: 'windows-1252',
    text: 'The delegation met at the café near the old customs house on Tuesday. Officials called the talks “constructive” but said no agreement had been reached.',
  },
  {
    language: 'English with a Cyrillic name',
    encoding: 'windows-1251',
    expected: 'windows-1251',
    text: 'The head of the delegation, Gennady Vorontsov (Геннадий Воронцов), told reporters on Tuesday that the talks would continue next week in Lindhaven.',
  },
  {
    language: 'French',
    encoding: 'windows-1252',
    expected: 'windows-1252',
    text: 'Le ministre a déclaré que les négociations reprendraient la semaine prochaine. « Nous sommes prêts à écouter », a-t-il ajouté, précisant que l’accès au port était une priorité absolue.',
  },
  {
    language: 'German',
    encoding: 'windows-1252',
    expected: 'windows-1252',
    text: 'Die Verhandlungen über den Zugang zum Hafen wurden am Dienstag fortgesetzt. Der Außenminister sagte, man sei „vorsichtig optimistisch“, während Kritiker vor übereilten Zugeständnissen warnten.',
  },
  {
    language: 'Spanish',
    encoding: 'windows-1252',
    expected: 'windows-1252',
    text: 'El ministro afirmó que las negociaciones continuarán en Lindhaven. «Todavía no hay acuerdo sobre el número de buques», señaló un funcionario que pidió el anonimato.',
  },
  {
    language: 'Russian',
    encoding: 'windows-1251',
    expected: 'windows-1251',
    text: 'Переговоры о прекращении огня возобновились во вторник. Министр иностранных дел заявил, что стороны близки к соглашению о доступе к порту, однако источник в делегации сообщил, что разногласия сохраняются.',
  },
  {
    language: 'Ukrainian',
    encoding: 'windows-1251',
    expected: 'windows-1251',
    text: 'Переговори про припинення вогню відновилися у вівторок. Міністр закордонних справ заявив, що сторони близькі до угоди щодо доступу до порту.',
  },
  {
    language: 'Bulgarian',
    encoding: 'windows-1251',
    expected: 'windows-1251',
    text: 'Преговорите за прекратяване на огъня бяха възобновени във вторник. Министърът на външните работи заяви, че страните са близо до споразумение.',
  },
  {
    language: 'Russian in KOI8-R',
    encoding: 'koi8-r',
    expected: 'koi8-r',
    text: 'Переговоры о прекращении огня возобновились во вторник. Министр иностранных дел заявил, что стороны близки к соглашению о доступе к порту.',
  },
  {
    language: 'Polish',
    encoding: 'windows-1250',
    expected: 'windows-1250',
    text: 'Rozmowy o zawieszeniu broni wznowiono we wtorek. Minister spraw zagranicznych powiedział, że strony są bliskie porozumienia w sprawie dostępu do portu, ale źródło w delegacji twierdzi, że różnice pozostają.',
  },
  {
    language: 'Czech',
    encoding: 'windows-1250',
    expected: 'windows-1250',
    text: 'Jednání o příměří pokračovala v úterý. Ministr zahraničí řekl, že strany jsou blízko dohody o přístupu do přístavu, ale zdroj z delegace uvedl, že rozpory přetrvávají.',
  },
  {
    language: 'Greek',
    encoding: 'windows-1253',
    expected: 'windows-1253',
    text: 'Οι συνομιλίες για την εκεχειρία συνεχίστηκαν την Τρίτη. Ο υπουργός Εξωτερικών δήλωσε ότι οι πλευρές είναι κοντά σε συμφωνία για την πρόσβαση στο λιμάνι.',
  },
  {
    language: 'Turkish',
    encoding: 'windows-1254',
    expected: 'windows-1254',
    text: 'Ateşkes görüşmeleri salı günü yeniden başladı. Dışişleri bakanı, tarafların limana erişim konusunda anlaşmaya yakın olduğunu söyledi.',
  },
];

describe('decodeText', () => {
  it('reads plain UTF-8 as is', () => {
    const decoded = decodeText('a.txt', new TextEncoder().encode('Zürich — 東京 — Київ\n'));
    expect(decoded).toEqual({ text: 'Zürich — 東京 — Київ\n', encoding: 'utf-8', known: { clean: true, ascii: false } });
  });

  it('drops a UTF-8 byte-order mark without a note', () => {
    const decoded = decodeText('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('naïve')]));
    expect(decoded.text).toBe('naïve');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.info).toBeUndefined();
  });

  it('decodes UTF-16 LE and BE files with a byte-order mark', () => {
    const le = decodeText('le.txt', fixture('utf16le-bom.txt'));
    expect(le.text).toBe(utf16Text);
    expect(le.encoding).toBe('utf-16le');
    expect(le.info).toBe('Decoded from UTF-16 (little-endian).');
    const be = decodeText('be.txt', fixture('utf16be-bom.txt'));
    expect(be.text).toBe(utf16Text);
    expect(be.encoding).toBe('utf-16be');
  });

  it('decodes UTF-32 with a byte-order mark', () => {
    const text = 'Grain 🌾 через Дравик';
    const codePoints = [0xfeff, ...Array.from(text, (c) => c.codePointAt(0)!)];
    const le = new Uint8Array(codePoints.length * 4);
    const be = new Uint8Array(codePoints.length * 4);
    codePoints.forEach((cp, i) => {
      new DataView(le.buffer).setUint32(i * 4, cp, true);
      new DataView(be.buffer).setUint32(i * 4, cp, false);
    });
    expect(decodeText('le.txt', le)).toMatchObject({ text, encoding: 'utf-32le' });
    expect(decodeText('be.txt', be)).toMatchObject({ text, encoding: 'utf-32be' });
  });

  it('recognises UTF-16 without a byte-order mark, Latin and Cyrillic', () => {
    const english = 'Talks resume on Tuesday in Lindhaven.\n';
    expect(decodeText('a.txt', encode(english, 'utf-16le'))).toMatchObject({ text: english, encoding: 'utf-16le' });
    expect(decodeText('a.txt', encode(english, 'utf-16be'))).toMatchObject({ text: english, encoding: 'utf-16be' });
    const russian = 'Переговоры возобновятся во вторник в Линдхафене.';
    const decoded = decodeText('a.txt', encode(russian, 'utf-16le'));
    expect(decoded).toMatchObject({ text: russian, encoding: 'utf-16le' });
    expect(decoded.info).toBe('Decoded from UTF-16 (little-endian), without a byte-order mark.');
  });

  it('decodes the Windows-1252 fixture and says so', () => {
    const decoded = decodeText('windows-1252.txt', fixture('windows-1252.txt'));
    expect(decoded.text).toBe(windows1252Text);
    expect(decoded.text).toContain('café on Harbour Street – a naïve optimist');
    expect(decoded.text).toContain('“We were promised');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.info).toBe('Decoded from Windows-1252 (Western European); the file was not UTF-8.');
  });

  it('decodes the Windows-1251 fixture and says so', () => {
    const decoded = decodeText('windows-1251.txt', fixture('windows-1251.txt'));
    expect(decoded.text).toBe(windows1251Text);
    expect(decoded.encoding).toBe('windows-1251');
    expect(decoded.info).toContain('Windows-1251 (Cyrillic)');
  });

  it('decodes a short Windows-1252 phrase', () => {
    const text = 'café – “quotes” naïve résumé';
    expect(decodeText('a.txt', encode(text, 'windows-1252'))).toMatchObject({ text, encoding: 'windows-1252' });
  });

  it.each(paragraphs)('picks the right code page for $language ($encoding)', ({ encoding, expected, text }) => {
    const decoded = decodeText('a.txt', encode(text, encoding));
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe(expected);
  });

  describe('Western and Cyrillic texts of a few sentences', () => {
    const english = fc.constantFrom(
      'The talks resumed on Tuesday.', 'Officials declined to comment.', 'Prices rose slightly on Friday.',
      'The port has been closed since the autumn.', 'He said the ceasefire had held.', 'No agreement was reached.',
    );
    const western = fc.constantFrom(
      'café', 'naïve', 'résumé', 'Zürich', 'São Paulo', 'Mañana', 'façade', '“quoted”', '– dash –', '€40', 'Ærø',
      'Øresund', 'Málaga', 'Bogotá', 'déjà vu', 'Straße',
    );
    const russian = fc.constantFrom(
      'Переговоры возобновились во вторник.', 'Чиновники отказались от комментариев.', 'Цены немного выросли в пятницу.',
      'Порт закрыт с осени.', 'Он сказал, что перемирие соблюдается.',
    );
    const cyrillicName = fc.constantFrom('Сергей Лавров', 'Геннадий Воронцов', 'Киев', 'Москва', 'Дравик');

    it('decode English with a few accented words from Windows-1252 exactly', () => {
      fc.assert(
        fc.property(words(english, 1, 5), words(western, 1, 3), (prose, extras) => {
          const text = `${prose} ${extras}`;
          expect(decodeText('a.txt', encode(text, 'windows-1252'))).toMatchObject({ text, encoding: 'windows-1252' });
        }),
        { numRuns: 300 },
      );
    });

    it('decode Russian, or English with a Cyrillic name, from Windows-1251 and KOI8-R exactly', () => {
      const cyrillic = fc.oneof(
        words(russian, 1, 3),
        fc.tuple(english, cyrillicName, english).map((parts) => parts.join(' ')),
      );
      fc.assert(
        fc.property(cyrillic, fc.constantFrom('windows-1251', 'koi8-r'), (text, encoding) => {
          expect(decodeText('a.txt', encode(text, encoding))).toMatchObject({ text, encoding });
        }),
        { numRuns: 300 },
      );
    });
  });

  it('finds the encoding from the non-ASCII part of a long file', () => {
    const preamble = 'Minutes of the meeting, recorded by the secretariat.\n'.repeat(5000);
    const text = `${preamble}Signed in Lindhaven by Геннадий Воронцов and Lucía Marenco.\n`;
    const decoded = decodeText('a.txt', encode(text.replace('Lucía Marenco', 'the mediator'), 'windows-1251'));
    expect(decoded.encoding).toBe('windows-1251');
    expect(decoded.text.endsWith('Signed in Lindhaven by Геннадий Воронцов and the mediator.\n')).toBe(true);
  });

  it('samples a long file without spaces in bounded windows', () => {
    const text = 'переговоры'.repeat(100_000);
    const bytes = encode(text, 'windows-1251');
    expect(legacySample(bytes).length).toBeLessThan(70 * 1024);
    expect(decodeText('a.txt', bytes)).toMatchObject({ text, encoding: 'windows-1251' });
  });

  it('uses the encoding a file declares when it fits', () => {
    const bytes = encode('Статья о переговорах в Линдхафене', 'windows-1251');
    const decoded = decodeText('a.html', bytes, { declaredEncoding: 'cp1251' });
    expect(decoded.text).toBe('Статья о переговорах в Линдхафене');
    expect(decoded.info).toBe('Decoded from Windows-1251 (Cyrillic), as the file declares; it was not UTF-8.');
  });

  it('ignores a declared encoding that does not fit and guesses instead', () => {
    const bytes = encode('Статья о переговорах в Линдхафене, где встретились делегации.', 'windows-1251');
    const decoded = decodeText('a.html', bytes, { declaredEncoding: 'iso-8859-1' });
    expect(decoded.encoding).toBe('windows-1251');
  });

  it('refuses UTF-8 with a few damaged bytes rather than guessing a code page', () => {
    const good = new TextEncoder().encode('Négociations à Lindhaven : accord sur le port de Dravik, dit-on. ');
    const bytes = new Uint8Array([...good, 0xe9, 0x20, ...good]);
    const error = decodeError(bytes, 'damaged.txt');
    expect(error.code).toBe('FILE_ENCODING');
    expect(error.message).toBe(
      `"damaged.txt" is mostly UTF-8 but has one byte that is not valid UTF-8 (the first at byte ${good.length}); it may be damaged or mix two encodings. Save it as UTF-8 and import again.`,
    );
  });

  it('refuses text whose encoding cannot be recognised', () => {
    // High bytes in no plausible pattern, with spaces and no control bytes: not binary, not any language.
    const bytes = new Uint8Array(400);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      bytes[i] = i % 7 === 6 ? 0x20 : 0x80 + ((x >>> 16) % 128);
    }
    const error = decodeError(bytes, 'mystery.txt');
    expect(error.code).toBe('FILE_ENCODING');
    expect(error.message).toBe(
      '"mystery.txt" is not UTF-8 and its encoding could not be recognised; save it as UTF-8 and import again.',
    );
  });

  it('refuses a broken UTF-16 file that has a byte-order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00]);
    const error = decodeError(bytes, 'broken.txt');
    expect(error.code).toBe('FILE_ENCODING');
    expect(error.message).toContain('starts with a UTF-16 (little-endian) byte-order mark but is not valid');
  });

  describe('binary content', () => {
    it('refuses random bytes', () => {
      const error = decodeError(fixture('random.txt'), 'random.txt');
      expect(error.code).toBe('FILE_BINARY');
      expect(error.message).toBe('"random.txt" looks like binary data, not text.');
    });

    it('names the formats it recognises', () => {
      const cases: Array<[number[] | string, string]> = [
        [Array.from(fixture('binary.txt')), 'a PNG image'],
        [Array.from(fixture('pdf-named.txt')), 'a PDF file'],
        [[0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46], 'a JPEG image'],
        ['GIF89a\x01\x00\x01\x00\x80\x00\x00', 'a GIF image'],
        ['\x7fELF\x02\x01\x01\x00', 'a program (ELF executable)'],
        ['SQLite format 3\x00\x10\x00', 'an SQLite database'],
        ['PK\x03\x04\x14\x00\x00\x00mimetypeapplication/epub+zip', 'an EPUB e-book'],
        ['PK\x03\x04\x14\x00\x06\x00[Content_Types].xml word/document.xml', 'a Word document (.docx)'],
        ['PK\x03\x04\x14\x00\x00\x00notes.txt', 'a ZIP archive'],
        [[0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00], 'a gzip archive'],
        [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'an old Microsoft Office document (.doc, .xls or .ppt)'],
      ];
      for (const [content, description] of cases) {
        const bytes =
          typeof content === 'string' ? Uint8Array.from(content, (c) => c.charCodeAt(0)) : Uint8Array.from(content);
        const error = decodeError(bytes, 'x.txt');
        expect(error.code, description).toBe('FILE_BINARY');
        expect(error.message).toBe(`"x.txt" looks like ${description}, not text.`);
      }
    });

    it('refuses an RTF document as unsupported', () => {
      const error = decodeError(new TextEncoder().encode('{\\rtf1\\ansi Hello}'), 'letter.txt');
      expect(error.code).toBe('FILE_UNSUPPORTED');
      expect(error.message).toContain('"letter.txt" is an RTF document, not plain text');
    });

    it('does not mistake text for a format whose magic is printable', () => {
      for (const text of ['GIF89a was the last GIF version.', 'BM is a stock ticker.', 'MZ: notes', 'RIFF notes']) {
        expect(decodeText('a.txt', new TextEncoder().encode(text)).text).toBe(text);
      }
    });

    it('refuses text with NUL bytes that are not UTF-16', () => {
      const bytes = new TextEncoder().encode('abc\u0000def ghi jkl\u0000 mno');
      expect(decodeError(bytes).code).toBe('FILE_BINARY');
    });

    it('keeps text with a stray control character or a DOS end-of-file mark', () => {
      const text = `${'A line of plain prose. '.repeat(20)}\u001b end\u001a`;
      expect(decodeText('a.txt', new TextEncoder().encode(text)).text).toBe(text);
    });
  });
});
