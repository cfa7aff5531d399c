import { describe, expect, it } from 'vitest';
import { testWorkbench } from '../../helpers/testWorkbench';
import type { TestWorkbench } from '../../helpers/testWorkbench';

const herald = `Gennady Vorontsov, who leads the Karvenian delegation, met Ambassador Rosalind Achterberg in Lindhaven.
Vorontsov's deputy said the talks in Lindhaven would resume. The Lindhaven Contact Group agreed.`;
const wire = 'Genady Vorontsov told reporters in LINDHAVEN that Dravik would reopen. Геннадий Воронцов подтвердил.';

async function withSources(): Promise<{ t: TestWorkbench; heraldId: string; wireId: string }> {
  const t = testWorkbench({ userName: 'ana' });
  await t.call('projects.create', { name: 'Entities' });
  const a = await t.call('sources.addText', { text: herald, title: 'Herald' });
  const b = await t.call('sources.addText', { text: wire, title: 'Wire' });
  return { t, heraldId: a.sourceId ?? '', wireId: b.sourceId ?? '' };
}

describe('entities', () => {
  it('registers entities with aliases and finds their mentions in every source', async () => {
    const { t, heraldId, wireId } = await withSources();
    const vorontsov = await t.call('entities.create', {
      kind: 'person',
      name: 'Gennady Vorontsov',
      description: 'Head of the Karvenian delegation',
      aliases: ['Vorontsov', 'Воронцов', 'vorontsov'],
    });
    expect(vorontsov.aliases).toEqual(['Vorontsov', 'Воронцов']);
    const place = await t.call('entities.create', { kind: 'place', name: 'Lindhaven' });

    const heraldMentions = await t.call('mentions.forSource', { sourceId: heraldId });
    const source = await t.call('sources.get', { id: heraldId });
    expect(heraldMentions.map((m) => `${m.entityId === vorontsov.id ? 'V' : 'L'}:${source.text.slice(m.start, m.end)}`)).toEqual([
      'V:Gennady Vorontsov',
      'L:Lindhaven',
      'V:Vorontsov',
      'L:Lindhaven',
      'L:Lindhaven',
    ]);
    const wireText = (await t.call('sources.get', { id: wireId })).text;
    expect((await t.call('mentions.forSource', { sourceId: wireId })).map((m) => wireText.slice(m.start, m.end))).toEqual([
      'Vorontsov',
      'LINDHAVEN',
      'Воронцов',
    ]);

    const listed = await t.call('entities.list', {});
    expect(listed.map((e) => [e.name, e.mentionCount])).toEqual([
      ['Gennady Vorontsov', 4],
      ['Lindhaven', 4],
    ]);
    expect((await t.call('entities.list', { kind: 'place' })).map((e) => e.id)).toEqual([place.id]);

    const page = await t.call('entities.get', { id: vorontsov.id });
    expect(page.mentionTotal).toBe(4);
    expect(page.mentions[0]).toMatchObject({ sourceTitle: 'Herald', match: 'Gennady Vorontsov', after: expect.stringContaining(', who leads') });
    expect(page.cooccurring).toEqual([{ entityId: place.id, name: 'Lindhaven', kind: 'place', count: 2 }]);
  });

  it('keeps mention counts up to date as sources arrive and names change', async () => {
    const { t } = await withSources();
    const place = await t.call('entities.create', { kind: 'place', name: 'Dravik' });
    expect((await t.call('entities.list', {}))[0]?.mentionCount).toBe(1);
    await t.call('sources.addText', { text: 'Dravik port. Dravik again.', title: 'Third' });
    expect((await t.call('entities.list', {}))[0]?.mentionCount).toBe(3);
    await t.call('entities.addAlias', { entityId: place.id, alias: 'port' });
    expect((await t.call('entities.list', {}))[0]?.mentionCount).toBe(4);
  });

  it('refuses bad names and shows a shared alias as a conflict, never merging', async () => {
    const { t } = await withSources();
    expect((await t.fail('entities.create', { kind: 'person', name: 'X' })).code).toBe('BAD_INPUT');
    expect((await t.fail('entities.create', { kind: 'person', name: '--' })).message).toMatch(/letter or digit/);
    const a = await t.call('entities.create', { kind: 'person', name: 'Rosalind Achterberg' });
    expect((await t.fail('entities.addAlias', { entityId: a.id, alias: 'A' })).code).toBe('BAD_INPUT');
    expect((await t.fail('entities.addAlias', { entityId: a.id, alias: 'rosalind achterberg' })).code).toBe('ALREADY_EXISTS');
    await t.call('entities.addAlias', { entityId: a.id, alias: 'The Envoy' });
    const b = await t.call('entities.create', { kind: 'person', name: 'Other envoy', aliases: ['the envoy'] });
    expect(b.aliasRows[0]?.conflicts).toEqual([{ entityId: a.id, name: 'Rosalind Achterberg' }]);
    expect((await t.call('entities.list', {})).map((e) => e.conflictCount)).toEqual([1, 1]);
  });

  it('takes dates in EDTF only, saying why a date is refused and changing nothing', async () => {
    const { t } = await withSources();
    const convention = await t.call('entities.create', { kind: 'other', name: 'Dravik Transit Convention', dateEdtf: '1953' });
    expect((await t.fail('entities.create', { kind: 'person', name: 'Lucía Marenco', dateEdtf: '2022-02-30' })).message).toBe(
      'Date (EDTF): February 2022 has 28 days, so day 30 does not exist.',
    );
    expect((await t.fail('entities.update', { id: convention.id, dateEdtf: 'born March 27 maybe' })).code).toBe('BAD_INPUT');
    expect((await t.call('entities.list', {})).map((e) => e.name)).toEqual(['Dravik Transit Convention']);
    expect((await t.call('entities.get', { id: convention.id })).entity.dateEdtf).toBe('1953');
    expect((await t.call('entities.update', { id: convention.id, dateEdtf: '1953-07-27/..' })).dateEdtf).toBe('1953-07-27/..');
  });

  it('handles names with regex metacharacters and right-to-left text literally', async () => {
    const t = testWorkbench();
    await t.call('projects.create', { name: 'Literal' });
    const { sourceId = '' } = await t.call('sources.addText', { text: 'Group (A+B)* met حماس and C++ users. A+B alone.' });
    const weird = await t.call('entities.create', { kind: 'organization', name: '(A+B)*' });
    const rtl = await t.call('entities.create', { kind: 'organization', name: '\u202bحماس\u202c' });
    const found = await t.call('mentions.forSource', { sourceId });
    expect(found.map((m) => m.entityId)).toEqual([weird.id, rtl.id]);
  });

  it('merges one entity into another, and restoring it from the Trash undoes the merge', async () => {
    const { t, heraldId } = await withSources();
    const main = await t.call('entities.create', { kind: 'person', name: 'Gennady Vorontsov' });
    const dup = await t.call('entities.create', { kind: 'person', name: 'Genady Vorontsov', aliases: ['Воронцов'] });
    const [annotation] = [await t.call('annotations.create', { sourceId: heraldId, start: 0, end: 17, entityIds: [dup.id] })];
    const claim = await t.call('claims.create', {
      statement: 'Vorontsov leads the delegation',
      annotationIds: [annotation?.id ?? ''],
      asserterEntityId: dup.id,
      entities: [{ entityId: dup.id, role: 'subject' }],
    });
    expect((await t.fail('entities.merge', { fromId: main.id, intoId: main.id })).message).toBe('An entity cannot be merged into itself.');

    const merged = await t.call('entities.merge', { fromId: dup.id, intoId: main.id });
    expect(merged.aliases).toEqual(['Genady Vorontsov', 'Воронцов']);
    expect((await t.call('entities.list', {})).map((e) => [e.name, e.mentionCount, e.claimCount])).toEqual([['Gennady Vorontsov', 3, 1]]);
    expect((await t.call('annotations.list', { sourceId: heraldId }))[0]?.entityIds).toEqual([main.id]);
    const moved = await t.call('claims.get', { id: claim.id });
    expect(moved).toMatchObject({ asserterEntityId: main.id, asserterName: 'Gennady Vorontsov' });
    expect(moved.entities.map((e) => [e.entityId, e.role])).toEqual([[main.id, 'subject']]);
    expect(await t.call('trash.list', {})).toMatchObject([{ kind: 'entity', id: dup.id, detail: expect.stringContaining('merged into Gennady Vorontsov') }]);

    await t.call('trash.restore', { kind: 'entity', id: dup.id });
    const after = await t.call('entities.list', {});
    expect(after.map((e) => [e.name, e.aliases])).toEqual([
      ['Genady Vorontsov', ['Воронцов']],
      ['Gennady Vorontsov', []],
    ]);
    expect((await t.call('annotations.list', { sourceId: heraldId }))[0]?.entityIds).toEqual([dup.id]);
    expect((await t.call('claims.get', { id: claim.id })).asserterEntityId).toBe(dup.id);
  });

  it('suggests unknown names and other spellings of known ones, offline, and remembers dismissals', async () => {
    const { t, heraldId, wireId } = await withSources();
    const suggestions = await t.call('entities.suggest', { sourceId: heraldId });
    const names = suggestions.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Rosalind Achterberg', 'Lindhaven Contact Group']));
    expect(suggestions.every((s) => s.type === 'new')).toBe(true);

    const known = await t.call('entities.create', { kind: 'person', name: 'Gennady Vorontsov' });
    const wireSuggestions = await t.call('entities.suggest', { sourceId: wireId });
    const aliases = wireSuggestions.filter((s) => s.type === 'alias');
    expect(aliases.map((s) => [s.name, s.entityId, s.reason])).toEqual(
      expect.arrayContaining([
        ['Genady Vorontsov', known.id, 'spelled like “Gennady Vorontsov”'],
        ['Геннадий Воронцов', known.id, 'spelled like “Gennady Vorontsov”'],
      ]),
    );

    const first = suggestions[0];
    await t.call('entities.dismissSuggestion', { key: first?.key ?? '' });
    expect((await t.call('entities.suggest', { sourceId: heraldId })).map((s) => s.key)).not.toContain(first?.key);
  });

  it('tags highlights with entities and deletes entities to the Trash', async () => {
    const { t, heraldId } = await withSources();
    const e = await t.call('entities.create', { kind: 'place', name: 'Lindhaven' });
    const note = await t.call('annotations.create', { sourceId: heraldId, start: 0, end: 7, entityIds: [e.id] });
    expect(note.entityIds).toEqual([e.id]);
    expect((await t.call('annotations.update', { id: note.id, entityIds: [] })).entityIds).toEqual([]);
    await t.call('entities.delete', { id: e.id });
    expect(await t.call('entities.list', {})).toEqual([]);
    expect((await t.fail('annotations.update', { id: note.id, entityIds: [e.id] })).code).toBe('NOT_FOUND');
    await t.call('trash.restore', { kind: 'entity', id: e.id });
    expect(await t.call('entities.list', {})).toHaveLength(1);
  });
});
