import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
  type ParagraphChild,
} from 'docx';
import type { MemoExportOptions } from '../../../../shared/api/memoTypes';
import type { RenderBlock, RenderInline, RenderModel } from './renderModel';

/**
 * The memo as a Word document: Word's own footnotes (one per cited source,
 * at its first use; later uses repeat its number as a superscript, so the
 * numbers match the Sources list), heading styles, real tables, and the
 * handling marking in every page's header and footer with page numbers.
 */
const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const PAGE_SIZES = { A4: { width: 210, height: 297 }, Letter: { width: 215.9, height: 279.4 } } as const;
const MARKING_COLOR = '8A1C1C';

type Body = (Paragraph | Table)[];

function runs(inlines: readonly RenderInline[]): ParagraphChild[] {
  return inlines.map((inline) => {
    if (inline.t === 'break') return new TextRun({ text: '', break: 1 });
    if (inline.t === 'note') return inline.first ? new FootnoteReferenceRun(inline.n) : new TextRun({ text: String(inline.n), superScript: true });
    return new TextRun({ text: inline.text, bold: inline.bold, italics: inline.italic, underline: inline.underline ? {} : undefined });
  });
}

interface Context {
  model: RenderModel;
  /** Each ordered list is its own numbering instance, so that it counts from 1. */
  nextListInstance: number;
}

function listLevels(format: 'bullet' | 'decimal') {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: format === 'bullet' ? LevelFormat.BULLET : LevelFormat.DECIMAL,
    text: format === 'bullet' ? ['•', '◦', '▪'][level % 3]! : `%${level + 1}.`,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: convertMillimetersToTwip(7 + level * 7), hanging: convertMillimetersToTwip(5) } } },
  }));
}

function blocksDocx(blocks: readonly RenderBlock[], context: Context, list: { level: number; reference: string; instance: number } | null, quoteDepth: number): Body {
  const body: Body = [];
  const indent = quoteDepth > 0 ? { left: convertMillimetersToTwip(8 * quoteDepth) } : undefined;
  const quoteBorder = quoteDepth > 0 ? { left: { style: BorderStyle.SINGLE, size: 12, color: '999999', space: 8 } } : undefined;
  let firstInItem = list !== null;
  const paragraph = (children: ParagraphChild[], heading?: (typeof HEADINGS)[1 | 2 | 3]): Paragraph => {
    const numbered = firstInItem && list !== null;
    firstInItem = false;
    return new Paragraph({
      children,
      heading,
      numbering: numbered ? { reference: list.reference, level: list.level, instance: list.instance } : undefined,
      indent: !numbered && list !== null ? { left: convertMillimetersToTwip(7 + list.level * 7) } : indent,
      border: quoteBorder,
    });
  };
  for (const block of blocks) {
    switch (block.t) {
      case 'heading':
        body.push(paragraph(runs(block.inlines), HEADINGS[block.level]));
        break;
      case 'paragraph':
        body.push(paragraph(runs(block.inlines)));
        break;
      case 'list': {
        const level = list === null ? 0 : Math.min(list.level + 1, 8);
        const reference = block.ordered ? 'numbers' : 'bullets';
        const instance = block.ordered ? (context.nextListInstance += 1) : 0;
        for (const item of block.items) body.push(...blocksDocx(item, context, { level, reference, instance }, quoteDepth));
        break;
      }
      case 'quote':
        body.push(...blocksDocx(block.blocks, context, list, quoteDepth + 1));
        break;
      case 'rule':
        body.push(new Paragraph({ children: [], border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } } }));
        break;
      case 'table': {
        if (block.title) body.push(new Paragraph({ children: [new TextRun({ text: block.title, bold: true })], keepNext: true }));
        if (block.rows.length > 0) {
          body.push(
            new Table({
              width: { size: 100, type: WidthType.PERCENTAGE },
              rows: block.rows.map(
                (row, r) =>
                  new TableRow({
                    tableHeader: r === 0 && row.every((cell) => cell.header),
                    children: row.map((cell) => {
                      const content = blocksDocx(cell.blocks, context, null, 0);
                      // Word wants every cell to end with a paragraph.
                      if (content.length === 0 || content[content.length - 1] instanceof Table) content.push(new Paragraph({ children: [] }));
                      return new TableCell({
                        children: content,
                        columnSpan: cell.colspan > 1 ? cell.colspan : undefined,
                        rowSpan: cell.rowspan > 1 ? cell.rowspan : undefined,
                        shading: cell.header ? { type: ShadingType.CLEAR, fill: 'F0F0F0', color: 'auto' } : undefined,
                      });
                    }),
                  }),
              ),
            }),
          );
        }
        if (block.note) body.push(new Paragraph({ children: [new TextRun({ text: block.note, italics: true, size: 18 })] }));
        break;
      }
      case 'sources':
        if (context.model.notes.length === 0) body.push(new Paragraph('No sources cited.'));
        for (const note of context.model.notes) {
          body.push(
            new Paragraph({
              children: [new TextRun(`${note.n}.\t${note.source}`)],
              indent: { left: convertMillimetersToTwip(8), hanging: convertMillimetersToTwip(8) },
              tabStops: [{ type: 'left', position: convertMillimetersToTwip(8) }],
            }),
          );
        }
        break;
    }
  }
  return body;
}

function markingParagraph(marking: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: marking, bold: true, color: MARKING_COLOR, size: 16 })] });
}

export async function renderDocx(model: RenderModel, options: MemoExportOptions): Promise<Buffer> {
  const context: Context = { model, nextListInstance: 0 };
  const children: Body = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(model.title)] })];
  if (model.date) children.push(new Paragraph({ children: [new TextRun({ text: model.date, color: '555555' })] }));
  children.push(...blocksDocx(model.blocks, context, null, 0));
  const size = PAGE_SIZES[options.pageSize];
  const small = { size: 16, color: '444444' };
  const doc = new Document({
    title: model.title,
    creator: 'Dossier',
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    numbering: {
      config: [
        { reference: 'bullets', levels: listLevels('bullet') },
        { reference: 'numbers', levels: listLevels('decimal') },
      ],
    },
    footnotes: Object.fromEntries(model.notes.map((note) => [note.n, { children: [new Paragraph(note.text)] }])),
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(size.width), height: convertMillimetersToTwip(size.height) },
            margin: {
              top: convertMillimetersToTwip(options.margins.top),
              right: convertMillimetersToTwip(options.margins.right),
              bottom: convertMillimetersToTwip(options.margins.bottom),
              left: convertMillimetersToTwip(options.margins.left),
              header: convertMillimetersToTwip(Math.min(10, options.margins.top / 2)),
              footer: convertMillimetersToTwip(Math.min(10, options.margins.bottom / 2)),
            },
          },
        },
        headers: {
          default: new Header({
            children: [
              ...(model.marking ? [markingParagraph(model.marking)] : []),
              ...(model.date ? [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: model.date, ...small })] })] : []),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              ...(model.marking ? [markingParagraph(model.marking)] : []),
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], ...small })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
