import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { MemoExport } from '../../../shared/api/memoTypes';
import { fullMemoDoc, memoProject, paragraphsDoc } from './memoTestProject';

const MARKING = 'INTERNAL — DO NOT FORWARD';
const options = { pageSize: 'Letter' as const, margins: { top: 25, right: 20, bottom: 25, left: 20 }, marking: MARKING, date: '2026-03-27' };

async function exportAll(p: Awaited<ReturnType<typeof memoProject>>, id: string) {
  const [html, markdown, docx, printHtml] = await Promise.all(
    (['html', 'markdown', 'docx', 'printHtml'] as const).map((format) => p.t.call('memos.export', { id, format, options })),
  );
  return { html: html!, markdown: markdown!, docx: docx!, printHtml: printHtml! };
}

function unzipDocx(result: MemoExport): Record<string, string> {
  const files = unzipSync(Buffer.from(result.dataBase64!, 'base64'));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** Text of a WordprocessingML part, runs joined. */
function wordText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

async function memoWithEverything() {
  const p = await memoProject();
  const memo = await p.t.call('memos.create', { title: 'Dravik: talks at risk' });
  await p.t.call('memos.save', { id: memo.id, doc: fullMemoDoc(p), baseRevision: 0 });
  return { p, memo };
}

describe('memo export', () => {
  it('renders one memo to HTML, Markdown, DOCX and print HTML from the stored document, with the same notes and sources', async () => {
    const { p, memo } = await memoWithEverything();
    const out = await exportAll(p, memo.id);
    for (const result of Object.values(out)) expect(result.removedSources).toEqual([]);
    expect(out.html).toMatchObject({ fileName: 'Dravik- talks at risk.html', mimeType: 'text/html' });
    expect(out.markdown).toMatchObject({ fileName: 'Dravik- talks at risk.md', mimeType: 'text/markdown' });
    expect(out.docx.fileName).toBe('Dravik- talks at risk.docx');
    expect(out.docx.text).toBeUndefined();

    // HTML: headings, marks, notes numbered by first use (the claim cited twice keeps number 1), live tables, sources.
    const html = out.html.text!;
    expect(html).toContain('<h1>Dravik: talks at risk</h1>');
    expect(html).toContain('<h2>Bottom line</h2>');
    expect(html).toContain('<strong>fragile</strong>');
    expect(html).toContain('<em>may</em>');
    expect(html).toContain('<u>collapse</u>');
    expect([...html.matchAll(/<sup class="note"><a href="#source-(\d+)">/g)].map((m) => m[1])).toEqual(['1', '2', '3', '1']);
    expect(html).toContain(
      '<ol class="sources"><li id="source-1" value="1">The talks may collapse within weeks. “The minister warned of a collapse of the talks within weeks.” — Talks resume, Northern Herald, 2 Apr 2022. Grade B2.</li>' +
        '<li id="source-2" value="2">“Negotiators met in Dravik on March 27.” — Talks resume, Northern Herald, 2 Apr 2022. Grade B.</li>' +
        '<li id="source-3" value="3">The ceasefire line moved. “the ceasefire line was redrawn overnight” — Line redrawn, Coastal Gazette, 5 Apr 2022. Grade C3.</li></ol>',
    );
    expect(html).toContain('<th><p>Name</p></th>');
    expect(html).toContain('<caption>Gennady Vorontsov</caption>');
    expect(html).toContain('G. Vorontsov');
    expect(html).toContain('<caption>Negotiations</caption>');
    expect(html.indexOf('Round one in Dravik')).toBeLessThan(html.indexOf('Warning of collapse'));
    expect(html).toContain('<caption>Claims graded B2 or better</caption>');
    expect(html).toContain('<td><p>The talks may collapse within weeks</p></td>');
    expect(html).not.toContain('<td><p>The ceasefire line moved</p></td>');
    expect(html).toContain('<td><p>Talks continue despite warnings</p></td>');
    expect(html).toContain('<blockquote><p>A quoted remark</p></blockquote>');
    expect(html).toContain('<ul><li><p>First judgment</p></li><li><p>Second judgment</p><ol><li><p>Nested step</p></li></ol></li></ul>');
    expect(html.match(/INTERNAL — DO NOT FORWARD/g)).toHaveLength(2);

    // Markdown: [^n] in the text, definitions at the end, GitHub tables.
    const md = out.markdown.text!;
    expect(md.startsWith(`**${MARKING}**\n\n# Dravik: talks at risk\n\n*27 Mar 2026*\n\n## Bottom line\n\n`)).toBe(true);
    expect(md).toContain('Talks are **fragile** and *may* collapse[^1]. They met in Dravik[^2]\\\nThe line moved[^3]; again, collapse is likely[^1].');
    expect(md).toContain('| Name | Role | Why they matter |\n| --- | --- | --- |\n| Vorontsov | Negotiator | Holds the pen |');
    expect(md).toContain('- First judgment\n- Second judgment\n\n  1. Nested step');
    expect(md).toContain('> A quoted remark');
    expect(md).toContain('1. Talks resume, Northern Herald, 2 Apr 2022. Grade B2.\n2. Talks resume, Northern Herald, 2 Apr 2022. Grade B.\n3. Line redrawn, Coastal Gazette, 5 Apr 2022. Grade C3.');
    const definitions = md.slice(md.lastIndexOf(`**${MARKING}**`));
    expect(definitions).toContain('[^1]: The talks may collapse within weeks. “The minister warned of a collapse of the talks within weeks.” — Talks resume, Northern Herald, 2 Apr 2022. Grade B2.');
    expect(definitions).toContain('[^2]: “Negotiators met in Dravik on March 27.” — Talks resume, Northern Herald, 2 Apr 2022. Grade B.');
    expect(definitions).toMatch(/\[\^3\]: The ceasefire line moved\. “the ceasefire line was redrawn overnight” — Line redrawn, Coastal Gazette, 5 Apr 2022\. Grade C3\.\n$/);

    // DOCX: Word footnotes, headings, tables, the marking in header and footer, page numbers.
    const docx = unzipDocx(out.docx);
    const document = docx['word/document.xml']!;
    const footnotes = docx['word/footnotes.xml']!;
    expect([...document.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1])).toEqual(['1', '2', '3']);
    for (const n of [1, 2, 3]) expect(footnotes).toMatch(new RegExp(`<w:footnote w:id="${n}">`));
    expect(wordText(footnotes)).toContain('The talks may collapse within weeks. “The minister warned of a collapse of the talks within weeks.” — Talks resume, Northern Herald, 2 Apr 2022. Grade B2.');
    expect(wordText(footnotes)).toContain('“Negotiators met in Dravik on March 27.”');
    // The second use of note 1 repeats its number rather than making a fourth footnote.
    expect(document).toMatch(/<w:vertAlign w:val="superscript"\/><\/w:rPr><w:t xml:space="preserve">1<\/w:t>/);
    expect(document).toContain('<w:pStyle w:val="Title"/>');
    expect(document.match(/<w:pStyle w:val="Heading1"\/>/g)!.length).toBeGreaterThanOrEqual(6);
    expect(document.match(/<w:tbl>/g)!.length).toBe(5);
    expect(document).toContain('<w:tblHeader/>');
    expect(wordText(document)).toContain('Gennady Vorontsov');
    expect(wordText(document)).toContain('3.\tLine redrawn, Coastal Gazette, 5 Apr 2022. Grade C3.');
    expect(document).toContain('<w:pgSz w:w="12240" w:h="15840"');
    const headers = Object.keys(docx).filter((name) => /^word\/header\d+\.xml$/.test(name));
    const footers = Object.keys(docx).filter((name) => /^word\/footer\d+\.xml$/.test(name));
    expect(headers.length).toBeGreaterThan(0);
    expect(footers.length).toBeGreaterThan(0);
    for (const part of [...headers, ...footers]) expect(wordText(docx[part]!)).toContain(MARKING);
    expect(footers.map((f) => docx[f]!).join('')).toMatch(/PAGE[\s\S]*NUMPAGES/);

    // Print view: the same body, with paged media for Chromium.
    const print = out.printHtml.text!;
    expect(print).toContain('<h2>Bottom line</h2>');
    expect(print).toMatch(/@page \{\s*size: letter;\s*margin: 25mm 20mm 25mm 20mm;/);
    expect(print).toMatch(/@top-center \{ content: "INTERNAL — DO NOT FORWARD";/);
    expect(print).toMatch(/@bottom-center \{ content: "INTERNAL — DO NOT FORWARD";/);
    expect(print).toMatch(/@top-right \{ content: "27 Mar 2026";/);
    expect(print).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
  });

  it('writes standalone HTML and print HTML that refer to nothing outside the file', async () => {
    const { p, memo } = await memoWithEverything();
    const out = await exportAll(p, memo.id);
    for (const text of [out.html.text!, out.printHtml.text!]) {
      expect(text).not.toMatch(/https?:/i);
      expect(text).not.toContain('//');
      expect(text).not.toMatch(/url\s*\(/i);
      expect(text).not.toMatch(/@import|<script|<link|<img|<iframe|<object|\bsrc=/i);
      expect([...text.matchAll(/href="([^"]*)"/g)].every((m) => m[1]!.startsWith('#source-'))).toBe(true);
      expect(text).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    }
  });

  it('renders citations to deleted claims and passages as "[source removed]" in every format, lists them, and still exports', async () => {
    const { p, memo } = await memoWithEverything();
    await p.t.call('claims.delete', { id: p.line.id });
    await p.t.call('sources.delete', { id: p.herald.sourceId! });
    const out = await exportAll(p, memo.id);
    // Note 1 is a live claim whose passages are gone with their source; 2 is a passage of that source; 3 a deleted claim.
    const removed = [
      { n: 2, kind: 'annotation', refId: p.met.id },
      { n: 3, kind: 'claim', refId: p.line.id },
    ];
    for (const result of Object.values(out)) expect(result.removedSources).toEqual(removed);
    expect(out.html.text).toContain('<li id="source-3" value="3" class="removed">[source removed]</li>');
    expect(out.printHtml.text).toContain('<li id="source-2" value="2" class="removed">[source removed]</li>');
    expect(out.markdown.text).toContain('[^2]: \\[source removed\\]');
    expect(out.markdown.text).toContain('[^3]: \\[source removed\\]');
    expect(out.markdown.text).toContain('[^1]: The talks may collapse within weeks. (its cited passages are no longer in the project) Grade B2.');
    const docx = unzipDocx(out.docx);
    expect(wordText(docx['word/footnotes.xml']!).match(/\[source removed\]/g)).toHaveLength(2);
    expect(wordText(docx['word/document.xml']!)).toContain('3.\t[source removed]');

    // memos.citations tells the editor the same.
    const infos = await p.t.call('memos.citations', {
      refs: [
        { kind: 'claim', refId: p.collapse.id },
        { kind: 'annotation', refId: p.redrawn.id },
        { kind: 'claim', refId: p.line.id },
        { kind: 'annotation', refId: 'never-existed' },
      ],
    });
    expect(infos.map((i) => [i.removed, i.grade, i.sourceTitle])).toEqual([
      [false, 'B2', ''],
      [false, 'C', 'Line redrawn'],
      [true, '', ''],
      [true, '', ''],
    ]);
    expect(infos[1]).toMatchObject({ quote: 'the ceasefire line was redrawn overnight', outlet: 'Coastal Gazette', published: '2022-04-05', sourceId: p.gazette.sourceId });

    // Restored from the Trash, the evidence is back in the export.
    await p.t.call('trash.restore', { kind: 'claim', id: p.line.id });
    await p.t.call('trash.restore', { kind: 'source', id: p.herald.sourceId! });
    expect((await p.t.call('memos.export', { id: memo.id, format: 'markdown', options })).removedSources).toEqual([]);
  });

  it('shows live blocks as the project is now, and frozen blocks as they were frozen', async () => {
    const { p } = await memoWithEverything();
    const block = { type: 'timelineTable' as const, attrs: { timelineId: p.talks.id, typeIds: null, from: '2022-03-28', to: null, frozen: null } };
    const live = await p.t.call('memos.liveBlock', { block });
    expect(live).toEqual({ title: 'Negotiations, from 28 Mar 2022', columns: ['Date', 'Event', 'Type', 'Place'], rows: [['1 Apr 2022', 'Warning of collapse', '', '']], note: '' });

    const memo = await p.t.call('memos.create', { title: 'Frozen' });
    const doc = {
      type: 'doc' as const,
      content: [
        { ...block, attrs: { ...block.attrs, frozen: live } },
        { type: 'entityCard' as const, attrs: { entityId: p.vorontsov.id, frozen: null } },
        { type: 'claimsTable' as const, attrs: { entityId: null, status: 'refuted' as const, minGrade: null, frozen: null } },
      ],
    };
    await p.t.call('memos.save', { id: memo.id, doc, baseRevision: 0 });
    await p.t.call('events.create', { title: 'Round two', dateEdtf: '2022-04-10', timelineIds: [p.talks.id] });
    await p.t.call('entities.delete', { id: p.vorontsov.id });
    const md = (await p.t.call('memos.export', { id: memo.id, format: 'markdown', options })).text!;
    expect(md).not.toContain('Round two');
    expect(md).toContain('| 1 Apr 2022 | Warning of collapse |  |  |');
    expect(md).toContain('**\\[entity removed\\]**\n\n*This entity is no longer in the project.*');
    expect(md).toContain('*No claims match.*');
    expect((await p.t.call('memos.liveBlock', { block })).rows.map((r) => r[1])).toEqual(['Warning of collapse', 'Round two']);
  });

  it('exports a memo of 10,000 paragraphs to every format', async () => {
    const p = await memoProject();
    const memo = await p.t.call('memos.create', { title: 'Very long' });
    await p.t.call('memos.save', { id: memo.id, doc: paragraphsDoc(10_000), baseRevision: 0 });
    const out = await exportAll(p, memo.id);
    expect(out.html.text!.match(/<p>/g)).toHaveLength(10_000);
    expect(out.markdown.text).toContain('Paragraph 10000 of the long memo');
    expect(wordText(unzipDocx(out.docx)['word/document.xml']!)).toContain('Paragraph 10000 of the long memo');
  });

  it('keeps the marking a plain string in the print CSS, and refuses a marking of several lines', async () => {
    const { p, memo } = await memoWithEverything();
    const marking = 'SECRET "x" </style><script>alert(1)</script> \\';
    const print = (await p.t.call('memos.export', { id: memo.id, format: 'printHtml', options: { ...options, marking } })).text!;
    expect(print.match(/<\/style>/g)).toHaveLength(1);
    expect(print).not.toContain('<script>');
    expect(print).toContain('@top-center { content: "SECRET \\22 x\\22  \\3c /style\\3e \\3c script\\3e alert(1)\\3c /script\\3e  \\5c ";');
    const error = await p.t.fail('memos.export', { id: memo.id, format: 'printHtml', options: { ...options, marking: 'one\ntwo' } });
    expect(error).toMatchObject({ code: 'BAD_INPUT' });
    expect(error.message).toContain('a marking is one line');
    expect((await p.t.fail('memos.export', { id: memo.id, format: 'pdf', options })).code).toBe('BAD_INPUT');
  });
});
