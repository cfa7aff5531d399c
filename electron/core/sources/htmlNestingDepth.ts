/** Elements that never have content, so never nest. */
const voidTags = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen', 'link',
  'meta', 'param', 'source', 'track', 'wbr',
]);
/** Elements the parser closes by itself when a sibling opens: a thousand unclosed <li> are not deep. */
const impliedEndTags = new Set([
  'body', 'caption', 'colgroup', 'dd', 'dt', 'head', 'html', 'li', 'optgroup', 'option', 'p', 'rb', 'rp', 'rt', 'rtc',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr',
]);
/** Their content is text up to the matching end tag. */
const rawTextTags = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

/**
 * How deeply an HTML source nests its elements, estimated from the tags without parsing,
 * stopping as soon as it passes `limit`. jsdom's parser slows down quadratically with depth
 * (20,000 nested <div>s take a minute), so absurd nesting has to be refused before parsing.
 * Linear in the input: every search moves forward.
 */
export function htmlNestingDepth(html: string, limit: number): number {
  const lower = html.toLowerCase();
  let depth = 0;
  let deepest = 0;
  let at = lower.indexOf('<');
  while (at >= 0 && at < lower.length) {
    if (lower.startsWith('<!--', at)) {
      const end = lower.indexOf('-->', at + 4);
      if (end < 0) break;
      at = lower.indexOf('<', end + 3);
      continue;
    }
    const tag = /^<(\/?)([a-z][a-z0-9:-]*)/.exec(lower.slice(at, at + 64));
    const close = lower.indexOf('>', at + 1);
    if (close < 0) break;
    if (tag) {
      const [, slash, name] = tag as unknown as [string, string, string];
      const counted = !voidTags.has(name) && !impliedEndTags.has(name);
      if (slash === '/') {
        if (counted && depth > 0) depth--;
      } else if (lower[close - 1] !== '/') {
        if (rawTextTags.has(name)) {
          const end = lower.indexOf(`</${name}`, close + 1);
          if (end < 0) break;
          at = end;
          continue;
        }
        if (counted) {
          depth++;
          if (depth > deepest) deepest = depth;
          if (deepest > limit) return deepest;
        }
      }
    }
    at = lower.indexOf('<', close + 1);
  }
  return deepest;
}

/** The deepest element nesting under a parsed root, counted without recursion. */
export function domNestingDepth(root: Element, limit: number): number {
  let deepest = 0;
  const stack: Array<[Element, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    for (let child = el.firstElementChild; child !== null; child = child.nextElementSibling) {
      stack.push([child, depth + 1]);
    }
  }
  return deepest;
}
