import mammoth from 'mammoth';
import { DossierError } from '../../../shared/api/errors';
import { readZip, type ZipArchive } from './readZip';

export interface DocxRead {
  /** Headings and paragraphs as plain paragraphs; list items one a line; footnotes at the end. */
  text: string;
  /** The first heading, if the document starts with one. */
  title?: string;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

/** mammoth's HTML is small and regular (p, h1–h6, li, table, a, strong, em, sup, br): its text, one block a paragraph. */
export function mammothHtmlToText(html: string): { text: string; title?: string } {
  const firstHeading = /^\s*<h[1-3][^>]*>([\s\S]*?)<\/h[1-3]>/i.exec(html)?.[1];
  const text = decodeEntities(
    html
      // Footnote back-links ("↑") and reference marks are links to anchors: keep the number, drop the arrow.
      .replace(/<a href="#footnote-ref-[^"]*">[\s\S]*?<\/a>/gi, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(?:td|th)>/gi, '\t')
      .replace(/<\/(?:p|h[1-6]|li|tr|table|ul|ol|blockquote)>/gi, '\n\n')
      .replace(/<li[^>]*id="footnote-(\d+)"[^>]*>/gi, '[$1] ')
      .replace(/<[^>]+>/g, ''),
  )
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+$/g, '').replace(/^[ \u00a0]+/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const title = firstHeading === undefined ? undefined : decodeEntities(firstHeading.replace(/<[^>]+>/g, '')).trim() || undefined;
  return { text, title };
}

const key = (name: string): string => name.replace(/^\/+/, '');

/** mammoth's view of a .docx: only the entries it asks for are inflated, each through readZip's limits. */
function mammothFile(zip: ZipArchive) {
  return {
    exists: (name: string) => zip.entries.has(key(name)),
    read: async (name: string, encoding?: string) => {
      const data = zip.read(key(name));
      if (encoding === 'base64') return Buffer.from(data).toString('base64');
      if (encoding) return new TextDecoder(encoding).decode(data);
      return data;
    },
    write: () => {
      throw new Error('a document being imported is never written');
    },
    toArrayBuffer: () => {
      throw new Error('a document being imported is never written');
    },
  };
}

/**
 * A Word document's text, read with mammoth (headings, paragraphs, lists, tables and footnotes;
 * images skipped unread). The ZIP is opened by readZip, which refuses bombs before and while
 * inflating; mammoth never sees the raw archive.
 */
export async function readDocx(fileName: string, bytes: Uint8Array): Promise<DocxRead> {
  const zip = readZip(fileName, bytes, 'Word document');
  if (!zip.entries.has('word/document.xml')) {
    throw new DossierError('FILE_UNSUPPORTED', `"${fileName}" is a damaged Word document (it has no main document part).`);
  }
  let html: string;
  try {
    const input = { file: mammothFile(zip) } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    const result = await mammoth.convertToHtml(input, {
      ignoreEmptyParagraphs: true,
      externalFileAccess: false,
      // Images are never read: their bytes would only cost memory.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    });
    html = result.value;
  } catch (error) {
    if (error instanceof DossierError) throw error;
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new DossierError('FILE_UNSUPPORTED', `"${fileName}" is a damaged Word document (${detail}); it could not be read.`);
  }
  const { text, title } = mammothHtmlToText(html);
  if (text === '') throw new DossierError('FILE_EMPTY', `"${fileName}" has no text.`);
  return { text, title };
}
