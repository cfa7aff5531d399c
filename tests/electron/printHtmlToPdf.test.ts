import { describe, expect, it } from 'vitest';
import type { PrintToPDFOptions } from 'electron';
import { MAX_PRINT_URL_CHARS, PDF_OPTIONS, pdfWindowOptions, printHtmlToPdf, type PdfWindow } from '../../electron/main/print/printHtmlToPdf';

function fakeWindow(fail?: 'load' | 'print') {
  const seen = { urls: [] as string[], options: [] as PrintToPDFOptions[], destroyed: 0 };
  const win: PdfWindow = {
    loadURL: (url) => {
      seen.urls.push(url);
      return fail === 'load' ? Promise.reject(new Error('ERR_ABORTED')) : Promise.resolve();
    },
    printToPDF: (options) => {
      seen.options.push(options);
      return fail === 'print' ? Promise.reject(new Error('Printing failed')) : Promise.resolve(new TextEncoder().encode('%PDF-1.7'));
    },
    destroy: () => {
      seen.destroyed += 1;
    },
  };
  return { win, seen };
}

describe('printHtmlToPdf', () => {
  it('loads the print view as a data: URL in a hidden, script-less window and prints it with its own page CSS', async () => {
    const { win, seen } = fakeWindow();
    const html = '<!DOCTYPE html><title>Brief — Dravik</title><style>@page { size: A4; }</style>';
    const pdf = await printHtmlToPdf(html, () => win);
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7');
    const [url] = seen.urls;
    expect(url!.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
    expect(Buffer.from(url!.split(',')[1]!, 'base64').toString('utf8')).toBe(html);
    expect(seen.options).toEqual([PDF_OPTIONS]);
    expect(PDF_OPTIONS).toMatchObject({ preferCSSPageSize: true, displayHeaderFooter: false, printBackground: true });
    expect(seen.destroyed).toBe(1);
    expect(pdfWindowOptions()).toMatchObject({
      show: false,
      webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true },
    });
    expect(pdfWindowOptions().webPreferences).not.toHaveProperty('preload');
  });

  it('destroys the window when loading or printing fails, and refuses a view too long for one URL before making one', async () => {
    for (const fail of ['load', 'print'] as const) {
      const { win, seen } = fakeWindow(fail);
      await expect(printHtmlToPdf('<p>x</p>', () => win)).rejects.toThrow(fail === 'load' ? 'ERR_ABORTED' : 'Printing failed');
      expect(seen.destroyed).toBe(1);
    }
    let made = 0;
    const huge = 'x'.repeat(Math.ceil((MAX_PRINT_URL_CHARS * 3) / 4));
    await expect(
      printHtmlToPdf(huge, () => {
        made += 1;
        return fakeWindow().win;
      }),
    ).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
    expect(made).toBe(0);
  });
});
