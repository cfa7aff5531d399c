import type { MemoExportOptions } from '../../shared/api/memoTypes';

const PAGE_WIDTH_MM = { A4: 210, Letter: 215.9 } as const;

/**
 * The print view as a preview on screen: the same HTML that is printed, with
 * a screen-only style that draws it as a sheet of the chosen width and
 * margins and shows the handling marking at its top and bottom (on paper the
 * marking is in every page's margin boxes, which a screen does not draw).
 */
export function previewDocument(printHtml: string, options: Pick<MemoExportOptions, 'pageSize' | 'margins'>): string {
  const m = options.margins;
  const style =
    '<style>@media screen {' +
    'html { background: #e6e8eb; }' +
    `body { margin: 0; padding: 16px 0; }` +
    `main { box-sizing: border-box; background: #fff; width: ${PAGE_WIDTH_MM[options.pageSize]}mm; max-width: none; margin: 0 auto;` +
    ` padding: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; box-shadow: 0 1px 4px rgb(0 0 0 / 25%); }` +
    '.marking { display: block !important; margin: 0 0 1.5em; }' +
    'main > .marking:last-child { margin: 1.5em 0 0; }' +
    '}' +
    // The sheet is scaled down to fit a narrower preview (as print previews do).
    '@media screen and (max-width: 880px) { main { zoom: 0.78; } }' +
    '@media screen and (max-width: 700px) { main { zoom: 0.6; } }' +
    '</style>';
  return printHtml.includes('</head>') ? printHtml.replace('</head>', `${style}</head>`) : style + printHtml;
}

/** Today in the local calendar, YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
