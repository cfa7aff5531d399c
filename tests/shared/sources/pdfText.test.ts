import { describe, expect, it } from 'vitest';
import { assemblePdfText, detectPdfArtifacts, hasPdfArtifacts, pageAt } from '../../../shared/sources/pdfText';

const header = 'Harbour Monitoring Group — Weekly Report';
const pages = [
  [header, '', 'Talks resumed on Monday after a week of del-', 'ays, officials said.', '', 'A second paragraph.', 'Page 1 of 3'],
  [header, '', 'Negotiators agreed to twelve vessels a', 'week, subject to inspec-', 'tion at Lindhaven.', 'Page 2 of 3'],
  [header, '', 'Observers called it fragile.', 'Insurers wait for guarantees.', 'A well-', 'known pattern.', 'Page 3 of 3'],
];

describe('PDF text cleanup', () => {
  it('finds the running header, the page numbers and the hyphenated line ends', () => {
    const found = detectPdfArtifacts(pages);
    expect(found).toEqual({ repeated: [header], pageNumbers: 3, hyphenations: 3 });
    expect(hasPdfArtifacts(found)).toBe(true);
  });

  it('strips headers and page numbers and joins split words when asked, with each page’s start kept', () => {
    const { text, pageStarts } = assemblePdfText(pages, { stripRepeated: true, joinHyphens: true });
    expect(text).not.toContain(header);
    expect(text).not.toMatch(/Page \d of 3/);
    expect(text).toContain('a week of delays, officials said.');
    expect(text).toContain('subject to inspection at Lindhaven.');
    // A lower-case word after a hyphen is joined either way: "well-known" loses its hyphen only when joining.
    expect(text).toContain('A wellknown pattern.');
    expect(pageStarts).toHaveLength(3);
    expect(pageStarts[0]).toBe(0);
    expect(text.slice(pageStarts[1])).toMatch(/^Negotiators agreed/);
    expect(text.slice(pageStarts[2])).toMatch(/^Observers called/);
    expect(text.split('\n\n')).toContain('A second paragraph.');
  });

  it('keeps everything as printed when both choices are off', () => {
    const { text, pageStarts } = assemblePdfText(pages, { stripRepeated: false, joinHyphens: false });
    expect(text.startsWith(header)).toBe(true);
    expect(text).toContain('Page 2 of 3');
    expect(text).toContain('a week of del-ays');
    expect(text).toContain('A well-known pattern.');
    expect(text.slice(pageStarts[2])).toMatch(new RegExp(`^${header}`));
  });

  it('finds nothing in a clean text, and never strips the body of short pages', () => {
    const short = Array.from({ length: 5 }, (_, i) => [`Section ${i + 1}.`, `Findings of page ${i + 1}.`]);
    expect(detectPdfArtifacts(short)).toEqual({ repeated: [], pageNumbers: 0, hyphenations: 0 });
    expect(assemblePdfText(short, { stripRepeated: true, joinHyphens: true }).text).toContain('Section 5. Findings of page 5.');
  });

  it('points an empty page at the next text, and finds the page of any position', () => {
    const { text, pageStarts } = assemblePdfText([['One.'], [], ['Three.']], { stripRepeated: true, joinHyphens: true });
    expect(text).toBe('One.\n\nThree.');
    expect(pageStarts).toEqual([0, 6, 6]);
    expect(pageAt(pageStarts, 0)).toBe(1);
    expect(pageAt(pageStarts, 3)).toBe(1);
    expect(pageAt(pageStarts, 6)).toBe(3);
    expect(pageAt([0, 10, 20], 15)).toBe(2);
  });
});
