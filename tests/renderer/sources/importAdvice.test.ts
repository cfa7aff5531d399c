import { describe, expect, it } from 'vitest';
import { importAdvice, sortImportResults } from '../../../renderer/sources/importAdvice';

describe('importAdvice', () => {
  it('says what to do for the reasons core gives', () => {
    expect(importAdvice('"scan.pdf" looks like a PDF file, not text.')).toMatch(/Paste text/);
    expect(importAdvice('"empty.txt" is empty.')).toMatch(/paste it instead/);
    expect(importAdvice('"big.txt" is 61.0 MB; the limit is 50 MB.')).toMatch(/smaller files/);
    expect(importAdvice('“deck.pptx” is not a file Dossier can import. Use .txt, .md, .html files.')).toMatch(/\.txt, \.md, \.html, \.docx or \.pdf/);
    expect(importAdvice('"page.html" has no readable text.')).toMatch(/browser/);
    // A reason that already says what to do gets nothing added.
    expect(importAdvice('"a.txt" starts with a UTF-16 byte-order mark but is not valid UTF-16; it may be damaged. Save it as UTF-8 and import again.')).toBeNull();
    expect(importAdvice('“a.txt” did not arrive intact; try again.')).toBeNull();
  });

  it('puts failures first and keeps the order within each kind', () => {
    const sorted = sortImportResults([
      { name: 'a', status: 'imported' },
      { name: 'b', status: 'failed' },
      { name: 'c', status: 'duplicate' },
      { name: 'd', status: 'failed' },
    ]);
    expect(sorted.map((r) => r.name)).toEqual(['b', 'd', 'c', 'a']);
  });
});
