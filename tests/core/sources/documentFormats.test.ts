import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DossierError } from '../../../shared/api/errors';
import { extractSourceFile, sniffDocument } from '../../../electron/core/sources/extractSourceFile';
import { mammothHtmlToText } from '../../../electron/core/sources/readDocx';
import { pageLines } from '../../../electron/core/sources/readPdf';
import { readZip } from '../../../electron/core/sources/readZip';
import { docxParts, layout, makePdf, makeZip, wordXml } from '../../fixtures/makeImportFixtures';

const dir = join(import.meta.dirname, '../../fixtures/import');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(dir, name)));
const extract = (name: string, bytes = fixture(name)) => extractSourceFile(name, bytes);

async function refusal(name: string, bytes = fixture(name)): Promise<DossierError> {
  try {
    await extract(name, bytes);
  } catch (error) {
    if (error instanceof DossierError) return error;
    throw error;
  }
  throw new Error(`${name} was imported`);
}

describe('Word documents (.docx)', () => {
  it('keeps the headings and paragraphs as plain paragraphs, the first heading as title, footnotes at the end', async () => {
    const source = await extract('statement.docx');
    expect(source.format).toBe('docx');
    expect(source.title).toBe('Ministry Statement');
    expect(source.text).toBe(
      'Ministry Statement\n\nThe ministry confirmed the corridor will reopen.[1]\n\nInspections\n\nInspections begin at Lindhaven next week.\n\n[1] Statement of 27 March.',
    );
  });

  it('reads mammoth’s HTML: lists, tables, line breaks and entities', () => {
    const { text, title } = mammothHtmlToText('<h1>A &amp; B</h1><ul><li>one</li><li>two</li></ul><table><tr><td>x</td><td>y</td></tr></table><p>a<br />b &#8212; c</p>');
    expect(title).toBe('A & B');
    expect(text).toBe('A & B\n\none\n\ntwo\n\nx\ty\n\na\nb — c');
  });

  it('refuses a damaged document with a message', async () => {
    expect((await refusal('corrupt.docx')).message).toBe(
      '"corrupt.docx" is a damaged Word document (its ZIP directory is missing; the file may be cut short); it could not be read.',
    );
    const noBody = makeZip(docxParts(wordXml(['x'])).slice(0, 2));
    expect((await refusal('empty.docx', noBody)).message).toMatch(/damaged Word document/);
  });

  it('refuses a zip bomb from its directory, before inflating anything', async () => {
    const error = await refusal('bomb-declared.docx');
    expect(error.message).toBe('"bomb-declared.docx" was refused: "word/document.xml" inside it would inflate to 300 MB, as a "zip bomb" would. It was not imported.');
  });

  it('stops a zip bomb that lies about its sizes while inflating it', async () => {
    expect((await refusal('bomb-lying.docx')).message).toBe(
      '"bomb-lying.docx" was refused: "word/document.xml" inside it inflates to more than its directory declares, as a "zip bomb" would. It was not imported.',
    );
  });

  it('refuses an entry whose ratio is that of a bomb, even under the size limits', () => {
    const packed = makeZip([{ name: 'word/document.xml', data: new Uint8Array(20 * 1024 * 1024) }]);
    expect(() => readZip('dense.docx', packed, 'Word document')).toThrow(/inflate \d+ times its size/);
  });
});

const item = (str: string, y: number, hasEOL = false) => ({ str, hasEOL, height: 10, transform: [10, 0, 0, 10, 72, y] });

describe('PDFs', () => {
  it('reads the text layer page by page, keeping where each page starts', async () => {
    const source = await extract('plain.pdf');
    expect(source.format).toBe('pdf');
    expect(source.text).toBe('A plain statement on one page. It has two lines.\n\nPage two starts here.');
    expect(source.pageStarts).toEqual([0, 50]);
    expect(source.text.slice(50)).toBe('Page two starts here.');
    expect(source.review).toBeUndefined();
  });

  it('offers a review when a running header, page numbers and hyphenation are found, the suggested text cleaned', async () => {
    const source = await extract('report.pdf');
    expect(source.title).toBe('Weekly Report 14');
    expect(source.review?.artifacts).toEqual({ repeated: ['Harbour Monitoring Group - Weekly Report'], pageNumbers: 3, hyphenations: 2 });
    expect(source.review?.pages).toHaveLength(3);
    expect(source.text).not.toContain('Harbour Monitoring Group');
    expect(source.text).not.toMatch(/Page \d of 3/);
    expect(source.text).toContain('officials from both delegations.');
    expect(source.text).toContain('subject to inspection at Lindhaven.');
    // A wider gap between lines is a new paragraph.
    expect(source.text).toContain('delegations.\n\nThe second paragraph begins here.');
    const starts = source.pageStarts ?? [];
    expect(source.text.slice(starts[1], starts[1]! + 11)).toBe('Negotiators');
    expect(source.text.slice(starts[2], starts[2]! + 9)).toBe('Observers');
  });

  it('turns pdf.js text items into lines, with paragraph gaps', () => {
    expect(pageLines([item('One ', 700), item('line', 700, true), item('next', 688), item('Far', 640)])).toEqual(['One line', 'next', '', 'Far']);
  });

  it('refuses an encrypted PDF', async () => {
    expect((await refusal('encrypted.pdf')).message).toBe(
      '"encrypted.pdf" is an encrypted PDF that needs a password; remove the password (print it to a new PDF) and import that.',
    );
  });

  it('refuses a scan with no text layer', async () => {
    expect((await refusal('scanned.pdf')).message).toMatch(/^"scanned\.pdf" has no text layer; OCR is not available\./);
  });

  it('refuses a damaged PDF', async () => {
    expect((await refusal('corrupt.pdf')).message).toMatch(/^"corrupt\.pdf" is a damaged PDF that could not be read/);
  });

  it('imports the text of a PDF with JavaScript without running it, and says so', async () => {
    const ran: string[] = [];
    const globals = globalThis as unknown as { app?: unknown };
    globals.app = { alert: (text: string) => ran.push(text) };
    try {
      const source = await extract('javascript.pdf');
      expect(source.text).toBe('This PDF carries a script but its text is plain.');
      expect(source.info).toBe('It contains JavaScript, which Dossier never runs; only its text was read.');
    } finally {
      delete globals.app;
    }
    expect(ran).toEqual([]);
  });

  it('reads a 500-page PDF, every page kept', async () => {
    const started = performance.now();
    const source = await extract('long.pdf');
    expect(source.pageStarts).toHaveLength(500);
    expect(source.text.slice(source.pageStarts![499]!)).toBe('Section 500. Findings of page 500 of the long report, written as plain text.');
    // Far inside the import worker's 30 s limit per file.
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});

describe('the real type decides, not the extension', () => {
  it('reads a PDF named .txt as a PDF, and says so', async () => {
    const source = await extract('really-a-pdf.txt');
    expect(source.format).toBe('pdf');
    expect(source.text).toBe('This text came from a PDF named as a text file.');
    expect(source.info).toBe('Its name says .txt, but it is a PDF, so it was read as one.');
  });

  it('reads a Word document named .pdf as Word', async () => {
    const source = await extract('really-a-docx.pdf');
    expect(source.format).toBe('docx');
    expect(source.title).toBe('Renamed Memo');
    expect(source.info).toBe('Its name says .pdf, but it is a Word document (.docx), so it was read as one.');
  });

  it('refuses a text named .pdf, and an image named .docx, saying what they are', async () => {
    expect((await refusal('not-a-pdf.pdf')).message).toBe(
      '"not-a-pdf.pdf" is named as a PDF, but its content is not one; it was not imported. Rename it to its real type and import it again.',
    );
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect((await refusal('photo.docx', png)).message).toBe(
      '"photo.docx" is named as a Word document (.docx), but it is a PNG image; it was not imported. Rename it to its real type and import it again.',
    );
  });

  it('refuses OpenDocument text with advice', async () => {
    expect((await refusal('letter.odt')).message).toBe(
      '"letter.odt" is an OpenDocument text (.odt), which Dossier does not read; save it as .docx or .pdf and import that.',
    );
  });

  it('sniffs the bytes', () => {
    expect(sniffDocument(makePdf([layout(['x'])]))).toBe('pdf');
    expect(sniffDocument(fixture('statement.docx'))).toBe('docx');
    expect(sniffDocument(fixture('letter.odt'))).toBe('odt');
    expect(sniffDocument(new TextEncoder().encode('plain words'))).toBeUndefined();
  });
});
