import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byteStats, decodeText } from '../../../electron/core/sources/decodeText';
import { normalizeText } from '../../../shared/text/normalizeText';

/** The byte scan's facts only let normalizeText skip work, never change its result. */
describe('facts from the byte scan', () => {
  const pieces = fc.constantFrom('a', 'Z', ' ', '\t', '\n', '\r', '\u000b', '\u007f', '\u001a', 'é', 'e\u0301', 'д', '—', '😀', '.');

  it('give the same normalized text as a full normalization (property)', () => {
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 60 }), (parts) => {
        const source = `Text ${parts.join('')} end`;
        let decoded;
        try {
          decoded = decodeText('x.txt', new TextEncoder().encode(source));
        } catch {
          return; // refused as binary: nothing to compare
        }
        expect(normalizeText(decoded.text, decoded.known)).toBe(normalizeText(source));
      }),
      { numRuns: 2000 },
    );
  });

  it('mark plain ASCII text without stray characters as clean', () => {
    const decoded = decodeText('x.txt', new TextEncoder().encode('One line.\nTwo lines.\n\nThree.'));
    expect(decoded.known).toEqual({ clean: true, ascii: true });
    expect(decodeText('x.txt', new TextEncoder().encode('Café \n')).known).toEqual({ clean: false, ascii: false });
  });
});

/** The plain byte-by-byte reading byteStats must agree with, whatever its word-at-a-time shortcuts. */
function naiveStats(bytes: Uint8Array) {
  const end = bytes[bytes.length - 1] === 0x1a ? bytes.length - 1 : bytes.length;
  const stats = { nuls: 0, nulNearStart: false, controls: 0, nonAscii: false, needsCleanup: end < bytes.length };
  for (let i = 0; i < end; i++) {
    const b = bytes[i] ?? 0;
    if (b >= 0x80) stats.nonAscii = true;
    if (b === 0) {
      stats.nuls++;
      if (i < 8192) stats.nulNearStart = true;
    } else if ((b < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d].includes(b)) || b === 0x7f) stats.controls++;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a) || b === 0x7f) stats.needsCleanup = true;
    if (b === 0x0a && (bytes[i - 1] === 0x20 || bytes[i - 1] === 0x09)) stats.needsCleanup = true;
    if (b === 0x0a && bytes[i + 1] === 0x0a && bytes[i + 2] === 0x0a && bytes[i + 3] === 0x0a) stats.needsCleanup = true;
  }
  return stats;
}

describe('byteStats', () => {
  const interesting = fc.constantFrom(0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x1a, 0x1f, 0x20, 0x21, 0x41, 0x7e, 0x7f, 0x80, 0xc3, 0xff);
  it('agrees with a byte-by-byte reading at any alignment (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(interesting, fc.integer({ min: 0, max: 255 })), { maxLength: 80 }), fc.nat(7), (values, offset) => {
        const backing = new Uint8Array(values.length + offset);
        backing.set(values, offset);
        const bytes = backing.subarray(offset);
        expect(byteStats(bytes)).toEqual(naiveStats(bytes));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('legacy encodings on little evidence', () => {
  it('reads a few accented words as Windows-1252, the common code page, not as Windows-1250', async () => {
    const { default: iconv } = await import('iconv-lite');
    const text = 'Prices rose slightly on Friday. São Paulo Straße naïve';
    const decoded = decodeText('x.txt', new Uint8Array(iconv.encode(text, 'windows-1252')));
    expect(decoded).toMatchObject({ text, encoding: 'windows-1252' });
  });
});
