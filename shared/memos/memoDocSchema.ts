/**
 * Checks a memo document coming in (from the editor, a template, a file) and
 * returns it cleaned: unknown attributes dropped, control characters taken
 * out of text. Anything that is not a Dossier memo is refused with a message
 * that says what and where. Size is bounded before the recursive schema runs,
 * so absurd input costs one flat walk and never a deep recursion.
 */
import { z } from 'zod';
import type { BlockContent, MemoBlock, MemoDoc, MemoMark } from './memoDoc';
import { MEMO_MARK_TYPES, MEMO_NODE_TYPES } from './memoDoc';

/** Lists in lists in tables in quotes: real memos stay far below this. */
export const MAX_MEMO_DEPTH = 32;
/** About 40 nodes a page: room for a few thousand pages (a 10,000-paragraph memo has ~30,000). */
export const MAX_MEMO_NODES = 500_000;
/** Characters of text in all the text nodes together. */
export const MAX_MEMO_TEXT_CHARS = 10_000_000;
const MAX_ID = 64;
const MAX_CELL = 20_000;
const MAX_BLOCK_ROWS = 20_000;

const id = z.string().min(1).max(MAX_ID);
// oxlint-disable-next-line no-control-regex -- control characters are what plain text must not carry
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
/** Plain text: no control characters; line breaks are hardBreak nodes, so a stray newline becomes a space. */
const plainText = (max: number) =>
  z
    .string()
    .max(max)
    .transform((text) => text.replace(/\r\n|[\r\n]/g, ' ').replace(CONTROL, ''));

const mark: z.ZodType<MemoMark> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold') }),
  z.object({ type: z.literal('italic') }),
  z.object({ type: z.literal('underline') }),
]);

const inline = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: plainText(MAX_MEMO_TEXT_CHARS), marks: z.array(mark).max(10).optional() }),
  z.object({ type: z.literal('hardBreak') }),
  z.object({ type: z.literal('citation'), attrs: z.object({ kind: z.enum(['claim', 'annotation']), refId: id }) }),
]);
const inlineContent = z.array(inline).optional();

export const blockContentSchema: z.ZodType<BlockContent> = z.object({
  title: plainText(2000),
  columns: z.array(plainText(500)).max(50),
  rows: z.array(z.array(plainText(MAX_CELL)).max(50)).max(MAX_BLOCK_ROWS),
  note: plainText(2000),
});
const frozen = blockContentSchema.nullable().optional().transform((value) => value ?? null);
const optionalNull = <T extends z.ZodType>(schema: T) => schema.nullable().optional().transform((value) => value ?? null);
const edtfBound = optionalNull(z.string().trim().max(100)).transform((value) => (value === '' ? null : value));

const gradePattern = /^[A-F][1-6]$/;

const entityCard = z.object({ type: z.literal('entityCard'), attrs: z.object({ entityId: id, frozen }) });
const timelineTable = z.object({
  type: z.literal('timelineTable'),
  attrs: z.object({
    timelineId: optionalNull(id),
    typeIds: optionalNull(z.array(id).max(200)),
    from: edtfBound,
    to: edtfBound,
    frozen,
  }),
});
const claimsTable = z.object({
  type: z.literal('claimsTable'),
  attrs: z.object({
    entityId: optionalNull(id),
    status: optionalNull(z.enum(['unverified', 'corroborated', 'disputed', 'refuted'])),
    minGrade: optionalNull(z.string().regex(gradePattern, 'a grade like B2')),
    frozen,
  }),
});
/** A live block on its own: memos.liveBlock computes what it shows now. */
export const liveBlockSchema = z.discriminatedUnion('type', [entityCard, timelineTable, claimsTable]);

const block: z.ZodType<MemoBlock> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('paragraph'), content: inlineContent }),
    z.object({
      type: z.literal('heading'),
      attrs: z.object({ level: z.union([z.literal(1), z.literal(2), z.literal(3)]) }),
      content: inlineContent,
    }),
    z.object({ type: z.literal('bulletList'), content: z.array(listItem).min(1) }),
    z.object({
      type: z.literal('orderedList'),
      attrs: z.object({ start: z.number().int().min(0).max(1_000_000).optional() }).optional(),
      content: z.array(listItem).min(1),
    }),
    z.object({ type: z.literal('blockquote'), content: z.array(block).min(1) }),
    z.object({ type: z.literal('horizontalRule') }),
    z.object({ type: z.literal('table'), content: z.array(tableRow).min(1).max(MAX_BLOCK_ROWS) }),
    entityCard,
    timelineTable,
    claimsTable,
    z.object({
      type: z.literal('indicatorsTable'),
      attrs: z.object({
        rows: z.array(z.object({ figure: plainText(500), label: plainText(2000), explanation: plainText(MAX_CELL) })).max(1000),
      }),
    }),
    z.object({ type: z.literal('sourcesList') }),
  ]),
) as z.ZodType<MemoBlock>;

const listItem = z.object({ type: z.literal('listItem'), content: z.array(block).min(1) });
const tableCell = z.object({
  type: z.enum(['tableCell', 'tableHeader']),
  attrs: z
    .object({
      colspan: z.number().int().min(1).max(100).optional(),
      rowspan: z.number().int().min(1).max(10_000).optional(),
      colwidth: z.array(z.number().min(0).max(10_000)).max(100).nullable().optional(),
    })
    .optional(),
  content: z.array(block).min(1),
});
const tableRow = z.object({ type: z.literal('tableRow'), content: z.array(tableCell).min(1).max(100) });

const memoDoc = z.object({ type: z.literal('doc'), content: z.array(block).min(1) });

const knownNodes = new Set<string>(MEMO_NODE_TYPES);
const knownMarks = new Set<string>(MEMO_MARK_TYPES);

export type MemoDocCheck = { ok: true; doc: MemoDoc } | { ok: false; message: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One flat walk: node types and marks known, nesting, node count and text size within bounds. */
function checkShape(value: unknown): string | null {
  if (!isRecord(value) || value.type !== 'doc') return 'A memo must be a document (the editor’s JSON, with type “doc”).';
  const stack: { node: unknown; depth: number; path: string }[] = [{ node: value, depth: 1, path: 'the document' }];
  let nodes = 0;
  let chars = 0;
  while (stack.length > 0) {
    const { node, depth, path } = stack.pop()!;
    if (!isRecord(node)) return `The memo has something that is not a node at ${path}.`;
    nodes += 1;
    if (nodes > MAX_MEMO_NODES) return `The memo is too large: more than ${MAX_MEMO_NODES.toLocaleString('en')} elements.`;
    if (depth > MAX_MEMO_DEPTH) return `The memo is nested too deeply: more than ${MAX_MEMO_DEPTH} levels (at ${path}).`;
    const type = node.type;
    if (typeof type !== 'string' || !knownNodes.has(type)) {
      return `Dossier memos have no “${String(type).slice(0, 40)}” element (at ${path}).`;
    }
    if (type === 'text') {
      if (typeof node.text === 'string') chars += node.text.length;
      if (chars > MAX_MEMO_TEXT_CHARS) return `The memo is too large: more than ${MAX_MEMO_TEXT_CHARS.toLocaleString('en')} characters of text.`;
      if (Array.isArray(node.marks)) {
        for (const m of node.marks) {
          const markType = isRecord(m) ? m.type : undefined;
          if (typeof markType !== 'string' || !knownMarks.has(markType)) {
            return `Dossier memos have no “${String(markType).slice(0, 40)}” formatting (at ${path}); only bold, italic and underline.`;
          }
        }
      }
    }
    if (node.content !== undefined) {
      if (!Array.isArray(node.content)) return `The memo has content that is not a list at ${path}.`;
      if (nodes + node.content.length > MAX_MEMO_NODES) return `The memo is too large: more than ${MAX_MEMO_NODES.toLocaleString('en')} elements.`;
      node.content.forEach((child, index) => stack.push({ node: child, depth: depth + 1, path: `${path} → ${type} ${index + 1}` }));
    }
  }
  return null;
}

/** Checks and cleans an incoming memo document. */
export function parseMemoDoc(value: unknown): MemoDocCheck {
  const problem = checkShape(value);
  if (problem !== null) return { ok: false, message: problem };
  const parsed = memoDoc.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : '';
    return { ok: false, message: `The memo is not a valid Dossier document: ${issue?.message ?? 'invalid'}${where}.` };
  }
  return { ok: true, doc: parsed.data as MemoDoc };
}

/** The contract's schema for a memo document: typed as MemoDoc for callers, checked and cleaned by parseMemoDoc. */
export const memoDocInput = z.custom<MemoDoc>(() => true).transform((value, ctx): MemoDoc => {
  const result = parseMemoDoc(value);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: result.message });
    return z.NEVER;
  }
  return result.doc;
});
