import { describe, expect, it } from 'vitest';
import { referenceInstants, suggestDatesInText } from '../../../electron/core/timelines/suggestDates';
import { timelineProject } from './timelineTestProject';

const edtfs = (text: string, published: string): string[] => suggestDatesInText(text, published).map((s) => s.edtf);

describe('suggestDatesInText', () => {
  it('resolves relative phrases against the published date', () => {
    const published = '2022-04-02'; // a Saturday
    expect(suggestDatesInText('Negotiators met in Dravik on March 27.', published)).toEqual([
      { edtf: '2022-03-27', words: '27 Mar 2022', matchedText: 'March 27', referenceDate: '2022-04-02' },
    ]);
    expect(edtfs('Last week the minister warned of a collapse.', published)).toEqual(['2022-03-21/2022-03-27']);
    expect(edtfs('This week the talks resumed in Lindhaven.', published)).toEqual(['2022-03-28/2022-04-03']);
    expect(edtfs('The ceasefire was agreed yesterday.', published)).toEqual(['2022-04-01']);
    expect(edtfs('Exports fell sharply last month.', published)).toEqual(['2022-03']);
    expect(edtfs('The envoy arrived on Tuesday.', published)).toEqual(['2022-04-05?']);
  });

  it('reads years, ranges and open ends, and leaves quantities alone', () => {
    const published = '2022-04-02';
    expect(suggestDatesInText('The armistice has held from 1953 to present.', published)).toMatchObject([
      { edtf: '1953/..', words: '1953 – present', matchedText: '1953 to present' },
    ]);
    expect(edtfs('The port has been closed since March 2021.', published)).toEqual(['2021-03/..']);
    expect(edtfs('Output doubled from 2019 to 2021.', published)).toEqual(['2019/2021']);
    expect(edtfs('Talks ran between 15 May and 26 October 1955.', published)).toEqual(['1955-05-15/1955-10-26']);
    expect(edtfs('A freeze from December to March 1956 halted shipping.', published)).toEqual(['1955-12/1956-03']);
    expect(edtfs('The treaty was signed in 2019.', published)).toEqual(['2019']);
    expect(edtfs('Some 1500 troops left, 12% of the force.', published)).toEqual([]);
    expect(edtfs('Nothing here names a date.', published)).toEqual([]);
  });

  it('without a published date keeps only what is not relative, and says there was no reference', () => {
    expect(suggestDatesInText('The treaty was signed in 2019.', '')).toEqual([
      { edtf: '2019', words: '2019', matchedText: '2019', referenceDate: null },
    ]);
    expect(edtfs('Negotiators met in Dravik on March 27.', '')).toEqual([]);
    expect(edtfs('Last week the minister warned of a collapse.', '')).toEqual([]);
    expect(edtfs('Delegations met on 27 March 2022 and again yesterday.', '')).toEqual(['2022-03-27']);
  });

  it('with a published month or year keeps only what the whole period agrees on', () => {
    expect(referenceInstants('2022-04')?.map((d) => d.toISOString().slice(0, 10))).toEqual(['2022-04-01', '2022-04-30']);
    expect(referenceInstants('not a date')).toBeNull();
    // Any day of April 2022: "last month" is March 2022 throughout, "yesterday" only surely in 2022.
    expect(edtfs('Exports fell sharply last month. Talks resumed yesterday.', '2022-04')).toEqual(['2022-03', '2022']);
    expect(edtfs('Talks resumed last week.', '2022-04')).toEqual([]);
    expect(edtfs('Ships left on 3 March 2022, last year.', '2022')).toEqual(['2022-03-03', '2021']);
  });
});

describe('events from evidence', () => {
  it('suggests dates for a passage, using its sentence when the quote names none', async () => {
    const { t, passage, warning, sourceId } = await timelineProject();
    expect(await t.call('events.suggestDates', { annotationId: passage.id })).toEqual([
      { edtf: '2022-03-27', words: '27 Mar 2022', matchedText: 'March 27', referenceDate: '2022-04-02' },
    ]);
    expect((await t.call('events.suggestDates', { annotationId: warning.id })).map((s) => s.edtf)).toEqual(['2022-03-21/2022-03-27']);
    const minister = await t.call('annotations.create', { sourceId, start: 44, end: 66 });
    expect(minister.exact).toBe('week the minister warn');
    expect((await t.call('events.suggestDates', { annotationId: minister.id })).map((s) => s.edtf)).toEqual(['2022-03-21/2022-03-27']);
    expect((await t.fail('events.suggestDates', {})).code).toBe('BAD_INPUT');
    expect((await t.fail('events.suggestDates', { annotationId: passage.id, claimId: 'x' })).code).toBe('BAD_INPUT');
  });

  it('says when the source has no published date', async () => {
    const { t, passage } = await timelineProject({ published: '' });
    expect(await t.call('events.suggestDates', { annotationId: passage.id })).toEqual([]);
    const { t: t2, sourceId } = await timelineProject({ published: '' });
    const armistice = await t2.call('annotations.create', { sourceId, start: 84, end: 128 });
    expect(await t2.call('events.suggestDates', { annotationId: armistice.id })).toEqual([
      { edtf: '1953/..', words: '1953 – present', matchedText: '1953 to present', referenceDate: null },
    ]);
  });

  it('creates an event from a passage in one action: quote as title, suggested date, evidence, tagged entities', async () => {
    const { t, passage, dravik, sourceId, text } = await timelineProject();
    await t.call('annotations.update', { id: passage.id, entityIds: [dravik.id] });
    const talks = await t.call('timelines.create', { name: 'Negotiations' });
    const event = await t.call('events.createFromEvidence', { annotationId: passage.id, timelineIds: [talks.id] });
    expect(event).toMatchObject({
      title: 'Negotiators met in Dravik on March 27.',
      dateEdtf: '2022-03-27',
      entityIds: [dravik.id],
      timelineIds: [talks.id],
      evidence: [{ kind: 'annotation', refId: passage.id, sourceId, missing: false }],
    });
    const long = `${'The delegations, after a night of consultations with their capitals and their allies, '.repeat(3)}agreed.`;
    const added = await t.call('sources.addText', { text: `${text}\n${long}`, title: 'Long' });
    const longPassage = await t.call('annotations.create', { sourceId: added.sourceId ?? '', start: text.length + 1, end: text.length + 1 + long.length });
    const titled = await t.call('events.createFromEvidence', { annotationId: longPassage.id, dateEdtf: '' });
    expect(titled.title.length).toBeLessThanOrEqual(120);
    expect(titled.title).toBe('The delegations, after a night of consultations with their capitals and their allies, The delegations, after a night…');
    expect(titled.dateEdtf).toBe('');
  });

  it('creates an event from a claim: the statement as title, the claim and its passages as evidence, an explicit date kept', async () => {
    const { t, claim, warning, typeId } = await timelineProject();
    const event = await t.call('events.createFromEvidence', { claimId: claim.id, dateEdtf: '2022-03~', typeId: typeId('Warning') });
    expect(event).toMatchObject({ title: 'The minister warned of a collapse', dateEdtf: '2022-03~', typeId: typeId('Warning') });
    expect(event.evidence.map((e) => [e.kind, e.refId])).toEqual([
      ['claim', claim.id],
      ['annotation', warning.id],
    ]);
    const suggested = await t.call('events.createFromEvidence', { claimId: claim.id });
    expect(suggested.dateEdtf).toBe('2022-03-21/2022-03-27');
    await t.call('claims.delete', { id: claim.id });
    expect((await t.fail('events.createFromEvidence', { claimId: claim.id })).code).toBe('NOT_FOUND');
  });
});
