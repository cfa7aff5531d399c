import { createRequire } from 'node:module';
import path from 'node:path';
import { DossierError } from '../../../shared/api/errors';
import type { PdfPageLines } from '../../../shared/sources/pdfText';

/** More pages than this is not a document an analyst reads as one source. */
export const MAX_PDF_PAGES = 5000;

export interface PdfRead {
  pages: PdfPageLines[];
  title?: string;
  author?: string;
  /** The file has JavaScript (document or form actions). pdf.js never runs it; the note says so. */
  hasJavaScript: boolean;
}

interface TextItemLike {
  str: string;
  hasEOL?: boolean;
  height?: number;
  transform?: number[];
}

const quoted = (fileName: string): string => `"${fileName}"`;
const metaText = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 500) : undefined;

/** pdf.js reads its fonts' metrics and CMaps from its own package folder, never from the network. */
function pdfjsAssets(): { standardFontDataUrl: string; cMapUrl: string } {
  const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { standardFontDataUrl: `${path.join(root, 'standard_fonts')}/`, cMapUrl: `${path.join(root, 'cmaps')}/` };
}

/** Lines of one page from pdf.js's text items: a new line at each end of line or change of baseline, '' for a wider gap. */
export function pageLines(items: readonly TextItemLike[]): string[] {
  const lines: { text: string; y: number; height: number }[] = [];
  let text = '';
  let y: number | null = null;
  let height = 0;
  const endLine = (): void => {
    if (text.trim() !== '' && y !== null) lines.push({ text: text.replace(/\s+/g, ' ').trim(), y, height });
    text = '';
    y = null;
    height = 0;
  };
  for (const item of items) {
    const itemY: number = item.transform?.[5] ?? y ?? 0;
    const itemHeight = Math.abs(item.height ?? item.transform?.[3] ?? 0);
    if (y !== null && item.str.trim() !== '' && Math.abs(itemY - y) > Math.max(itemHeight, height, 1) * 0.5) endLine();
    if (item.str !== '') {
      if (y === null && item.str.trim() !== '') y = itemY;
      text += item.str;
      height = Math.max(height, itemHeight);
    }
    if (item.hasEOL) endLine();
  }
  endLine();

  const out: string[] = [];
  const steps = lines.slice(1).map((line, i) => lines[i]!.y - line.y).filter((step) => step > 0);
  // Line spacing: the low quartile of the steps (the median would count paragraph gaps on short pages).
  const usual = steps.length > 0 ? steps.sort((a, b) => a - b)[Math.floor(steps.length / 4)]! : 0;
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    // A gap well over the usual line spacing (or a jump upwards: a new column) starts a paragraph.
    if (previous && usual > 0 && (previous.y - line.y > usual * 1.4 || previous.y < line.y)) out.push('');
    out.push(line.text);
  });
  return out;
}

function hasJavaScriptMarker(bytes: Uint8Array): boolean {
  // Names can be written with #xx escapes (/J#61vaScript); the plain forms are what tools write.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return /\/(?:JavaScript|JS)\b/.test(text);
}

/**
 * Reads a PDF's text layer, page by page, with pdf.js's legacy (Node) build: no worker
 * thread of its own (the import worker is already one), no fonts loaded as font faces, no
 * network, no XFA, no scripts (pdf.js's getDocument never runs a document's JavaScript; its
 * scripting sandbox belongs to the viewer, which is not used). Fails with a message for an
 * encrypted file, a damaged one, and one without any text (a scan).
 */
export async function readPdf(fileName: string, bytes: Uint8Array): Promise<PdfRead> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes over (detaches) the buffer it is given: hand it a copy.
  const data = new Uint8Array(bytes);
  const task = pdfjs.getDocument({
    data,
    ...pdfjsAssets(),
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (error) {
      const name = (error as { name?: string } | null)?.name;
      if (name === 'PasswordException') {
        throw new DossierError(
          'FILE_UNSUPPORTED',
          `${quoted(fileName)} is an encrypted PDF that needs a password; remove the password (print it to a new PDF) and import that.`,
        );
      }
      const detail = error instanceof Error ? error.message : String(error);
      throw new DossierError('FILE_UNSUPPORTED', `${quoted(fileName)} is a damaged PDF that could not be read (${detail}).`);
    }
    if (doc.numPages > MAX_PDF_PAGES) {
      throw new DossierError('FILE_TOO_LARGE', `${quoted(fileName)} has ${doc.numPages} pages; Dossier imports PDFs of up to ${MAX_PDF_PAGES} pages.`);
    }
    const pages: string[][] = [];
    let anyText = false;
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      const lines = pageLines(content.items as TextItemLike[]);
      if (lines.length > 0) anyText = true;
      pages.push(lines);
      page.cleanup();
    }
    if (!anyText) {
      throw new DossierError(
        'FILE_UNSUPPORTED',
        `${quoted(fileName)} has no text layer; OCR is not available. It is probably a scan: import a text version of it instead.`,
      );
    }
    const info = ((await doc.getMetadata().catch(() => null))?.info ?? {}) as { Title?: unknown; Author?: unknown };
    return { pages, title: metaText(info.Title), author: metaText(info.Author), hasJavaScript: hasJavaScriptMarker(bytes) };
  } finally {
    await task.destroy();
  }
}
