/**
 * Markdown as the plain text an analyst reads: the structure kept, the syntax gone. Front
 * matter removed; headings on their own line with a blank line around; emphasis, code marks
 * and escapes resolved; links as their text; images as their alt text; quotes as the quoted
 * text; list items as "• item" and "1. item" lines; code blocks verbatim; table rows with
 * " | " between cells; rules as a blank line; HTML reduced to its text, never scripts.
 * Text that uses no Markdown syntax comes out unchanged, line breaks and blank lines included.
 */
import { normalizeText } from '../../../shared/text/normalizeText';
import { parseMarkdownBlocks, type MarkdownBlock, type ParagraphBlock, type ReferenceMap } from './markdownBlocks';
import { markdownFrontMatter } from './markdownFrontMatter';
import { markdownHtmlToText } from './markdownHtml';
import { markdownInlineToText } from './markdownInline';
import { joinWrappedLines, wrappedParagraphs } from './reflowText';

export interface MarkdownToTextOptions {
  /** Join the lines of paragraphs when the file is clearly hard-wrapped (see reflowText). */
  joinWrappedLines?: boolean;
}

export interface MarkdownText {
  /** Normalized (normalizeText); empty when nothing readable is left. */
  text: string;
  /** The first level-one heading, as text: a title. */
  heading?: string;
  /** Lines of hard-wrapped paragraphs were joined. */
  joinedLines: boolean;
}

/** More blank lines than this between blocks are not kept (normalizeText allows two). */
const MAX_GAP = 2;

interface RenderContext {
  references: ReferenceMap;
  /** Paragraphs whose lines are to be joined (the file is hard-wrapped). */
  wrapped: Set<ParagraphBlock>;
  joined: boolean;
}

function paragraphsOf(blocks: readonly MarkdownBlock[], out: ParagraphBlock[] = []): ParagraphBlock[] {
  for (const block of blocks) {
    if (block.kind === 'paragraph') out.push(block);
    else if (block.kind === 'quote') paragraphsOf(block.children, out);
    else if (block.kind === 'list') for (const item of block.items) paragraphsOf(item.children, out);
  }
  return out;
}

const inline = (raw: string, context: RenderContext): string => markdownInlineToText(raw, context.references).text;
const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ').trim();

function renderParagraph(block: ParagraphBlock, context: RenderContext): string[] {
  const converted = markdownInlineToText(block.lines.map((line) => line.text).join('\n'), context.references);
  // Lines left empty by removed markup (a comment, an image without alt text) are dropped.
  const lines = converted.text
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '');
  if (context.wrapped.has(block) && !converted.hardBreak && lines.length > 1) {
    context.joined = true;
    return [joinWrappedLines(lines.join('\n'))];
  }
  return lines;
}

function renderList(block: Extract<MarkdownBlock, { kind: 'list' }>, context: RenderContext): string[] {
  const out: string[] = [];
  // "1. 1. 1." is numbering left to the renderer; numbers written otherwise are kept as written.
  const lazyNumbering = block.items.length > 1 && block.items.every((item) => item.number === block.items[0]!.number);
  for (const [index, item] of block.items.entries()) {
    const marker = !block.ordered
      ? '•'
      : `${lazyNumbering ? block.items[0]!.number + index : item.number}${block.delimiter}`;
    const lines = renderBlocks(item.children, context);
    if (index > 0) for (let k = 0; k < Math.min(item.gap, MAX_GAP); k++) out.push('');
    if (lines.length === 0) {
      out.push(marker);
      continue;
    }
    const indent = ' '.repeat(marker.length + 1);
    out.push(`${marker} ${lines[0]}`);
    for (const line of lines.slice(1)) out.push(line === '' ? '' : indent + line);
  }
  return out;
}

function renderBlock(block: MarkdownBlock, context: RenderContext): string[] {
  switch (block.kind) {
    case 'paragraph':
      return renderParagraph(block, context);
    case 'heading': {
      const text = oneLine(inline(block.content, context));
      return text === '' ? [] : [text];
    }
    case 'code':
      return block.lines;
    case 'html': {
      const text = markdownHtmlToText(block.lines.join('\n'));
      return text === '' ? [] : text.split('\n');
    }
    case 'quote':
      return renderBlocks(block.children, context);
    case 'list':
      return renderList(block, context);
    case 'table':
      return block.rows.map((row) => row.map((cell) => oneLine(inline(cell, context))).join(' | ').trimEnd());
    case 'rule':
      return [];
  }
}

function renderBlocks(blocks: readonly MarkdownBlock[], context: RenderContext): string[] {
  const out: string[] = [];
  let gap = 0;
  let separate = false;
  let previous: MarkdownBlock | undefined;
  for (const block of blocks) {
    gap = Math.max(gap, block.gap);
    const lines = renderBlock(block, context);
    if (block.kind === 'rule') separate = true;
    if (lines.length === 0) continue;
    if (out.length > 0) {
      const headingNear = block.kind === 'heading' || previous?.kind === 'heading';
      const blanks = Math.min(MAX_GAP, Math.max(gap, separate || headingNear ? 1 : 0));
      for (let k = 0; k < blanks; k++) out.push('');
    }
    out.push(...lines);
    gap = 0;
    separate = false;
    previous = block;
  }
  return out;
}

function firstHeading(blocks: readonly MarkdownBlock[], context: RenderContext): string | undefined {
  for (const block of blocks) {
    if (block.kind !== 'heading' || block.level !== 1) continue;
    const text = oneLine(inline(block.content, context));
    if (text !== '') return text;
  }
  return undefined;
}

/** Converts a Markdown text (normalized, front matter and all) to readable plain text. */
export function markdownToText(markdown: string, options: MarkdownToTextOptions = {}): MarkdownText {
  const all = markdown.split('\n');
  const { bodyStart } = markdownFrontMatter(markdown);
  const lines = all.slice(bodyStart).map((text, i) => ({ text, index: bodyStart + i }));
  const references: ReferenceMap = new Map();
  const blocks = parseMarkdownBlocks(lines, references);

  const context: RenderContext = { references, wrapped: new Set(), joined: false };
  if (options.joinWrappedLines) {
    const paragraphs = paragraphsOf(blocks);
    const wrapped = wrappedParagraphs(
      paragraphs.map((block) => {
        const raw = block.lines.map((line) => line.text);
        return {
          lines: raw,
          // Widths as the lines stand in the file, quote markers and list indentation included.
          widths: block.lines.map((line) => all[line.index]!.length),
          keepBreaks: raw.some((line) => line.endsWith('\\') || /<br\b/i.test(line)),
        };
      }),
    );
    for (const [index, block] of paragraphs.entries()) if (wrapped[index]) context.wrapped.add(block);
  }

  const text = normalizeText(renderBlocks(blocks, context).join('\n'));
  return { text, heading: firstHeading(blocks, context), joinedLines: context.joined };
}
