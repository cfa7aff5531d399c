/** Elements whose content is never memo text (and could load or run something). */
const DROPPED = 'script, style, link, meta, img, picture, source, video, audio, iframe, object, embed, svg, math, canvas, form, input, button, select, textarea, template, noscript, head, title, base';

/**
 * Pasted HTML (a web page, Word, Outlook) before the editor's schema reads
 * it: elements that carry no memo text are removed with their content, and
 * every attribute goes except table spans. The schema then keeps only what a
 * memo has (no images, links or styles), so nothing pasted can reach outside.
 * Parsed in an inert document: nothing loads or runs while cleaning.
 */
export function sanitizePastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const element of Array.from(doc.querySelectorAll(DROPPED))) element.remove();
  // Word's conditional comments and other comments.
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) comments.push(n);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  for (const element of Array.from(doc.body.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      const keep = ((attribute.name === 'colspan' || attribute.name === 'rowspan') && /^\d{1,3}$/.test(attribute.value)) || attribute.name === 'data-pm-slice';
      // Dossier's own copies (citations, blocks) carry data attributes the editor reads back.
      const dossier = attribute.name.startsWith('data-') && element.closest('[data-citation], [data-memo-block]') !== null;
      if (!keep && !dossier) element.removeAttribute(attribute.name);
    }
  }
  return doc.body.innerHTML;
}
