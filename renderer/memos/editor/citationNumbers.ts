import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** What the footnote number view reads from its decoration. */
export interface CitationDecorationSpec {
  citationNumber: number;
  removed: boolean;
}

export const citationNumbersKey = new PluginKey<CitationNumbersState>('citationNumbers');

interface CitationNumbersState {
  decorations: DecorationSet;
  /** `kind:refId` of citations whose claim or passage is gone. */
  removed: ReadonlySet<string>;
}

export const citationKey = (kind: string, refId: string): string => `${kind}:${refId}`;

/**
 * Footnote numbers in document order, as the exports number them: each
 * claim or passage gets a number at its first use, and later uses of the same
 * one repeat it.
 */
export function numberCitations(doc: PmNode): { pos: number; size: number; n: number; key: string }[] {
  const numbers = new Map<string, number>();
  const found: { pos: number; size: number; n: number; key: string }[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'citation') {
      const key = citationKey(String(node.attrs.kind), String(node.attrs.refId));
      let n = numbers.get(key);
      if (n === undefined) {
        n = numbers.size + 1;
        numbers.set(key, n);
      }
      found.push({ pos, size: node.nodeSize, n, key });
      return false;
    }
    // Only blocks that can hold inline content (or other blocks) need a look inside.
    return !node.isTextblock || node.childCount > 0;
  });
  return found;
}

function build(doc: PmNode, removed: ReadonlySet<string>): DecorationSet {
  const decorations = numberCitations(doc).map(({ pos, size, n, key }) => {
    const spec: CitationDecorationSpec = { citationNumber: n, removed: removed.has(key) };
    return Decoration.node(pos, pos + size, {}, spec);
  });
  return DecorationSet.create(doc, decorations);
}

function hasCitation(node: { descendants: PmNode['descendants'] }): boolean {
  let found = false;
  node.descendants((child) => {
    if (found) return false;
    if (child.type.name === 'citation') found = true;
    return !found && !child.isText;
  });
  return found;
}

/**
 * Whether a transaction may change the numbering: it inserts or removes a
 * citation. Typing elsewhere (the usual case) only maps the decorations, so a
 * long memo is not walked on every keystroke.
 */
export function touchesCitations(tr: Transaction): boolean {
  for (let i = 0; i < tr.steps.length; i += 1) {
    const step = tr.steps[i] as unknown as { from?: number; to?: number; slice?: { content: PmNode['content'] } };
    const before = tr.docs[i];
    if (step.slice && hasCitation(step.slice.content as unknown as PmNode)) return true;
    if (before && typeof step.from === 'number' && typeof step.to === 'number' && step.to > step.from) {
      let found = false;
      before.nodesBetween(step.from, step.to, (node) => {
        if (found) return false;
        if (node.type.name === 'citation') found = true;
        return !found;
      });
      if (found) return true;
    }
    if (!step.slice && typeof step.from !== 'number') return true;
  }
  return false;
}

/** Keeps each citation's footnote number (and whether its evidence is gone) as a node decoration. */
export function citationNumbersPlugin(): Plugin<CitationNumbersState> {
  return new Plugin<CitationNumbersState>({
    key: citationNumbersKey,
    state: {
      init: (_config, state) => ({ decorations: build(state.doc, new Set()), removed: new Set() }),
      apply: (tr, value) => {
        const removed = (tr.getMeta(citationNumbersKey) as { removed?: ReadonlySet<string> } | undefined)?.removed;
        if (removed) return { decorations: build(tr.doc, removed), removed };
        if (!tr.docChanged) return value;
        if (touchesCitations(tr)) return { decorations: build(tr.doc, value.removed), removed: value.removed };
        return { decorations: value.decorations.map(tr.mapping, tr.doc), removed: value.removed };
      },
    },
    props: {
      decorations: (state) => citationNumbersKey.getState(state)?.decorations ?? null,
    },
  });
}
