import type { MemoExportOptions } from '../../../../shared/api/memoTypes';
import type { RenderBlock, RenderInline, RenderModel } from './renderModel';

/**
 * The memo as one HTML file: styles inline, no script, no image, no link
 * outside the file (a Content-Security-Policy says so to the browser too).
 * The print view is the same document with paged-media CSS: page size,
 * margins, and in the page margins the marking, date and page numbers,
 * which Chromium prints (Electron's printToPDF and browser mode alike).
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A CSS string literal for the page margin boxes: quotes, backslashes, line ends and `<` escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

function inlineHtml(inlines: readonly RenderInline[]): string {
  let html = '';
  for (const inline of inlines) {
    if (inline.t === 'break') html += '<br>';
    else if (inline.t === 'note') html += `<sup class="note"><a href="#source-${inline.n}">${inline.n}</a></sup>`;
    else {
      let text = escapeHtml(inline.text);
      if (inline.underline) text = `<u>${text}</u>`;
      if (inline.italic) text = `<em>${text}</em>`;
      if (inline.bold) text = `<strong>${text}</strong>`;
      html += text;
    }
  }
  return html;
}

/** HTML has no page footnotes: the Sources list carries each note in full, and the markers link to it. */
function sourcesHtml(model: RenderModel): string {
  if (model.notes.length === 0) return '<p class="empty">No sources cited.</p>';
  const items = model.notes.map(
    (note) => `<li id="source-${note.n}" value="${note.n}"${note.info.removed ? ' class="removed"' : ''}>${escapeHtml(note.text)}</li>`,
  );
  return `<ol class="sources">${items.join('')}</ol>`;
}

function blocksHtml(blocks: readonly RenderBlock[], model: RenderModel): string {
  let html = '';
  for (const block of blocks) {
    switch (block.t) {
      case 'heading': {
        // The memo's title is the page's h1: its sections start at h2.
        const tag = `h${block.level + 1}`;
        html += `<${tag}>${inlineHtml(block.inlines)}</${tag}>`;
        break;
      }
      case 'paragraph':
        html += `<p>${inlineHtml(block.inlines)}</p>`;
        break;
      case 'list': {
        const tag = block.ordered ? 'ol' : 'ul';
        const start = block.ordered && block.start !== 1 ? ` start="${block.start}"` : '';
        html += `<${tag}${start}>${block.items.map((item) => `<li>${blocksHtml(item, model)}</li>`).join('')}</${tag}>`;
        break;
      }
      case 'quote':
        html += `<blockquote>${blocksHtml(block.blocks, model)}</blockquote>`;
        break;
      case 'rule':
        html += '<hr>';
        break;
      case 'table': {
        const title = block.title ? `<caption>${escapeHtml(block.title)}</caption>` : '';
        // Leading rows of header cells go in <thead>: a table running over pages repeats them on each.
        let headRows = 0;
        while (headRows < block.rows.length - 1 && block.rows[headRows]!.every((cell) => cell.header && cell.rowspan === 1)) headRows += 1;
        const rowsHtml = (rows: typeof block.rows): string =>
          rows
          .map(
            (row) =>
              `<tr>${row
                .map((cell) => {
                  const tag = cell.header ? 'th' : 'td';
                  const span = (cell.colspan > 1 ? ` colspan="${cell.colspan}"` : '') + (cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : '');
                  return `<${tag}${span}>${blocksHtml(cell.blocks, model)}</${tag}>`;
                })
                .join('')}</tr>`,
          )
          .join('');
        const head = rowsHtml(block.rows.slice(0, headRows));
        const rows = (head ? `<thead>${head}</thead>` : '') + `<tbody>${rowsHtml(block.rows.slice(headRows))}</tbody>`;
        const note = block.note ? `<p class="table-note">${escapeHtml(block.note)}</p>` : '';
        html += `<figure class="table">${block.rows.length > 0 ? `<table>${title}${rows}</table>` : title ? `<p class="table-title">${escapeHtml(block.title)}</p>` : ''}${note}</figure>`;
        break;
      }
      case 'sources':
        html += sourcesHtml(model);
        break;
    }
  }
  return html;
}

const BASE_CSS = `
:root { color-scheme: light; }
body { font: 11pt/1.45 "Source Serif 4", "Charter", "Georgia", "Times New Roman", serif; color: #1a1a1a; margin: 0; }
main { max-width: 46em; margin: 0 auto; padding: 2em 1.5em; }
header.memo { border-bottom: 2px solid #1a1a1a; margin-bottom: 1.5em; padding-bottom: .5em; }
header.memo h1 { font: 600 20pt/1.2 "Inter", "Helvetica Neue", "Arial", sans-serif; margin: 0 0 .25em; }
header.memo .date { color: #555; font-size: 10pt; }
h2, h3, h4 { font-family: "Inter", "Helvetica Neue", "Arial", sans-serif; line-height: 1.25; break-after: avoid; }
h2 { font-size: 14pt; margin: 1.4em 0 .4em; }
h3 { font-size: 12pt; margin: 1.2em 0 .3em; }
h4 { font-size: 11pt; margin: 1em 0 .3em; }
p { margin: 0 0 .6em; }
blockquote { margin: 0 0 .8em; padding-left: 1em; border-left: 3px solid #999; color: #333; }
hr { border: 0; border-top: 1px solid #999; margin: 1.2em 0; }
sup.note { font-size: 75%; line-height: 0; }
sup.note a { color: inherit; text-decoration: none; }
figure.table { margin: 0 0 1em; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
caption { text-align: left; font-weight: 600; padding-bottom: .3em; font-family: "Inter", "Helvetica Neue", "Arial", sans-serif; }
th, td { border: 1px solid #bbb; padding: .3em .45em; vertical-align: top; text-align: left; }
th { background: #f0f0f0; font-weight: 600; }
th p, td p { margin: 0; }
/* A template's blank row keeps the height of a line, to be filled in. */
th p:empty, td p:empty { min-height: 1.4em; }
td:empty { height: 1.4em; }
.table-note, .table-title { font-size: 9pt; color: #555; margin: .3em 0 0; }
ol.sources { font-size: 9.5pt; padding-left: 2em; }
ol.sources li { margin-bottom: .4em; }
ol.sources li.removed { color: #8a1c1c; }
.marking { text-align: center; font: 600 9pt/1.4 "Inter", "Helvetica Neue", "Arial", sans-serif; letter-spacing: .05em; color: #8a1c1c; }
`;

function printCss(options: MemoExportOptions, model: RenderModel): string {
  // The margin boxes live in the page margins: keep room for them.
  const top = Math.max(options.margins.top, 12);
  const bottom = Math.max(options.margins.bottom, 12);
  const marking = model.marking ? cssString(model.marking) : '';
  const box = 'font: 600 8pt "Inter", "Helvetica Neue", "Arial", sans-serif; color: #444;';
  return `
@page {
  size: ${options.pageSize === 'Letter' ? 'letter' : 'A4'};
  margin: ${top}mm ${options.margins.right}mm ${bottom}mm ${options.margins.left}mm;
  ${marking ? `@top-center { content: ${marking}; ${box} color: #8a1c1c; letter-spacing: .05em; }` : ''}
  ${model.date ? `@top-right { content: ${cssString(model.date)}; ${box} }` : ''}
  ${marking ? `@bottom-center { content: ${marking}; ${box} color: #8a1c1c; letter-spacing: .05em; }` : ''}
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${box} }
}
main { max-width: none; padding: 0; }
.marking { display: none; }
/* A long table runs on over pages (its header repeated) rather than leave a page blank. */
blockquote, li, tr { break-inside: avoid; }
caption, thead { break-after: avoid; }
`;
}

export function renderHtml(model: RenderModel, print: MemoExportOptions | null): string {
  const marking = model.marking ? `<div class="marking">${escapeHtml(model.marking)}</div>` : '';
  const date = model.date ? `<div class="date">${escapeHtml(model.date)}</div>` : '';
  return (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(model.title)}</title><style>${BASE_CSS}${print ? printCss(print, model) : ''}</style></head>` +
    `<body><main>${marking}<header class="memo"><h1>${escapeHtml(model.title)}</h1>${date}</header>` +
    `${blocksHtml(model.blocks, model)}${marking}</main></body></html>`
  );
}
