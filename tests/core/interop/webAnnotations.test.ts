import { describe, expect, it } from 'vitest';
import { testWorkbench } from '../../helpers/testWorkbench';

const text = 'Talks 🕊 resumed in Dravik on March 27. The minister warned of a collapse of the talks within weeks.';
const span = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });

describe('W3C Web Annotation export', () => {
  it('writes every live highlight as an Annotation in one AnnotationPage, with quote and position selectors, note and label bodies', async () => {
    const t = testWorkbench({ userName: 'lee' });
    const project = await t.call('projects.create', { name: 'Dravik talks' });
    const source = await t.call('sources.addText', { text, title: 'Talks resume' });
    const sourceId = source.sourceId!;
    const threat = await t.call('labels.create', { name: 'Threat', color: '#c0392b' });
    const bloc = await t.call('labels.create', { name: 'Actors', color: '#2e86de' });
    const met = await t.call('annotations.create', { sourceId, ...span('resumed in Dravik') });
    const warned = await t.call('annotations.create', { sourceId, ...span('The minister warned'), note: 'Check the Gazette.', labelIds: [threat.id, bloc.id] });
    const gone = await t.call('annotations.create', { sourceId, ...span('within weeks') });
    await t.call('annotations.delete', { id: gone.id });

    const out = await t.call('interop.exportWebAnnotations', {});
    expect(out.fileName).toBe('Dravik talks highlights.jsonld');
    expect(out.count).toBe(2);
    const doc = JSON.parse(out.json);
    expect(doc).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: `urn:uuid:${project.id}`,
      type: 'AnnotationCollection',
      label: 'Highlights in Dravik talks',
      total: 2,
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
    expect(Number.isNaN(Date.parse(doc.generated))).toBe(false);
    const [first, second] = doc.first.items;
    // Positions count code points: the dove is one character.
    expect(first).toEqual({
      id: `urn:uuid:${met.id}`,
      type: 'Annotation',
      motivation: 'highlighting',
      created: met.createdAt,
      modified: met.updatedAt,
      creator: { type: 'Person', name: 'lee' },
      target: {
        source: `urn:uuid:${sourceId}`,
        selector: [
          { type: 'TextQuoteSelector', exact: 'resumed in Dravik', prefix: 'Talks 🕊 ', suffix: text.slice(span('resumed in Dravik').end, span('resumed in Dravik').end + 32) },
          { type: 'TextPositionSelector', start: span('resumed in Dravik').start - 1, end: span('resumed in Dravik').end - 1 },
        ],
      },
    });
    expect(second.id).toBe(`urn:uuid:${warned.id}`);
    expect(second.motivation).toBe('commenting');
    expect(second.body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', value: 'Check the Gazette.', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'Actors' },
      { type: 'TextualBody', purpose: 'tagging', value: 'Threat' },
    ]);
    expect(second.target.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: 'The minister warned' });
    // The position selector points at the same characters as the quote, counted in code points.
    const codePoints = [...text];
    const { start, end } = second.target.selector[1];
    expect(codePoints.slice(start, end).join('')).toBe('The minister warned');
  });

  it('exports an empty collection when there are no highlights', async () => {
    const t = testWorkbench();
    await t.call('projects.create', { name: 'Nothing yet' });
    const doc = JSON.parse((await t.call('interop.exportWebAnnotations', {})).json);
    expect(doc.total).toBe(0);
    expect(doc.first.items).toEqual([]);
  });
});
