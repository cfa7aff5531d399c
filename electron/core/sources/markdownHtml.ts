/**
 * The HTML that Markdown allows inside it, read as plain text: tags dropped, line-breaking
 * elements as line breaks, character references decoded. What is never visible text —
 * scripts, styles, comments, embedded objects — goes with its content. This is a tag
 * stripper for the snippets people put in Markdown, not a browser: whole saved pages go
 * through the HTML importer.
 */
import { decodeEntities } from './markdownEntities';

/** Element names (HTML, SVG and MathML roots): a tag with another name, like "<John>", is text. */
export const HTML_ELEMENTS = new Set(
  (
    'a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption center cite ' +
    'code col colgroup data datalist dd del details dfn dialog dir div dl dt em embed fieldset figcaption figure ' +
    'font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd ' +
    'label legend li link main map mark math menu meta meter nav noembed noframes noscript object ol optgroup ' +
    'option output p param picture pre progress q rp rt ruby s samp script search section select slot small ' +
    'source span strike strong style sub summary sup svg table tbody td template textarea tfoot th thead time ' +
    'title tr track tt u ul var video wbr xmp'
  ).split(' '),
);

/** Never visible text, content and all. */
const HIDDEN_ELEMENTS = [
  'script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'canvas', 'audio', 'video',
  'select', 'textarea', 'head', 'title', 'noembed', 'noframes', 'xmp',
];
export const HIDDEN_ELEMENT_SET = new Set(HIDDEN_ELEMENTS);

/** Elements that start a new line of text. */
const LINE_ELEMENTS = new Set(
  (
    'address article aside blockquote body br caption center dd details dialog dir div dl dt fieldset figcaption ' +
    'figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre search section summary ' +
    'table tbody tfoot thead tr ul'
  ).split(' '),
);

/** CommonMark's raw HTML tag grammar: an open tag with attributes, or a closing tag. */
const TAG =
  /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^"'=<>`\s]+|'[^']*'|"[^"]*"))?)*)\s*(\/?)>/y;
/** A tag is looked for only this far: a stray "<" in a large text must stay cheap. */
const MAX_TAG_LENGTH = 2048;

export interface HtmlTag {
  name: string;
  closing: boolean;
  length: number;
}

/** The HTML tag of a known element starting at `at`, if there is one. */
export function htmlTagAt(text: string, at: number): HtmlTag | undefined {
  const named = /^<\/?([A-Za-z][A-Za-z0-9-]{0,20})/.exec(text.slice(at, at + 24));
  if (!named || !HTML_ELEMENTS.has(named[1]!.toLowerCase())) return undefined;
  const window = text.slice(at, at + MAX_TAG_LENGTH);
  TAG.lastIndex = 0;
  const m = TAG.exec(window);
  if (!m) return undefined;
  const name = m[2]!.toLowerCase();
  if (!HTML_ELEMENTS.has(name) || (m[1] === '/' && (m[3] !== '' || m[4] !== ''))) return undefined;
  return { name, closing: m[1] === '/', length: m[0].length };
}

/** Where the content of a hidden element opened before `from` ends (after its closing tag); the end of text if never closed. */
export function hiddenElementEnd(text: string, name: string, from: number): number {
  const close = new RegExp(`</${name}\\s*>`, 'gi');
  close.lastIndex = from;
  const m = close.exec(text);
  return m ? m.index + m[0].length : text.length;
}

// A tag runs to the next ">" and never across a "<": each "<" that does not close costs a scan to the next one only.
const ANY_TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)(?:[\s/][^<>]*)?>/g;
const HIDDEN_OPEN = new RegExp(`<(${HIDDEN_ELEMENTS.join('|')})(?:[\\s/][^<>]*)?>`, 'gi');

/** The text of an HTML fragment (a Markdown HTML block), with its line structure. */
export function markdownHtmlToText(html: string): string {
  let text = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<\?[\s\S]*?(?:\?>|$)/g, '')
    .replace(/<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)/g, '$1')
    .replace(/<![A-Za-z][^>]*>?/g, '');
  let out = '';
  let at = 0;
  HIDDEN_OPEN.lastIndex = 0;
  for (let m = HIDDEN_OPEN.exec(text); m; m = HIDDEN_OPEN.exec(text)) {
    out += text.slice(at, m.index);
    at = hiddenElementEnd(text, m[1]!.toLowerCase(), m.index + m[0].length);
    HIDDEN_OPEN.lastIndex = at;
  }
  text = out + text.slice(at);
  text = text.replace(ANY_TAG, (tag, name: string) => (LINE_ELEMENTS.has(name.toLowerCase()) ? '\n' : ''));
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
