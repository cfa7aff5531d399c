/**
 * The templates every project has. Analysts' own templates live in the
 * project (memo_templates); these are code, so they improve with Dossier and
 * cannot be deleted. Section headings are level 1: the memo's title is
 * printed above them as the document title.
 */
import type { HeadingNode, MemoBlock, MemoDoc, ParagraphNode, TableNode } from './memoDoc';

export interface BuiltinTemplate {
  id: string;
  name: string;
  description: string;
  doc: MemoDoc;
}

/** Built-in template ids carry this prefix; analysts' templates have UUIDs. */
export const BUILTIN_TEMPLATE_PREFIX = 'builtin:';

const heading = (text: string, level: 1 | 2 | 3 = 1): HeadingNode => ({ type: 'heading', attrs: { level }, content: [{ type: 'text', text }] });
const paragraph = (text = '', bold = ''): ParagraphNode => {
  const content: ParagraphNode['content'] = [];
  if (bold) content.push({ type: 'text', text: bold, marks: [{ type: 'bold' }] });
  if (text) content.push({ type: 'text', text });
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
};

/** A table with a header row and one empty row to type into. */
function table(columns: readonly string[]): TableNode {
  return {
    type: 'table',
    content: [
      { type: 'tableRow', content: columns.map((text) => ({ type: 'tableHeader', content: [paragraph(text)] })) },
      { type: 'tableRow', content: columns.map(() => ({ type: 'tableCell', content: [paragraph()] })) },
    ],
  };
}

const doc = (...content: MemoBlock[]): MemoDoc => ({ type: 'doc', content });

export const BUILTIN_TEMPLATES: readonly BuiltinTemplate[] = [
  { id: `${BUILTIN_TEMPLATE_PREFIX}blank`, name: 'Blank', description: 'An empty memo.', doc: doc(paragraph()) },
  {
    id: `${BUILTIN_TEMPLATE_PREFIX}bluf`,
    name: 'BLUF',
    description: 'Bottom line up front, then key judgments, discussion and outlook.',
    doc: doc(
      heading('Bottom line up front'),
      paragraph(),
      heading('Key judgments'),
      { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph()] }] },
      heading('Discussion'),
      paragraph(),
      heading('Outlook'),
      paragraph(),
    ),
  },
  {
    id: `${BUILTIN_TEMPLATE_PREFIX}situation-brief`,
    name: 'Situation brief',
    description: 'Overview, key indicators, people and organizations, timeline, scenarios, historical context and sources.',
    doc: doc(
      heading('Overview'),
      paragraph(),
      heading('Key indicators'),
      { type: 'indicatorsTable', attrs: { rows: [{ figure: '', label: '', explanation: '' }] } },
      heading('People involved'),
      table(['Name', 'Role', 'Why they matter']),
      heading('Organizations involved'),
      table(['Name', 'Status', 'Why it matters']),
      heading('Timeline'),
      { type: 'timelineTable', attrs: { timelineId: null, typeIds: null, from: null, to: null, frozen: null } },
      heading('Scenarios'),
      heading('Scenario 1', 2),
      paragraph(),
      paragraph('', 'Who discusses it: '),
      heading('Historical context'),
      table(['Dates', 'What happened', 'Outcome', 'Why relevant']),
      heading('Sources'),
      { type: 'sourcesList' },
    ),
  },
];

export function builtinTemplate(id: string): BuiltinTemplate | undefined {
  return BUILTIN_TEMPLATES.find((template) => template.id === id);
}
