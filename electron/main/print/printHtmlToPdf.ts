import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import { DossierError } from '../../../shared/api/errors';

/** The part of a BrowserWindow this needs, so the logic runs (and is tested) without Electron. */
export interface PdfWindow {
  loadURL(url: string): Promise<void>;
  printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
  destroy(): void;
}

/** Chromium refuses URLs longer than 2 MB; the print view travels as one data: URL. */
export const MAX_PRINT_URL_CHARS = 2 * 1024 * 1024;

/**
 * A window that is never shown, runs no script (the print view has none) and
 * has no preload: it only lays out the print HTML for printToPDF.
 */
export function pdfWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 800,
    height: 1100,
    webPreferences: {
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      devTools: false,
    },
  };
}

/** Page size, margins, marking, date and page numbers all come from the print view's own @page CSS. */
export const PDF_OPTIONS: PrintToPDFOptions = {
  preferCSSPageSize: true,
  printBackground: true,
  displayHeaderFooter: false,
  generateDocumentOutline: true,
};

/** Lays out memos.export's print HTML in a hidden window and prints it to PDF; the window goes whatever happens. */
export async function printHtmlToPdf(html: string, createWindow: () => PdfWindow): Promise<Uint8Array> {
  const url = `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
  if (url.length > MAX_PRINT_URL_CHARS) {
    throw new DossierError('FILE_TOO_LARGE', 'This memo is too long to print to PDF in one piece; export it as DOCX or HTML instead.');
  }
  const win = createWindow();
  try {
    await win.loadURL(url);
    return await win.printToPDF(PDF_OPTIONS);
  } finally {
    win.destroy();
  }
}
