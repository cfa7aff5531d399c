import type { MemoBlock, MemoDoc } from '../../../shared/memos/memoDoc';
import { testWorkbench } from '../../helpers/testWorkbench';

function span(sourceId: string, text: string, quote: string) {
  return { sourceId, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length };
}

/** Sources, passages, claims, an entity and a timeline: what a memo cites and shows. */
export async function memoProject() {
  const t = testWorkbench({ userName: 'lee' });
  await t.call('projects.create', { name: 'Memos' });
  const heraldText = 'Negotiators met in Dravik on March 27. The minister warned of a collapse of the talks within weeks.';
  const gazetteText = 'Gazette sources say the ceasefire line was redrawn overnight. Officials denied any change.';
  const herald = await t.call('sources.addText', { text: heraldText, title: 'Talks resume', outlet: 'Northern Herald', published: '2022-04-02', reliability: 'B' });
  const gazette = await t.call('sources.addText', { text: gazetteText, title: 'Line redrawn', outlet: 'Coastal Gazette', published: '2022-04-05', reliability: 'C' });
  const met = await t.call('annotations.create', span(herald.sourceId!, heraldText, 'Negotiators met in Dravik on March 27.'));
  const warned = await t.call('annotations.create', span(herald.sourceId!, heraldText, 'The minister warned of a collapse of the talks within weeks.'));
  const redrawn = await t.call('annotations.create', span(gazette.sourceId!, gazetteText, 'the ceasefire line was redrawn overnight'));
  const collapse = await t.call('claims.create', {
    statement: 'The talks may collapse within weeks',
    annotationIds: [warned.id],
    reliability: 'B',
    credibility: 2,
    status: 'corroborated',
  });
  const line = await t.call('claims.create', { statement: 'The ceasefire line moved', annotationIds: [redrawn.id], reliability: 'C', credibility: 3 });
  const vorontsov = await t.call('entities.create', { kind: 'person', name: 'Gennady Vorontsov', description: 'Chief negotiator', aliases: ['G. Vorontsov'] });
  const talks = await t.call('timelines.create', { name: 'Negotiations' });
  await t.call('events.create', { title: 'Round one in Dravik', dateEdtf: '2022-03-27', timelineIds: [talks.id] });
  await t.call('events.create', { title: 'Warning of collapse', dateEdtf: '2022-04-01', timelineIds: [talks.id] });
  return { t, herald, gazette, met, warned, redrawn, collapse, line, vorontsov, talks };
}

type Project = Awaited<ReturnType<typeof memoProject>>;

const text = (value: string, ...marks: ('bold' | 'italic' | 'underline')[]) =>
  marks.length > 0 ? { type: 'text' as const, text: value, marks: marks.map((type) => ({ type })) } : { type: 'text' as const, text: value };
const cite = (kind: 'claim' | 'annotation', refId: string) => ({ type: 'citation' as const, attrs: { kind, refId } });
const heading = (value: string, level: 1 | 2 | 3 = 1): MemoBlock => ({ type: 'heading', attrs: { level }, content: [text(value)] });

/** One memo using every node and mark: citations (one used twice), lists, a quote, a table, live blocks, indicators, sources. */
export function fullMemoDoc(p: Project): MemoDoc {
  return {
    type: 'doc',
    content: [
      heading('Bottom line'),
      {
        type: 'paragraph',
        content: [
          text('Talks are '),
          text('fragile', 'bold'),
          text(' and '),
          text('may', 'italic'),
          text(' '),
          text('collapse', 'underline'),
          cite('claim', p.collapse.id),
          text('. They met in Dravik'),
          cite('annotation', p.met.id),
          { type: 'hardBreak' },
          text('The line moved'),
          cite('claim', p.line.id),
          text('; again, collapse is likely'),
          cite('claim', p.collapse.id),
          text('.'),
        ],
      },
      heading('Key judgments'),
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [{ type: 'paragraph', content: [text('First judgment')] }] },
          {
            type: 'listItem',
            content: [
              { type: 'paragraph', content: [text('Second judgment')] },
              { type: 'orderedList', attrs: { start: 1 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('Nested step')] }] }] },
            ],
          },
        ],
      },
      { type: 'blockquote', content: [{ type: 'paragraph', content: [text('A quoted remark')] }] },
      { type: 'horizontalRule' },
      heading('People involved'),
      {
        type: 'table',
        content: [
          { type: 'tableRow', content: ['Name', 'Role', 'Why they matter'].map((v) => ({ type: 'tableHeader' as const, attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [{ type: 'paragraph' as const, content: [text(v)] }] })) },
          { type: 'tableRow', content: ['Vorontsov', 'Negotiator', 'Holds the pen'].map((v) => ({ type: 'tableCell' as const, content: [{ type: 'paragraph' as const, content: [text(v)] }] })) },
        ],
      },
      heading('Key indicators'),
      { type: 'indicatorsTable', attrs: { rows: [{ figure: '3', label: 'Rounds held', explanation: 'Talks continue despite warnings' }] } },
      { type: 'entityCard', attrs: { entityId: p.vorontsov.id, frozen: null } },
      heading('Timeline'),
      { type: 'timelineTable', attrs: { timelineId: p.talks.id, typeIds: null, from: null, to: null, frozen: null } },
      { type: 'claimsTable', attrs: { entityId: null, status: null, minGrade: 'B2', frozen: null } },
      heading('Sources'),
      { type: 'sourcesList' },
    ],
  };
}

export function paragraphsDoc(n: number): MemoDoc {
  return {
    type: 'doc',
    content: Array.from({ length: n }, (_, i) => ({ type: 'paragraph' as const, content: [text(`Paragraph ${i + 1} of the long memo, with a few words in it.`)] })),
  };
}
