import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { DossierError } from '../../../shared/api/errors';
import { MAX_HTML_NESTING, htmlToArticle } from '../../../electron/core/sources/htmlToArticle';
import { htmlMetadata, pageSignals, publishedDate } from '../../../electron/core/sources/htmlMetadata';
import { htmlNestingDepth } from '../../../electron/core/sources/htmlNestingDepth';
import { htmlToText } from '../../../electron/core/sources/htmlToText';

const fixtures = join(import.meta.dirname, '../../fixtures');
const articleHtml = readFileSync(join(fixtures, 'article.html'), 'utf8');
const hostileHtml = readFileSync(join(fixtures, 'hostile.html'), 'utf8');

const textOf = (bodyHtml: string): string => htmlToText(new JSDOM(`<body>${bodyHtml}</body>`).window.document.body);
const metadataOf = (headHtml: string, bodyHtml = ''): ReturnType<typeof htmlMetadata> =>
  htmlMetadata(pageSignals(new JSDOM(`<html><head>${headHtml}</head><body>${bodyHtml}</body></html>`).window.document), null);

async function refusal(html: string, fileName = 'page.html'): Promise<DossierError> {
  try {
    await htmlToArticle(html, fileName);
  } catch (error) {
    if (error instanceof DossierError) return error;
    throw error;
  }
  throw new Error('expected htmlToArticle to refuse the page');
}

/** Page furniture and hostile content that must never reach the text. */
const neverInText = [
  'SCRIPT RAN', 'WRITTEN BY SCRIPT', 'ONLOAD RAN', 'HANDLER RAN', 'ONERROR RAN', 'SVG', 'CSS TEXT', 'COMMENT TEXT',
  'NOSCRIPT', 'IFRAME TEXT', 'TEMPLATE TEXT', 'FORM VALUE', 'FORM BUTTON', 'Advertisement', 'Cheap flights',
  'Related stories', 'Karvenian markets rally', 'Sign up now', 'morning briefing', 'All rights reserved',
  'Privacy policy', 'Subscribe', 'Opinion', 'dataLayer', 'alert(', 'onmouseover', 'http://', '<', '>',
];

describe('htmlToArticle on a saved news page', () => {
  it('keeps the article with its structure and drops everything around it', async () => {
    const article = await htmlToArticle(articleHtml, 'article.html');
    expect(article.text).toBe(
      [
        'Grain ships to use Dravik again under Lindhaven deal',
        '',
        'LINDHAVEN — Negotiators from Karvenia and Selmara have agreed a schedule that would let grain ships use the port of Dravik again for the first time since the autumn, officials involved in the talks said on Saturday.',
        '',
        'The arrangement, reached after four days of meetings in the neutral city, would allow up to twelve vessels a week to load at Dravik under the supervision of inspectors from the Lindhaven Contact Group, according to a senior official who asked not to be named because the text has not been published.',
        '',
        'Delegates arrive for the third round of talks in Lindhaven.',
        '',
        'Gennady Vorontsov, who leads the Karvenian delegation, told reporters that the ceasefire that took effect on March 27 had "created the space for practical steps", but declined to confirm the number of ships.',
        '',
        'What the draft contains',
        '',
        '• Inspections of every vessel at the outer anchorage',
        '• A joint hotline between the two navies',
        '• A review of the 1953 transit convention within ninety days',
        '',
        'Port traffic has collapsed since the fighting began.',
        'Harbour records show the decline:',
        '',
        'Grain vessels loaded at Dravik',
        'Year | Vessels',
        '2024 | 412',
        '2025 | 97',
        '',
        '“Nobody in this room thinks the hard part is over,” one mediator said.',
        '',
        "Talks are due to resume after the weekend. Selmara's foreign ministry is expected to publish its own account of the agreement on Monday.",
      ].join('\n'),
    );
    for (const junk of neverInText) expect(article.text, junk).not.toContain(junk);
    expect(article.note).toBeUndefined();
  });

  it('reads the metadata', async () => {
    const article = await htmlToArticle(articleHtml, 'article.html');
    expect(article).toMatchObject({
      title: 'Grain ships to use Dravik again under Lindhaven deal',
      author: 'Tomas Reinholt',
      outlet: 'The Meridian Herald',
      published: '2026-03-28',
      url: 'https://meridian-herald.example/world/2026/03/28/dravik-grain-deal',
    });
  });

  it('runs no script and fetches nothing', async () => {
    const requests: string[] = [];
    const server = createServer((req: IncomingMessage, res) => {
      requests.push(req.url ?? '');
      res.end('document.body.innerHTML = "FETCHED SCRIPT RAN";');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const local = (html: string): string =>
        html.replaceAll('http://tracker.example', origin).replaceAll('http://ads.example', origin);
      expect(local(articleHtml)).toContain(origin);
      const article = await htmlToArticle(local(articleHtml), 'article.html');
      for (const junk of ['SCRIPT RAN', 'WRITTEN BY SCRIPT', 'ONLOAD RAN', 'HANDLER RAN']) expect(article.text).not.toContain(junk);
      expect(article.title).toBe('Grain ships to use Dravik again under Lindhaven deal');
      expect((await refusal(local(hostileHtml))).code).toBe('FILE_EMPTY');
      // Give any stray request (image, stylesheet, frame, script, refresh) time to arrive.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(requests).toEqual([]);
    } finally {
      server.close();
    }
  });

  it('uses fixtures whose scripts would change the page if they ran', () => {
    // Control for the test above: with scripts enabled, jsdom runs them and the text changes.
    const dom = new JSDOM(articleHtml, { runScripts: 'dangerously' });
    expect(dom.window.document.title).toBe('SCRIPT RAN');
    expect(dom.window.document.body.textContent).toContain('WRITTEN BY SCRIPT');
    dom.window.close();
  });

  it('refuses a page of scripts, frames and handlers with no readable text', async () => {
    const error = await refusal(hostileHtml, 'hostile.html');
    expect(error.code).toBe('FILE_EMPTY');
    expect(error.message).toBe('"hostile.html" has no readable text: only scripts, styles, frames or other embedded content.');
  });

  it('falls back to the page text, without page furniture, when there is no article', async () => {
    const html = `<html><head><title>Notice</title></head><body>
      <nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <header>Ministry of Foreign Affairs</header>
      <div role="navigation">Skip to content</div>
      <div>The press office is closed on Monday.</div>
      <aside>Related: visa rules</aside><footer>© Ministry</footer></body></html>`;
    const article = await htmlToArticle(html, 'notice.html');
    expect(article.text).toBe('The press office is closed on Monday.');
    expect(article.note).toBe('No separate article was found on the page, so its whole text was kept, without menus, headers and footers.');
    expect(article.title).toBe('Notice');
  });

  it('keeps the text of a huge page without running Readability on it', async () => {
    const rows = Array.from({ length: 6000 }, (_, i) => `<tr><td>${i}</td><td>row</td></tr>`).join('');
    const article = await htmlToArticle(`<body><nav>Menu</nav><h1>Ledger</h1><table>${rows}</table></body>`, 'ledger.html');
    expect(article.note).toBe('The page is very large, so all of its text was kept instead of looking for the main article.');
    expect(article.text.startsWith('Ledger\n\n0 | row\n1 | row\n')).toBe(true);
    expect(article.text).toContain('5999 | row');
  });

  it('refuses absurdly deep nesting before parsing it', async () => {
    const depth = 200_000;
    const started = performance.now();
    const error = await refusal(`${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}`, 'deep.html');
    expect(performance.now() - started).toBeLessThan(5000);
    expect(error.code).toBe('FILE_UNSUPPORTED');
    expect(error.message).toBe(
      `"deep.html" nests its elements more than ${MAX_HTML_NESTING} levels deep, which no normal web page does; it was not imported.`,
    );
  });

  it('still reads a page with ordinary nesting and many unclosed list items', async () => {
    const items = Array.from({ length: 300 }, (_, i) => `<li>Item ${i}`).join('');
    const html = `<body>${'<div>'.repeat(60)}<p>A list of items follows.</p><ul>${items}</ul>${'</div>'.repeat(60)}</body>`;
    expect(htmlNestingDepth(html, MAX_HTML_NESTING)).toBeLessThan(70);
    const article = await htmlToArticle(html, 'list.html');
    expect(article.text).toContain('• Item 299');
  });
});

describe('htmlToText', () => {
  it('separates headings and paragraphs with blank lines and collapses inline whitespace', () => {
    expect(textOf('<h1>Title</h1>\n<p>First   para\n  continues <b>bold</b> and <i>italic</i>.</p><p>Second&nbsp;para &amp; more.</p>')).toBe(
      'Title\n\nFirst para continues bold and italic.\n\nSecond\u00a0para & more.',
    );
  });

  it('puts list items on their own lines, numbered for ordered lists, indented when nested', () => {
    expect(
      textOf('<p>Before</p><ul><li>One</li><li>Two<ul><li>Two a</li><li>Two b</li></ul></li></ul><ol start="3"><li>Third</li><li>Fourth</li></ol><p>After</p>'),
    ).toBe('Before\n\n• One\n• Two\n  • Two a\n  • Two b\n\n3. Third\n4. Fourth\n\nAfter');
  });

  it('turns <br> into newlines and keeps preformatted text', () => {
    expect(textOf('<p>Line one<br>Line two<br><br>Line four</p><pre>  code\n    indented</pre>')).toBe(
      'Line one\nLine two\n\nLine four\n\n  code\n    indented',
    );
  });

  it('writes table rows as lines with cells separated by bars', () => {
    expect(
      textOf('<table><caption>Vessels</caption><tr><th>Year</th><th>Count</th></tr><tr><td><p>2024</p></td><td>412 <br>ships</td></tr></table>'),
    ).toBe('Vessels\nYear | Count\n2024 | 412 ships');
  });

  it('never outputs scripts, styles, frames, forms controls, hidden elements or comments', () => {
    expect(
      textOf(
        '<p>Visible</p><script>var x = "SCRIPT";</script><style>p{}</style><iframe srcdoc="<p>FRAME</p>"></iframe>' +
          '<!-- COMMENT --><p hidden>HIDDEN</p><p style="display: none">NONE</p><p aria-hidden="true">ARIA</p>' +
          '<button>BUTTON</button><select><option>OPTION</option></select><textarea>TEXTAREA</textarea>' +
          '<noscript>NOSCRIPT</noscript><template>TEMPLATE</template><svg><text>SVG</text></svg><p>End</p>',
      ),
    ).toBe('Visible\n\nEnd');
  });

  it('keeps the whole page inside a page-wrapping form, but drops a newsletter form', () => {
    const body = '<form><h1>Report</h1><p>Body text.</p></form><form><label>Email</label><input></form>';
    expect(htmlToText(new JSDOM(`<body>${body}</body>`).window.document.body, { wholePage: true })).toBe('Report\n\nBody text.');
  });
});

describe('htmlMetadata', () => {
  it('falls back from og:title to the <title> tag', () => {
    expect(metadataOf('<meta property="og:title" content="OG headline"><title>Tag title</title>').title).toBe('OG headline');
    expect(metadataOf('<title>  Tag\n title </title>').title).toBe('Tag title');
  });

  it('finds the author in meta tags but not in profile links', () => {
    expect(metadataOf('<meta property="article:author" content="https://social.example/tomas"><meta name="byl" content="By Ana Ruiz">').author).toBe('Ana Ruiz');
    expect(metadataOf('', '<a rel="author" href="/a">Lea Brandt</a>').author).toBe('Lea Brandt');
  });

  it('finds the outlet', () => {
    expect(metadataOf('<meta name="application-name" content="Nordline News">').outlet).toBe('Nordline News');
  });

  it('keeps only absolute http(s) addresses, never fetching them', () => {
    expect(metadataOf('<link rel="canonical" href="/relative/path"><meta property="og:url" content="https://nna.example/a">').url).toBe('https://nna.example/a');
    expect(metadataOf('<link rel="canonical" href="javascript:alert(1)">').url).toBeUndefined();
    expect(metadataOf('<meta property="og:url" content="file:///etc/passwd">').url).toBeUndefined();
  });

  it('reads the date from meta tags or a <time> element', () => {
    expect(metadataOf('<meta name="date" content="2026-03-29">').published).toBe('2026-03-29');
    expect(metadataOf('', '<p>Posted <time datetime="2026-03-28T23:30:00-05:00">late</time></p>').published).toBe('2026-03-28');
  });

  it('keeps dates as YYYY-MM-DD when they parse and as written otherwise', () => {
    expect(publishedDate('2026-03-28T09:14:00+01:00')).toBe('2026-03-28');
    expect(publishedDate('2026-03-28')).toBe('2026-03-28');
    expect(publishedDate('March 28, 2026')).toBe('2026-03-28');
    expect(publishedDate('28 March 2026')).toBe('2026-03-28');
    expect(publishedDate('2026-02-30')).toBe('2026-02-30');
    expect(publishedDate('Spring 2026')).toBe('Spring 2026');
    expect(publishedDate('last Tuesday')).toBe('last Tuesday');
    expect(publishedDate('  ')).toBeUndefined();
  });
});
