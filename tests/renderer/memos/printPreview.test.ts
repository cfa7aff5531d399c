import { describe, expect, it } from 'vitest';
import { previewDocument, todayIso } from '../../../renderer/memos/printPreview';

describe('previewDocument', () => {
  const printHtml = '<!DOCTYPE html><html><head><style>.marking { display: none; }</style></head><body><main><div class="marking">X</div></main></body></html>';

  it('adds a screen-only sheet of the page width and margins, showing the marking, and changes nothing else', () => {
    const preview = previewDocument(printHtml, { pageSize: 'Letter', margins: { top: 12, right: 20, bottom: 25, left: 30 } });
    expect(preview).toContain('width: 215.9mm');
    expect(preview).toContain('padding: 12mm 20mm 25mm 30mm');
    expect(preview).toMatch(/@media screen \{.*\.marking \{ display: block !important;/);
    expect(preview.replace(/<style>@media screen.*?<\/style><\/head>/, '</head>')).toBe(printHtml);
    expect(previewDocument(printHtml, { pageSize: 'A4', margins: { top: 20, right: 20, bottom: 20, left: 20 } })).toContain('width: 210mm');
  });

  it('dates today in the local calendar', () => {
    expect(todayIso(new Date(2026, 2, 7, 23, 30))).toBe('2026-03-07');
  });
});
