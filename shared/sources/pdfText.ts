/**
 * Turns the lines read from a PDF's pages into a source's text, with the page boundaries kept.
 * Pure (no pdfjs): core assembles the text on import, and the review dialog shows what the
 * "strip repeated headers/footers" and "join hyphenated words" choices would give.
 */
import { normalizeText } from '../text/normalizeText';

/** One page as read: lines in reading order; '' marks a paragraph break (a wider gap). */
export type PdfPageLines = readonly string[];

export interface PdfArtifacts {
  /** Headers/footers found at the top or bottom of most pages, as they read on the first such page. */
  repeated: string[];
  /** Lines that are only a page number ("3", "Page 3 of 12", "- 3 -") at the top or bottom of most pages. */
  pageNumbers: number;
  /** Words split over two lines with a hyphen ("exam-" / "ple"). */
  hyphenations: number;
}

export interface PdfTextChoices {
  stripRepeated: boolean;
  joinHyphens: boolean;
}

export interface PdfText {
  /** Normalized (normalizeText): what the source stores. */
  text: string;
  /** Where each page starts in text (page 1 at index 0). A page with no text starts where the next text does. */
  pageStarts: number[];
}

/** How many lines at the top and at the bottom of a page can be a header or footer. */
const EDGE_LINES = 2;
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:page\s+|p\.\s*)?\d{1,5}(?:\s*(?:of|\/)\s*\d{1,5})?(?:\s*[-–—])?$/i;
const HYPHEN_END = /\p{L}[-\u00AD]$/u;
const LOWER_START = /^\p{Ll}/u;

/** Digits vary between pages ("Annual report 2024 — 3"): compared without them. */
const edgeKey = (line: string): string => line.trim().replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase();

/** The lines that may be a header or footer: the first and last few; on a page of one or two lines, none (it is all body). */
function edgeIndexes(page: PdfPageLines): number[] {
  const content = page.flatMap((line, index) => (line.trim() === '' ? [] : [index]));
  if (content.length < 3) return [];
  if (content.length <= EDGE_LINES * 2) return [content[0]!, content[content.length - 1]!];
  return [...content.slice(0, EDGE_LINES), ...content.slice(-EDGE_LINES)];
}

/** Lines seen at an edge of at least this many pages are headers or footers. */
function threshold(pageCount: number): number {
  return Math.max(2, Math.ceil(pageCount * 0.6));
}

interface Edges {
  repeatedKeys: Set<string>;
  repeated: string[];
  numbersFound: boolean;
  pageNumbers: number;
}

function findEdges(pages: readonly PdfPageLines[]): Edges {
  const counts = new Map<string, { pages: number; first: string }>();
  let numbered = 0;
  for (const page of pages) {
    const seen = new Set<string>();
    let hasNumber = false;
    for (const index of edgeIndexes(page)) {
      const line = page[index]!.trim();
      if (PAGE_NUMBER.test(line)) {
        hasNumber = true;
        continue;
      }
      const key = edgeKey(line);
      if (key.length < 3 || seen.has(key)) continue;
      seen.add(key);
      const entry = counts.get(key);
      if (entry) entry.pages++;
      else counts.set(key, { pages: 1, first: line });
    }
    if (hasNumber) numbered++;
  }
  const min = threshold(pages.length);
  const repeatedKeys = new Set<string>();
  const repeated: string[] = [];
  for (const [key, entry] of counts) {
    if (entry.pages < min) continue;
    repeatedKeys.add(key);
    repeated.push(entry.first);
  }
  const numbersFound = pages.length >= 2 && numbered >= min;
  return { repeatedKeys, repeated, numbersFound, pageNumbers: numbersFound ? numbered : 0 };
}

function stripEdges(page: PdfPageLines, edges: Edges): string[] {
  const drop = new Set<number>();
  for (const index of edgeIndexes(page)) {
    const line = page[index]!.trim();
    if ((edges.numbersFound && PAGE_NUMBER.test(line)) || edges.repeatedKeys.has(edgeKey(line))) drop.add(index);
  }
  return page.filter((_, index) => !drop.has(index));
}

/** Joins a page's lines into paragraphs; returns the text and how many hyphenated words were (or would be) joined. */
function pageParagraphs(lines: readonly string[], joinHyphens: boolean): { text: string; hyphenations: number } {
  const paragraphs: string[] = [];
  let current = '';
  let hyphenations = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      if (current !== '') paragraphs.push(current);
      current = '';
      continue;
    }
    if (current === '') {
      current = line;
    } else if (HYPHEN_END.test(current) && LOWER_START.test(line)) {
      hyphenations++;
      // Off: the hyphen is a real one ("well-known"); on: it only split the word at the line end.
      current = joinHyphens ? current.slice(0, -1) + line : current + line;
    } else {
      current = `${current} ${line}`;
    }
  }
  if (current !== '') paragraphs.push(current);
  return { text: paragraphs.join('\n\n'), hyphenations };
}

/** What could be cleaned up in these pages; nothing found means the text needs no review. */
export function detectPdfArtifacts(pages: readonly PdfPageLines[]): PdfArtifacts {
  const edges = findEdges(pages);
  let hyphenations = 0;
  for (const page of pages) hyphenations += pageParagraphs(page, true).hyphenations;
  return { repeated: edges.repeated, pageNumbers: edges.pageNumbers, hyphenations };
}

export const hasPdfArtifacts = (found: PdfArtifacts): boolean =>
  found.repeated.length > 0 || found.pageNumbers > 0 || found.hyphenations > 0;

/** The source text of these pages with the given cleanup, and where each page starts in it. */
export function assemblePdfText(pages: readonly PdfPageLines[], choices: PdfTextChoices): PdfText {
  const edges = choices.stripRepeated ? findEdges(pages) : null;
  const pageStarts: number[] = [];
  let text = '';
  for (const page of pages) {
    const lines = edges ? stripEdges(page, edges) : page;
    const chunk = normalizeText(pageParagraphs(lines, choices.joinHyphens).text);
    if (chunk === '') {
      pageStarts.push(text.length === 0 ? 0 : text.length + 2);
      continue;
    }
    if (text !== '') text += '\n\n';
    pageStarts.push(text.length);
    text += chunk;
  }
  // An empty page at the end points past the text: clamp it to the end.
  return { text, pageStarts: pageStarts.map((start) => Math.min(start, text.length)) };
}

/** The page (1-based) holding a position in the text. */
export function pageAt(pageStarts: readonly number[], position: number): number {
  let low = 0;
  let high = pageStarts.length - 1;
  let page = 0;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (pageStarts[mid]! <= position) {
      page = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return page + 1;
}
