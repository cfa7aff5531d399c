import { DossierError } from '../../../shared/api/errors';
import { htmlMetadata, pageSignals, type HtmlMetadata } from './htmlMetadata';
import { domNestingDepth, htmlNestingDepth } from './htmlNestingDepth';
import { htmlToText } from './htmlToText';

export interface HtmlArticle extends HtmlMetadata {
  /** Plain text with paragraph structure, not yet normalized. */
  text: string;
  /** Set when the whole page's text was kept instead of an article: why, in plain English. */
  note?: string;
}

/** Real pages nest a few dozen levels; hundreds means a hostile or broken file. */
export const MAX_HTML_NESTING = 400;
/** Readability's own bar for "this is an article". Below it we read the page without its furniture. */
const SHORT_ARTICLE_CHARS = 500;
/** Readability takes seconds on pages this large (jsdom is slow); past it, keep the page's text. */
export const MAX_READABILITY_ELEMENTS = 15_000;

interface Libraries {
  JSDOM: typeof import('jsdom').JSDOM;
  VirtualConsole: typeof import('jsdom').VirtualConsole;
  Readability: typeof import('@mozilla/readability').Readability;
}

let libraries: Promise<Libraries> | undefined;

/** jsdom takes about a second to import: load it on the first HTML file, not at start-up. */
function loadLibraries(): Promise<Libraries> {
  libraries ??= Promise.all([import('jsdom'), import('@mozilla/readability')]).then(([jsdom, readability]) => ({
    JSDOM: jsdom.JSDOM,
    VirtualConsole: jsdom.VirtualConsole,
    Readability: readability.Readability,
  }));
  return libraries;
}

const sameText = (a: string, b: string): boolean =>
  a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/** Readability drops the headline from the article; put it back when the page shows it as a heading. */
function withHeadline(text: string, headings: string[], title: string | undefined): string {
  if (title === undefined) return text;
  const heading = headings.find((h) => sameText(h, title));
  if (heading === undefined) return text;
  const headline = heading.replace(/\s+/g, ' ').trim();
  if (sameText(text.slice(0, headline.length + 10).split('\n')[0] ?? '', headline)) return text;
  return text === '' ? headline : `${headline}\n\n${text}`;
}

/**
 * A saved web page reduced to its readable article (Mozilla Readability on jsdom) as
 * structured plain text, with its metadata. jsdom runs with its defaults: no script runs
 * and nothing is fetched. Throws DossierError when the page has no readable text or is
 * nested absurdly deep.
 */
export async function htmlToArticle(html: string, fileName: string): Promise<HtmlArticle> {
  const tooDeep = (): DossierError =>
    new DossierError(
      'FILE_UNSUPPORTED',
      `"${fileName}" nests its elements more than ${MAX_HTML_NESTING} levels deep, which no normal web page does; it was not imported.`,
    );
  if (htmlNestingDepth(html, MAX_HTML_NESTING) > MAX_HTML_NESTING) throw tooDeep();
  const { JSDOM, VirtualConsole, Readability } = await loadLibraries();
  // A silent console: the page's CSS and markup errors are not ours to print.
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  try {
    const doc = dom.window.document;
    // The parser can nest deeper than the tags say (misnested formatting, tables): check again.
    if (domNestingDepth(doc.documentElement, MAX_HTML_NESTING) > MAX_HTML_NESTING) throw tooDeep();
    // Readability rewrites the document it reads, so take what we need from the page first
    // (cloning the document instead would double the time and memory on large pages).
    const page = pageSignals(doc);
    const pageText = doc.body ? htmlToText(doc.body, { wholePage: true }) : '';
    const huge = doc.getElementsByTagName('*').length > MAX_READABILITY_ELEMENTS;
    const article = huge ? null : new Readability<Node>(doc, { serializer: (node) => node }).parse();
    const articleText = article?.content ? htmlToText(article.content as Element) : '';
    // A short "article" is Readability guessing; the page minus its furniture is the safer read.
    const useArticle = articleText !== '' && (articleText.length >= SHORT_ARTICLE_CHARS || pageText === '');
    const metadata = htmlMetadata(page, article);
    const text = withHeadline(useArticle ? articleText : pageText, page.headings, metadata.title);
    if (text.trim() === '') {
      throw new DossierError(
        'FILE_EMPTY',
        `"${fileName}" has no readable text: only scripts, styles, frames or other embedded content.`,
      );
    }
    if (useArticle) return { ...metadata, text };
    const note = huge
      ? 'The page is very large, so all of its text was kept instead of looking for the main article.'
      : 'No separate article was found on the page, so its whole text was kept, without menus, headers and footers.';
    return { ...metadata, text, note };
  } finally {
    dom.window.close();
  }
}
