import { testWorkbench } from '../../helpers/testWorkbench';

/** A project with a source, two passages, a claim, a place and two people: what timelines build on. */
export async function timelineProject(options: { published?: string } = {}) {
  const t = testWorkbench({ userName: 'lee' });
  await t.call('projects.create', { name: 'Timelines' });
  const text =
    'Negotiators met in Dravik on March 27. Last week the minister warned of a collapse. The armistice has held from 1953 to present.';
  const source = await t.call('sources.addText', { text, title: 'Herald', published: options.published ?? '2022-04-02' });
  const sourceId = source.sourceId ?? '';
  const span = (quote: string) => ({ sourceId, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
  const passage = await t.call('annotations.create', span('Negotiators met in Dravik on March 27.'));
  const warning = await t.call('annotations.create', span('Last week the minister warned of a collapse.'));
  const claim = await t.call('claims.create', { statement: 'The minister warned of a collapse', annotationIds: [warning.id] });
  const dravik = await t.call('entities.create', { kind: 'place', name: 'Dravik' });
  const vorontsov = await t.call('entities.create', { kind: 'person', name: 'Gennady Vorontsov' });
  const halvorsen = await t.call('entities.create', { kind: 'person', name: 'Ingrid Halvorsen' });
  const types = await t.call('eventTypes.list', {});
  const typeId = (name: string): string => types.find((type) => type.name === name)?.id ?? '';
  return { t, text, sourceId, passage, warning, claim, dravik, vorontsov, halvorsen, types, typeId };
}
