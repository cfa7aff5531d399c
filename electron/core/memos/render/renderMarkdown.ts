import type { RenderBlock, RenderInline, RenderModel } from './renderModel';

/**
 * The memo as Markdown (CommonMark with GitHub's tables and footnotes):
 * citations are `[^n]`, their definitions close the document. Underline has
 * no Markdown and is written as plain text.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]{}<>#|!~])/g, '\\$1').replace(/^(\s*)([-+]|\d+[.)])(\s)/, '$1\\$2$3');
}

function inlineMarkdown(inlines: readonly RenderInline[], inTable: boolean): string {
  let md = '';
  for (const inline of inlines) {
    if (inline.t === 'break') md += inTable ? ' ' : '\\\n';
    else if (inline.t === 'note') md += `[^${inline.n}]`;
    else {
      const text = escapeMarkdown(inline.text);
      // Emphasis cannot start or end on a space: keep the spaces outside the markers.
      const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
      let wrapped = core;
      if (core !== '' && inline.italic) wrapped = `*${wrapped}*`;
      if (core !== '' && inline.bold) wrapped = `**${wrapped}**`;
      md += lead + wrapped + trail;
    }
  }
  return md;
}

function cellText(blocks: readonly RenderBlock[]): string {
  return blocks
    .map((block) => (block.t === 'paragraph' || block.t === 'heading' ? inlineMarkdown(block.inlines, true) : ''))
    .filter(Boolean)
    .join(' ');
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : by + line))
    .join('\n');
}

function blocksMarkdown(blocks: readonly RenderBlock[], model: RenderModel): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.t) {
      case 'heading':
        out.push(`${'#'.repeat(block.level + 1)} ${inlineMarkdown(block.inlines, false)}`);
        break;
      case 'paragraph':
        out.push(inlineMarkdown(block.inlines, false));
        break;
      case 'list': {
        const items = block.items.map((item, i) => {
          const marker = block.ordered ? `${block.start + i}. ` : '- ';
          return marker + indent(blocksMarkdown(item, model).join('\n\n'), ' '.repeat(marker.length));
        });
        out.push(items.join('\n'));
        break;
      }
      case 'quote':
        out.push(
          blocksMarkdown(block.blocks, model)
            .join('\n\n')
            .split('\n')
            .map((line) => (line === '' ? '>' : `> ${line}`))
            .join('\n'),
        );
        break;
      case 'rule':
        out.push('---');
        break;
      case 'table': {
        if (block.title) out.push(`**${escapeMarkdown(block.title)}**`);
        if (block.rows.length > 0) {
          const width = Math.max(...block.rows.map((row) => row.reduce((n, cell) => n + cell.colspan, 0)));
          const line = (cells: string[]) => `| ${[...cells, ...Array<string>(width - cells.length).fill('')].join(' | ')} |`;
          const texts = block.rows.map((row) => row.flatMap((cell) => [cellText(cell.blocks), ...Array<string>(cell.colspan - 1).fill('')]));
          const [first, ...rest] = block.rows[0]!.every((cell) => cell.header) ? texts : [Array<string>(width).fill(''), ...texts];
          out.push([line(first!), line(Array<string>(width).fill('---')), ...rest.map(line)].join('\n'));
        }
        if (block.note) out.push(`*${escapeMarkdown(block.note)}*`);
        break;
      }
      case 'sources':
        out.push(model.notes.length === 0 ? 'No sources cited.' : model.notes.map((note) => `${note.n}. ${escapeMarkdown(note.source)}`).join('\n'));
        break;
    }
  }
  return out;
}

export function renderMarkdown(model: RenderModel): string {
  const parts: string[] = [];
  if (model.marking) parts.push(`**${escapeMarkdown(model.marking)}**`);
  parts.push(`# ${escapeMarkdown(model.title)}`);
  if (model.date) parts.push(`*${escapeMarkdown(model.date)}*`);
  parts.push(...blocksMarkdown(model.blocks, model).filter((part) => part !== ''));
  if (model.marking) parts.push(`**${escapeMarkdown(model.marking)}**`);
  if (model.notes.length > 0) parts.push(model.notes.map((note) => `[^${note.n}]: ${escapeMarkdown(note.text)}`).join('\n'));
  return `${parts.join('\n\n')}\n`;
}
