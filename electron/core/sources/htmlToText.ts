/**
 * Plain text from a parsed HTML element that keeps the structure a reader needs:
 * paragraphs and headings separated by blank lines, list items and table rows on their own
 * lines, <br> as a newline. Nothing that is not visible text ever gets through: scripts,
 * styles, frames, embedded objects, form controls, comments, attributes.
 *
 * Works on jsdom nodes through nodeType numbers only (no DOM globals in Node).
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Never text, wherever they appear. */
const skippedTags = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'svg', 'math', 'canvas', 'audio', 'video', 'source', 'track', 'map', 'area', 'picture', 'img',
  'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'output', 'progress', 'meter',
  'head', 'title', 'meta', 'link', 'base', 'dialog', 'nav',
]);

/** Page furniture, dropped when we read a whole page rather than Readability's article. */
const pageChromeTags = new Set(['header', 'footer', 'aside', 'form']);
const pageChromeRoles = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alert']);

const paragraphTags = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'ul', 'ol', 'dl', 'table',
  'figure', 'figcaption', 'section', 'article', 'main', 'header', 'footer', 'aside', 'address', 'hr',
  'details', 'fieldset', 'center', 'form', 'hgroup', 'body',
]);
const lineTags = new Set(['li', 'dt', 'dd', 'tr', 'caption', 'summary', 'legend']);

export interface HtmlTextOptions {
  /** Reading a whole page (no article found): also drop headers, footers, asides and forms. */
  wholePage?: boolean;
}

class TextWriter {
  private readonly parts: string[] = [];
  private pendingBreaks = 0;
  private trailingNewlines = 0;
  private endsWithSpace = true;
  private linePrefix = '';

  get isEmpty(): boolean {
    return this.parts.length === 0;
  }

  /** Ask for a line break (1) or a blank line (2) before the next text. */
  break(newlines: 1 | 2): void {
    if (this.isEmpty) return;
    this.pendingBreaks = Math.max(this.pendingBreaks, newlines);
  }

  /** A prefix ("• ") written before the next text, if any text follows. */
  prefixNextLine(prefix: string): void {
    this.linePrefix = prefix;
  }

  /** A <br>: a newline that does not collapse with its neighbours. */
  hardBreak(): void {
    if (this.isEmpty) return;
    this.flushBreaks();
    this.parts.push('\n');
    this.trailingNewlines++;
    this.endsWithSpace = true;
  }

  private flushBreaks(): void {
    const missing = this.pendingBreaks - this.trailingNewlines;
    if (missing > 0 && !this.isEmpty) {
      const last = this.parts[this.parts.length - 1]!;
      if (last.endsWith(' ')) this.parts[this.parts.length - 1] = last.trimEnd();
      this.parts.push('\n'.repeat(missing));
      this.trailingNewlines += missing;
    }
    if (this.pendingBreaks > 0) this.endsWithSpace = true;
    this.pendingBreaks = 0;
  }

  /** Flowing text: runs of whitespace collapse to one space. */
  text(raw: string): void {
    let text = raw.replace(/[ \t\n\r\f]+/g, ' ');
    if (this.endsWithSpace || this.pendingBreaks > 0) text = text.replace(/^ /, '');
    if (text === '') return;
    this.emit(text);
  }

  /** Preformatted text: kept as written. */
  preformatted(raw: string): void {
    const lines = raw.replace(/\r\n?/g, '\n').split('\n');
    lines.forEach((line, i) => {
      if (i > 0) this.hardBreak();
      if (line !== '') this.emit(line);
    });
  }

  private emit(text: string): void {
    this.flushBreaks();
    if (this.linePrefix !== '') {
      if (this.trailingNewlines === 0 && !this.isEmpty) this.parts.push('\n');
      this.parts.push(this.linePrefix);
      this.linePrefix = '';
      text = text.replace(/^ /, '');
    }
    this.parts.push(text);
    this.trailingNewlines = 0;
    this.endsWithSpace = text.endsWith(' ');
  }

  toString(): string {
    return this.parts.join('').replace(/[ \t]+$/gm, '').trim();
  }
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

function isPageChrome(el: Element, tag: string): boolean {
  const role = (el.getAttribute('role') ?? '').toLowerCase();
  if (pageChromeRoles.has(role)) return true;
  if (!pageChromeTags.has(tag)) return false;
  // Some sites (ASP.NET WebForms) wrap the whole page in one <form>: keep that one.
  if (tag === 'form') return el.querySelector('article, main, h1, h2') === null;
  return true;
}

/** A table cell's text on one line. */
function cellText(cell: Element, options: HtmlTextOptions, listDepth: number): string {
  const writer = new TextWriter();
  walkChildren(cell, writer, options, { listDepth, pre: false });
  return writer.toString().replace(/\s*\n\s*/g, ' ');
}

interface WalkState {
  listDepth: number;
  pre: boolean;
}

function walkChildren(el: Element, writer: TextWriter, options: HtmlTextOptions, state: WalkState): void {
  for (let child = el.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      const value = child.nodeValue ?? '';
      if (state.pre) writer.preformatted(value);
      else writer.text(value);
    } else if (child.nodeType === ELEMENT_NODE) {
      walkElement(child as Element, writer, options, state);
    }
    // Comments, processing instructions and doctypes are never text.
  }
}

function walkElement(el: Element, writer: TextWriter, options: HtmlTextOptions, state: WalkState): void {
  const tag = el.localName.toLowerCase();
  if (skippedTags.has(tag) || isHidden(el)) return;
  if (options.wholePage && isPageChrome(el, tag)) return;

  if (tag === 'br') {
    writer.hardBreak();
    return;
  }
  if (tag === 'tr') {
    const cells: string[] = [];
    for (let cell = el.firstElementChild; cell !== null; cell = cell.nextElementSibling) {
      const cellTag = cell.localName.toLowerCase();
      if ((cellTag === 'td' || cellTag === 'th') && !isHidden(cell)) cells.push(cellText(cell, options, state.listDepth));
    }
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (cells.length === 0) return;
    writer.break(1);
    writer.text(cells.join(' | '));
    writer.break(1);
    return;
  }
  if (tag === 'li') {
    writer.break(1);
    const parent = el.parentElement?.localName.toLowerCase();
    let marker = '• ';
    if (parent === 'ol') {
      const start = Number.parseInt(el.parentElement?.getAttribute('start') ?? '1', 10);
      let index = Number.isFinite(start) ? start : 1;
      for (let prev = el.previousElementSibling; prev !== null; prev = prev.previousElementSibling) {
        if (prev.localName.toLowerCase() === 'li') index++;
      }
      marker = `${index}. `;
    }
    writer.prefixNextLine(`${'  '.repeat(Math.max(0, state.listDepth - 1))}${marker}`);
    walkChildren(el, writer, options, state);
    writer.prefixNextLine('');
    writer.break(1);
    return;
  }

  const isList = tag === 'ul' || tag === 'ol' || tag === 'menu';
  const breaks = paragraphTags.has(tag) ? 2 : lineTags.has(tag) ? 1 : 0;
  // A list nested in a list item goes on the next line, not after a blank line.
  const nestedList = isList && state.listDepth > 0;
  if (breaks > 0) writer.break(nestedList ? 1 : (breaks as 1 | 2));
  walkChildren(el, writer, options, {
    listDepth: state.listDepth + (isList ? 1 : 0),
    pre: state.pre || tag === 'pre',
  });
  if (breaks > 0) writer.break(nestedList ? 1 : (breaks as 1 | 2));
}

/** The visible text of an element (an article, or a whole page's body) with its structure as line breaks. */
export function htmlToText(root: Element, options: HtmlTextOptions = {}): string {
  const writer = new TextWriter();
  walkChildren(root, writer, options, { listDepth: 0, pre: false });
  return writer.toString();
}
