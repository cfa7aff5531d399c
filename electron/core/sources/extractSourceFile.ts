import { extname } from 'node:path';
import { DossierError } from '../../../shared/api/errors';
import { MAX_SOURCE_FILE_BYTES, SOURCE_FILE_EXTENSIONS, formatBytes } from '../../../shared/sources/sourceLimits';
import { normalizeText } from '../../../shared/text/normalizeText';
import { decodeText } from './decodeText';
import { extractDefaultTitle } from './extractDefaultTitle';
import { markdownMetadata } from './extractMarkdownMetadata';
import type { HtmlArticle } from './htmlToArticle';
import { htmlToArticleInWorker } from './htmlToArticleInWorker';
import { handleHtmlWorkerRequest } from './htmlWorkerProtocol';
import { markdownToText } from './markdownToText';
import { reflowText } from './reflowText';
import { assemblePdfText, detectPdfArtifacts, hasPdfArtifacts, type PdfArtifacts, type PdfPageLines } from '../../../shared/sources/pdfText';
import { binarySignature } from './decodeBinarySignature';
import { readDocx } from './readDocx';
import { readPdf } from './readPdf';
import { looksLikeZip } from './readZip';

export interface ExtractedSource {
  /** Normalized with normalizeText (NFC, \n); never empty. */
  text: string;
  format: 'txt' | 'md' | 'html' | 'docx' | 'pdf';
  title?: string;
  author?: string;
  outlet?: string;
  published?: string;
  url?: string;
  /** A plain-English note for the user, e.g. "Decoded from Windows-1252 (Western European); the file was not UTF-8." */
  info?: string;
  /** PDFs: where each page starts in text. */
  pageStarts?: number[];
  /**
   * PDFs whose text has headers/footers, page numbers or hyphenated line ends: the pages as read
   * and what was found, so the text can be reviewed (and assembled differently) before import.
   * text and pageStarts hold the suggested cleanup (everything found stripped and joined).
   */
  review?: { pages: PdfPageLines[]; artifacts: PdfArtifacts };
}

export interface ExtractOptions {
  /** The built HTML worker (out/main/htmlWorker.js). Without it, HTML is parsed in this thread: for tests. */
  htmlWorkerPath?: string;
  /** How long the HTML worker may take; 20 s unless given. */
  htmlTimeoutMs?: number;
}

const formats: Record<(typeof SOURCE_FILE_EXTENSIONS)[number], ExtractedSource['format']> = {
  '.docx': 'docx',
  '.pdf': 'pdf',
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
};

const JOINED_NOTE = 'Line breaks inside paragraphs were joined (the file was hard-wrapped).';
const ACCEPTED = 'plain text (.txt), Markdown (.md, .markdown), saved web pages (.html, .htm), Word documents (.docx) and PDFs (.pdf)';
const DOCUMENT_NAMES = { pdf: 'a PDF', docx: 'a Word document (.docx)' } as const;
const HTML_SNIFF_CHARS = 1024 * 1024;

const quoted = (fileName: string): string => `"${fileName}"`;

function formatOf(fileName: string): ExtractedSource['format'] {
  const extension = extname(fileName).toLowerCase();
  const format = formats[extension as keyof typeof formats];
  if (format !== undefined) return format;
  const what = extension === '' ? 'has no file extension' : `is a ${extension} file`;
  throw new DossierError(
    'FILE_UNSUPPORTED',
    `${quoted(fileName)} ${what}; Dossier can import ${ACCEPTED}.`,
  );
}

/** The charset a page declares in its first kilobyte (<meta charset> or http-equiv). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i.exec(head)?.[1];
}

const looksLikeHtml = (text: string): boolean =>
  /<(?:!doctype\s+html|html|head|body|p|div|br|h[1-6]|title|meta|span|a|table|ul|ol|li|article|section|main|script|style|img|!--)[\s>/]/i.test(
    text.slice(0, HTML_SNIFF_CHARS),
  );

const looksLikeWebPage = (text: string): boolean => /^\s*<(?:!doctype\s+html|html)[\s>]/i.test(text);

const joinInfo = (...notes: Array<string | undefined>): string | undefined => {
  const present = notes.filter((note): note is string => note !== undefined);
  return present.length > 0 ? present.join(' ') : undefined;
};

async function readHtml(fileName: string, html: string, options: ExtractOptions): Promise<HtmlArticle> {
  if (options.htmlWorkerPath === undefined) {
    // The worker's own handler, run here: failures map to the same errors as in the worker.
    const response = await handleHtmlWorkerRequest({ html, fileName });
    if ('error' in response) throw DossierError.fromPayload(response.error);
    return response.article;
  }
  return htmlToArticleInWorker(
    { html, fileName },
    { workerPath: options.htmlWorkerPath, timeoutMs: options.htmlTimeoutMs },
  );
}

/** The document type the bytes are, whatever the file is called: PDFs by their header, Word by its ZIP's parts. */
export function sniffDocument(bytes: Uint8Array): 'pdf' | 'docx' | 'odt' | undefined {
  // The PDF header may come after a little junk (up to 1 KB, as readers allow).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (!looksLikeZip(bytes)) return undefined;
  const names = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 256 * 1024)));
  const start = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 256)));
  if (names.includes('word/')) return 'docx';
  if (start.includes('mimetypeapplication/vnd.oasis.opendocument.text')) return 'odt';
  // Office Open XML without a word/ part: a damaged Word file, unless it is a workbook or a presentation.
  if (start.includes('[Content_Types].xml') && !names.includes('xl/') && !names.includes('ppt/')) return 'docx';
  if (start.includes('mimetypeapplication/vnd.oasis.opendocument.text')) return 'odt';
  return undefined;
}

async function extractPdf(fileName: string, bytes: Uint8Array, info: string | undefined): Promise<ExtractedSource> {
  const read = await readPdf(fileName, bytes);
  const artifacts = detectPdfArtifacts(read.pages);
  const found = hasPdfArtifacts(artifacts);
  const { text, pageStarts } = assemblePdfText(read.pages, { stripRepeated: found, joinHyphens: artifacts.hyphenations > 0 });
  if (text === '') {
    throw new DossierError('FILE_UNSUPPORTED', `${quoted(fileName)} has no text layer; OCR is not available.`);
  }
  const notes = read.hasJavaScript ? 'It contains JavaScript, which Dossier never runs; only its text was read.' : undefined;
  return {
    text,
    format: 'pdf',
    title: read.title ?? extractDefaultTitle(text),
    author: read.author,
    pageStarts,
    info: joinInfo(info, notes),
    ...(found ? { review: { pages: read.pages, artifacts } } : {}),
  };
}

async function extractDocx(fileName: string, bytes: Uint8Array, info: string | undefined): Promise<ExtractedSource> {
  const read = await readDocx(fileName, bytes);
  const text = normalizeText(read.text);
  if (text === '') throw new DossierError('FILE_EMPTY', `${quoted(fileName)} has no text.`);
  return { text, format: 'docx', title: read.title ?? extractDefaultTitle(text), info };
}

/**
 * Reads an imported file into a source's text and metadata, or throws a DossierError whose
 * message names the file and says what is wrong (too large, empty, binary, unknown encoding,
 * unsupported type). The type comes from the extension, but the content is checked: a PDF
 * renamed to .txt is refused, not imported as junk.
 *
 * `name` is the file's name (a path is fine; only its last part is shown).
 */
export async function extractSourceFile(
  name: string,
  bytes: Uint8Array,
  options: ExtractOptions = {},
): Promise<ExtractedSource> {
  const fileName = name.split(/[\\/]/).pop() || name;
  const sniffed = bytes.byteLength <= MAX_SOURCE_FILE_BYTES ? sniffDocument(bytes) : undefined;
  if (sniffed === 'odt') {
    throw new DossierError(
      'FILE_UNSUPPORTED',
      `${quoted(fileName)} is an OpenDocument text (.odt), which Dossier does not read; save it as .docx or .pdf and import that.`,
    );
  }
  let format = sniffed === 'pdf' || sniffed === 'docx' ? sniffed : formatOf(fileName);
  if (bytes.byteLength > MAX_SOURCE_FILE_BYTES) {
    const limit = `${MAX_SOURCE_FILE_BYTES / (1024 * 1024)} MB`;
    const size = formatBytes(bytes.byteLength);
    // "50.0 MB; the limit is 50 MB" would read as a contradiction.
    const what = size === formatBytes(MAX_SOURCE_FILE_BYTES) ? `slightly larger than ${limit}` : size;
    throw new DossierError('FILE_TOO_LARGE', `${quoted(fileName)} is ${what}; the limit is ${limit}.`);
  }
  if (bytes.byteLength === 0) throw new DossierError('FILE_EMPTY', `${quoted(fileName)} is empty.`);

  // The content decides, not the name: a PDF called .txt is read as a PDF, a text called .pdf is refused.
  const named = formats[extname(fileName).toLowerCase() as keyof typeof formats];
  if (sniffed === 'pdf' || sniffed === 'docx') {
    const renamed = named !== undefined && named !== sniffed ? `Its name says .${extname(fileName).slice(1).toLowerCase()}, but it is ${DOCUMENT_NAMES[sniffed]}, so it was read as one.` : undefined;
    return sniffed === 'pdf' ? extractPdf(fileName, bytes, renamed) : extractDocx(fileName, bytes, renamed);
  }
  // A ZIP called .docx that does not look like Word inside is a damaged Word file: readDocx says what is wrong.
  if (format === 'docx' && looksLikeZip(bytes)) return extractDocx(fileName, bytes, undefined);
  if (format === 'pdf' || format === 'docx') {
    const signature = binarySignature(bytes);
    const actually = signature ? `it is ${signature.description}` : 'its content is not one';
    throw new DossierError(
      'FILE_UNSUPPORTED',
      `${quoted(fileName)} is named as ${DOCUMENT_NAMES[format]}, but ${actually}; it was not imported. Rename it to its real type and import it again.`,
    );
  }

  const decoded = decodeText(fileName, bytes, format === 'html' ? { declaredEncoding: declaredCharset(bytes) } : {});
  const raw = normalizeText(decoded.text, decoded.known);
  if (raw === '') throw new DossierError('FILE_EMPTY', `${quoted(fileName)} contains only blank space.`);

  let info = decoded.info;
  if (format === 'html' && !looksLikeHtml(raw)) {
    // Parsing plain text as HTML would collapse its line breaks; keep it as written.
    format = 'txt';
    info = joinInfo(info, 'It contains no HTML markup, so it was imported as plain text.');
  }

  if (format === 'txt') {
    if (looksLikeWebPage(raw)) {
      info = joinInfo(
        info,
        'It looks like a saved web page, so its markup was kept as text; rename it to .html to import only the article.',
      );
    }
    const reflowed = reflowText(raw);
    if (reflowed.joined) info = joinInfo(info, JOINED_NOTE);
    return { text: reflowed.text, format, title: extractDefaultTitle(reflowed.text), info };
  }

  if (format === 'md') {
    // Analysts read the text, they do not edit Markdown: it is stored as the plain text it stands for.
    const converted = markdownToText(raw, { joinWrappedLines: true });
    if (converted.text === '') throw new DossierError('FILE_EMPTY', `${quoted(fileName)} has no readable text.`);
    if (converted.joinedLines) info = joinInfo(info, JOINED_NOTE);
    const meta = markdownMetadata(raw);
    return {
      text: converted.text,
      format,
      ...meta,
      title: meta.title ?? converted.heading ?? extractDefaultTitle(converted.text),
      info,
    };
  }

  const article = await readHtml(fileName, decoded.text, options);
  const text = normalizeText(article.text);
  if (text === '') {
    throw new DossierError('FILE_EMPTY', `${quoted(fileName)} has no readable text.`);
  }
  info = joinInfo(info, article.note);
  return {
    text,
    format,
    title: article.title ?? extractDefaultTitle(text),
    author: article.author,
    outlet: article.outlet,
    published: article.published,
    url: article.url,
    info,
  };
}
