import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, titleFromText } from '../../shared/text/normalizeText';

describe('normalizeText', () => {
  it('uses NFC, \\n line ends, and drops the BOM and stray control characters', () => {
    const decomposed = 'Cafe\u0301';
    expect(normalizeText(`\uFEFF${decomposed}\r\nline two\rline three\u0000\u0007`)).toBe('Café\nline two\nline three');
  });

  it('keeps tabs and paragraph breaks but trims trailing spaces', () => {
    expect(normalizeText('a\tb   \n\nc  ')).toBe('a\tb\n\nc');
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
        expect(once.includes('\r')).toBe(false);
      }),
    );
  });
});

describe('titleFromText', () => {
  it('takes the first non-empty line without markdown heading marks', () => {
    expect(titleFromText('\n\n# Talks resume in Veltra\nBody')).toBe('Talks resume in Veltra');
  });

  it('shortens long lines at a word boundary', () => {
    const title = titleFromText('word '.repeat(50), 30);
    expect(title.length).toBeLessThanOrEqual(31);
    expect(title.endsWith('…')).toBe(true);
  });
});

describe('titleFromText on edge cases', () => {
  it('handles texts with only blank lines and a last line without a newline', () => {
    expect(titleFromText('\n  \n\t\n')).toBe('');
    expect(titleFromText('\n\nlast line')).toBe('last line');
    expect(titleFromText('')).toBe('');
  });
});
