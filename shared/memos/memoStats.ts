/**
 * Word count and citations of a memo, computed from the stored document: core
 * keeps them with each memo for the list, the editor shows the same count.
 */
import type { CitationKind, InlineNode, MemoBlock, MemoDoc } from './memoDoc';

export interface CitationRef {
  kind: CitationKind;
  refId: string;
}

export interface MemoStats {
  wordCount: number;
  /** Citation marks in the text, each use counted. */
  citationCount: number;
}

/** Letters or digits, joined by an apostrophe or hyphen inside a word ("don't", "co-operate"). */
const WORD = /[\p{L}\p{N}]+(?:['’\-‐][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n += 1;
  return n;
}

/** The text of a paragraph or heading; marks split a word into several text nodes, so join before counting. */
export function inlineText(content: readonly InlineNode[] | undefined): string {
  if (!content) return '';
  let text = '';
  for (const node of content) text += node.type === 'text' ? node.text : ' ';
  return text;
}

/** Every block in document order (depth first), without recursion. */
export function* walkBlocks(doc: MemoDoc): Generator<MemoBlock> {
  const stack: MemoBlock[] = doc.content.toReversed();
  while (stack.length > 0) {
    const block = stack.pop()!;
    yield block;
    switch (block.type) {
      case 'bulletList':
      case 'orderedList':
        for (let i = block.content.length - 1; i >= 0; i -= 1) {
          const item = block.content[i]!;
          for (let j = item.content.length - 1; j >= 0; j -= 1) stack.push(item.content[j]!);
        }
        break;
      case 'blockquote':
        for (let i = block.content.length - 1; i >= 0; i -= 1) stack.push(block.content[i]!);
        break;
      case 'table':
        for (let r = block.content.length - 1; r >= 0; r -= 1) {
          const row = block.content[r]!;
          for (let c = row.content.length - 1; c >= 0; c -= 1) {
            const cell = row.content[c]!;
            for (let k = cell.content.length - 1; k >= 0; k -= 1) stack.push(cell.content[k]!);
          }
        }
        break;
      default:
        break;
    }
  }
}

/** Citations in order of appearance, each use listed. */
export function citationsOf(doc: MemoDoc): CitationRef[] {
  const refs: CitationRef[] = [];
  for (const block of walkBlocks(doc)) {
    if (block.type !== 'paragraph' && block.type !== 'heading') continue;
    for (const node of block.content ?? []) {
      if (node.type === 'citation') refs.push({ kind: node.attrs.kind, refId: node.attrs.refId });
    }
  }
  return refs;
}

/** Words the analyst wrote: text and key indicators; generated tables are not counted. */
export function memoStats(doc: MemoDoc): MemoStats {
  let wordCount = 0;
  let citationCount = 0;
  for (const block of walkBlocks(doc)) {
    if (block.type === 'paragraph' || block.type === 'heading') {
      wordCount += countWords(inlineText(block.content));
      for (const node of block.content ?? []) if (node.type === 'citation') citationCount += 1;
    } else if (block.type === 'indicatorsTable') {
      for (const row of block.attrs.rows) wordCount += countWords(`${row.figure} ${row.label} ${row.explanation}`);
    }
  }
  return { wordCount, citationCount };
}

/** The memo as plain text, a block a line: what search indexes and shows in its snippets. */
export function memoPlainText(doc: MemoDoc): string {
  const lines: string[] = [];
  for (const block of walkBlocks(doc)) {
    if (block.type === 'paragraph' || block.type === 'heading') lines.push(inlineText(block.content));
    else if (block.type === 'indicatorsTable') for (const row of block.attrs.rows) lines.push(`${row.figure} ${row.label} ${row.explanation}`);
  }
  return lines.join('\n');
}
