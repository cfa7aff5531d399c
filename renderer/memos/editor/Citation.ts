import { mergeAttributes, Node } from '@tiptap/core';
import type { Decoration } from '@tiptap/pm/view';
import { memosStrings as s } from '../memosStrings';
import { citationNumbersPlugin, type CitationDecorationSpec } from './citationNumbers';

function specOf(decorations: readonly Decoration[]): CitationDecorationSpec | null {
  for (const d of decorations) {
    const spec = d.spec as Partial<CitationDecorationSpec>;
    if (typeof spec.citationNumber === 'number') return spec as CitationDecorationSpec;
  }
  return null;
}

/**
 * A footnote to a claim or a highlighted passage: an inline atom
 * ({kind, refId}) shown as its superscript number in document order.
 * Plain DOM (not React): a memo can have hundreds.
 */
export const Citation = Node.create({
  name: 'citation',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return {
      kind: {
        default: 'claim',
        parseHTML: (element) => (element.getAttribute('data-kind') === 'annotation' ? 'annotation' : 'claim'),
        renderHTML: (attributes) => ({ 'data-kind': attributes.kind as string }),
      },
      refId: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-ref-id') ?? '',
        renderHTML: (attributes) => ({ 'data-ref-id': attributes.refId as string }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'sup[data-citation]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['sup', mergeAttributes({ 'data-citation': '', class: 'memo-citation' }, HTMLAttributes)];
  },

  renderText() {
    return '';
  },

  addNodeView() {
    return ({ node, decorations }) => {
      const dom = document.createElement('sup');
      dom.className = 'memo-citation';
      dom.dataset.citation = '';
      dom.dataset.kind = String(node.attrs.kind);
      dom.dataset.refId = String(node.attrs.refId);
      dom.contentEditable = 'false';
      // Announced as a footnote reference; the keyboard reaches it with the arrow keys (the card then shows).
      dom.setAttribute('role', 'doc-noteref');
      let shown = '';
      const paint = (decos: readonly Decoration[]) => {
        const spec = specOf(decos);
        const n = spec ? String(spec.citationNumber) : '?';
        const next = `${n}|${spec?.removed ? 1 : 0}`;
        if (next === shown) return;
        shown = next;
        dom.textContent = spec?.removed ? `${n} ${s.sourceRemoved}` : n;
        dom.dataset.n = n;
        dom.classList.toggle('removed', spec?.removed === true);
        dom.setAttribute('aria-label', spec?.removed ? s.footnoteRemoved(n) : s.footnote(n));
      };
      paint(decorations);
      return {
        dom,
        update: (updated, decos) => {
          if (updated.type.name !== 'citation' || updated.attrs.refId !== dom.dataset.refId || updated.attrs.kind !== dom.dataset.kind) return false;
          paint(decos);
          return true;
        },
        ignoreMutation: () => true,
      };
    };
  },

  addProseMirrorPlugins() {
    return [citationNumbersPlugin()];
  },
});
